"""Where this collection is tagged: in this process, or on the museum's Dask cluster.

The address is a setting of the collection (kept in its catalogue by :mod:`app.catalog.cluster`),
so ``catalog tag DB`` on any machine sends the collection to the same cluster. "Check" connects off
the UI thread (a few seconds at most) and says how many workers answered; a wrong address is one
sentence in the dialog and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.cluster import scheduler_address, set_scheduler_address
from app.catalog.database import Catalog
from app.domain.errors import GyeongjuError
from app.ui.collection.jobs import check_cluster_job
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner


class ClusterDialog(Retranslatable, QDialog):
    def __init__(self, runner: JobRunner, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ClusterDialog")
        self.runner = runner
        self.catalog = catalog
        self.check_handle: JobHandle | None = None
        self.explain = QLabel()
        self.explain.setObjectName("InfoLine")
        self.explain.setWordWrap(True)
        self.address_label = QLabel()
        self.address = QLineEdit(scheduler_address(catalog) or "")
        self.check_button = QPushButton()
        self.outcome = QLabel()
        self.outcome.setObjectName("Outcome")
        self.outcome.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("PrimaryButton")
        self.local_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
        self.cancel_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)

        row = QHBoxLayout()
        row.addWidget(self.address_label)
        row.addWidget(self.address, 1)
        row.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addLayout(row)
        layout.addWidget(self.outcome)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(620, 240)

        self.check_button.clicked.connect(self.check)
        self.save_button.clicked.connect(self.save)
        self.local_button.clicked.connect(self.use_this_computer)
        self.cancel_button.clicked.connect(self.reject)
        self.address.returnPressed.connect(self.save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Where this collection is tagged"))
        self.explain.setText(self.tr(
            "Tagging runs on this computer unless the collection names a Dask cluster. The workers must have "
            "the app installed and see the pictures at the same paths. The address is kept in the catalogue."
        ))
        self.address_label.setText(self.tr("Dask scheduler"))
        self.address.setPlaceholderText("tcp://192.168.0.10:8786")
        self.check_button.setText(self.tr("Check"))
        self.save_button.setText(self.tr("Use this cluster"))
        self.local_button.setText(self.tr("Use this computer"))
        self.cancel_button.setText(self.tr("Cancel"))

    def _say(self, sentence: str, problem: bool = False) -> None:
        self.outcome.setProperty("problem", problem)
        self.outcome.setText(sentence)
        self.outcome.style().unpolish(self.outcome)
        self.outcome.style().polish(self.outcome)

    def check(self) -> JobHandle | None:
        """Connect to the typed address off the UI thread and say what answered."""
        if self.check_handle is not None and not self.check_handle.done:
            return self.check_handle
        text = self.address.text().strip()
        if not text:
            self._say(self.tr("Type the scheduler's address first, for example tcp://192.168.0.10:8786."), True)
            return None
        self._say(self.tr("Connecting…"))
        self.check_button.setEnabled(False)
        self.check_handle = self.runner.start(check_cluster_job(text))
        self.check_handle.succeeded.connect(lambda line: self._say(self.tr("Reached {0}.").format(line)))
        self.check_handle.failed.connect(lambda sentence: self._say(sentence, True))
        self.check_handle.finished.connect(lambda: self.check_button.setEnabled(True))
        return self.check_handle

    def save(self) -> None:
        """Keep the typed address for this collection; a malformed one is refused in one sentence."""
        try:
            set_scheduler_address(self.catalog, self.address.text())
        except GyeongjuError as exc:
            self._say(str(exc), True)
            return
        self.accept()

    def use_this_computer(self) -> None:
        set_scheduler_address(self.catalog, None)
        self.accept()
