"""One-click restore with repair: the detector's mask is shown for review before anything is repaired.

The classical detector behind ``restore --repair`` marks much that is not damage, so the Studio
never repairs on its word alone. With “Also repair damage it finds” ticked, the one-click button
first measures the photo (off the UI thread) and paints the proposed mask in red on the image;
the curator then repairs with it, edits it with the brush, or restores without repairing. The
step's record keeps the decision, and the report says what was left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from app.jobs import Job
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle
from app.ui.studio.restore_report import damage_counts
from app.ui.widgets.mask_canvas import MASK, MaskCanvas
from app.vision.restoration.pipeline import RestoreOptions
from app.vision.restoration.report import ConditionReport
from app.vision.restoration.session import assess_job, restore_job

if TYPE_CHECKING:
    from app.ui.studio.restore_panel import RestorePanel


class RepairReviewBox(Retranslatable, QGroupBox):
    """What the detector proposes and the three choices; hidden until there is a proposal."""

    applyRequested = Signal()
    editRequested = Signal()
    skipRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RepairReview")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.apply_button = QPushButton()
        self.apply_button.setObjectName("PrimaryButton")
        self.edit_button = QPushButton()
        self.skip_button = QPushButton()
        self.apply_button.clicked.connect(self.applyRequested)
        self.edit_button.clicked.connect(self.editRequested)
        self.skip_button.clicked.connect(self.skipRequested)
        layout = QVBoxLayout(self)
        for widget in (self.text, self.apply_button, self.edit_button, self.skip_button):
            layout.addWidget(widget)
        self._damage: dict | None = None
        self.retranslate()
        self.setVisible(False)

    def retranslate(self) -> None:
        self.setTitle(self.tr("Check the proposed repair"))
        self.apply_button.setText(self.tr("Repair and restore"))
        self.edit_button.setText(self.tr("Edit the mask with the brush"))
        self.skip_button.setText(self.tr("Restore without repairing"))
        self._show_text()

    def show_proposal(self, damage: dict) -> None:
        """Show the counts of a damage summary (``DamageDetection.summary()``) and the choices."""
        self._damage = damage
        self._show_text()
        self.setVisible(True)

    def _show_text(self) -> None:
        damage = self._damage
        if damage is None:
            self.text.setText("")
        elif float(damage.get("fraction", 0.0)) > 0.0:
            self.text.setText(self.tr(
                "Marked in red is what the detector would repair ({0}). Nothing changes until you choose."
            ).format(damage_counts(damage)))
        else:
            self.text.setText(self.tr(
                "The detector found no scratches or dust specks. Paint any damage with the brush, "
                "or restore without repairing."
            ))


class RepairReview(QObject):
    """Runs the review: propose (a job), then repair with the curator's mask or skip (a restore step)."""

    statusChanged = Signal(str)
    showCanvas = Signal()

    def __init__(
        self,
        panel: RestorePanel,
        canvas: MaskCanvas,
        start_job: Callable[[Job], JobHandle],
        run_step: Callable[[Job], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel, self.canvas, self.start_job, self.run_step = panel, canvas, start_job, run_step
        self.box: RepairReviewBox = panel.review
        self.image: np.ndarray | None = None
        self.report: ConditionReport | None = None
        self._asked: np.ndarray | None = None
        self.box.applyRequested.connect(self.apply)
        self.box.skipRequested.connect(self.skip)
        self.box.editRequested.connect(lambda: panel.paint_toggle.setChecked(True))

    @property
    def open(self) -> bool:
        return self.report is not None

    def propose(self, image: np.ndarray) -> JobHandle:
        """Measure ``image`` off the UI thread; its damage mask comes back for review."""
        self.close()
        self._asked = image
        handle = self.start_job(assess_job(image))
        handle.succeeded.connect(lambda report: self._proposed(image, report))
        return handle

    def _proposed(self, image: np.ndarray, report: ConditionReport) -> None:
        if image is not self._asked:
            return  # another image (or another step) came first: this proposal is stale
        self.image, self.report = image, report
        self.canvas.set_mask(report.damage.mask)
        self.panel.hint_toggle.setChecked(False)  # only the mask layer is shown, so it must be the one in view
        self.canvas.set_layer(MASK)
        self.showCanvas.emit()
        self.box.show_proposal(report.damage.summary())
        self.panel.set_reviewing(True)
        self.statusChanged.emit(self.tr("Review the proposed repair (in red), then choose what to do."))

    def apply(self) -> None:
        """Restore with repair, using the mask as the curator left it."""
        if self.image is None or self.report is None:
            return
        mask = self.canvas.mask.copy()
        edited = not np.array_equal(mask > 0, self.report.damage.mask > 0)
        review = {"decision": "repaired", "edited": edited}
        self._finish(restore_job(self.image, RestoreOptions(repair=True), report=self.report,
                                 repair_mask=mask, review=review))

    def skip(self) -> None:
        """Restore without repairing: levels, colour and noise only, as if repair were off."""
        if self.image is None or self.report is None:
            return
        review = {"decision": "skipped", "edited": False}
        self._finish(restore_job(self.image, RestoreOptions(repair=False), report=self.report, review=review))

    def _finish(self, job: Job) -> None:
        self.close()
        self.panel.paint_toggle.setChecked(False)
        self.run_step(job)

    def close(self) -> None:
        """Forget the proposal (a new image, another step, undo): its mask would no longer fit."""
        self.image = self.report = self._asked = None
        self.box.setVisible(False)
        self.panel.set_reviewing(False)
