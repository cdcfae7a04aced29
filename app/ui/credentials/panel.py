"""The Studio's Content Credentials tab: who signed the open image, trusted or not, what the AI did.

Checking reads and hashes the whole file, so it runs on the job runner, never on the UI thread.
A hostile or broken manifest arrives here as a report with problems, never as an exception.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QSizePolicy, QVBoxLayout, QWidget

from app.credentials.verify import CredentialReport, verify_file
from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.ui.credentials.identity_box import IdentityBox
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner


def verify_job(path: Path) -> Job[CredentialReport]:
    def work(_progress: ProgressCallback, cancel: CancelToken) -> CredentialReport:
        report = verify_file(path)
        cancel.raise_if_cancelled()
        return report

    return Job(f"check credentials of {path.name}", work)


class CredentialsPanel(Retranslatable, QWidget):
    """Shows the Content Credentials of the image open in the Studio, and this museum's identity."""

    checked = Signal(object)  # the CredentialReport once the check is done

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CredentialsPanel")
        self.runner = runner
        self.report: CredentialReport | None = None
        self._error = ""
        self._job: JobHandle | None = None
        self.title = QLabel()
        self.title.setObjectName("SectionTitle")
        self.badge = QLabel()
        self.badge.setObjectName("CredentialsBadge")
        self.badge.setWordWrap(True)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label in (self.badge, self.details):
            # Wrapped labels must keep the height their text needs; the steps list takes what is left.
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.steps = QListWidget()
        self.steps.setObjectName("CredentialsSteps")
        self.identity = IdentityBox()
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.badge)
        layout.addWidget(self.details)
        layout.addWidget(self.steps, 1)
        layout.addWidget(self.identity)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Content Credentials"))
        self._render()

    def tab_title(self) -> str:
        """The Studio tab's name (translated in this panel's context)."""
        return self.tr("Credentials")

    def show_for(self, path: Path) -> JobHandle:
        """Check ``path`` on a worker thread; ``checked`` fires with the report."""
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self.report, self._error = None, ""
        self.badge.setText(self.tr("Checking…"))
        handle = self.runner.start(verify_job(Path(path)))
        handle.succeeded.connect(self._done)
        handle.failed.connect(self._failed)
        self._job = handle
        return handle

    def _done(self, report: CredentialReport) -> None:
        self.report = report
        self._render()
        self.checked.emit(report)

    def _failed(self, message: str) -> None:
        self.report, self._error = None, message
        self._render()
        self.checked.emit(None)

    def _render(self) -> None:
        self.steps.clear()
        report = self.report
        if report is None:
            self.badge.setText(self._error or self.tr("Open an image to see its Content Credentials."))
            self.details.setText("")
            return
        if report.state == "none":
            self.badge.setText(self.tr("No Content Credentials: this image does not say where it came from."))
        elif report.state == "invalid":
            self.badge.setText(self.tr("⚠ The Content Credentials do not match: changed after signing."))
        elif report.trusted:
            self.badge.setText(self.tr("✓ Signed by {signer} — a trusted institution.").format(signer=report.signer))
        else:
            self.badge.setText(
                self.tr("Signed by {signer} — not in your trusted institutions.").format(signer=report.signer)
            )
        lines = []
        if report.software:
            lines.append(self.tr("Made with {software}").format(software=report.software))
        if report.models:
            names = ", ".join(f"{m.get('id', '')} {m.get('version', '')}".strip() for m in report.models)
            lines.append(self.tr("AI models: {names}").format(names=names))
        if report.pixels_match is False:
            lines.append(self.tr("The pixels are not the ones that were signed."))
        lines.extend(report.problems[:3])
        self.details.setText("\n".join(lines))
        for action in report.actions:
            ai = self.tr(" (AI)") if action.get("digital_source_type") else ""
            text = action.get("description") or action.get("action", "")
            self.steps.addItem(f"{text}{ai}")
