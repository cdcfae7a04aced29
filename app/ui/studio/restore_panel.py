"""Studio's restoration tools: one-click restore, denoise, damage mask brush, inpainting, compare, save.

Every tool runs as a job off the UI thread with progress and cancel (through the page's
runner); results become steps of the :class:`EditSession`, so "Save" writes a new file and a
provenance sidecar listing exactly what the AI changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from app.ui.retranslate import Retranslatable
from app.ui.widgets.compare_view import CompareMode


class RestorePanel(Retranslatable, QWidget):
    """Buttons and options only; the Studio page connects them to jobs and views."""

    restoreRequested = Signal()
    denoiseRequested = Signal()
    detectRequested = Signal()
    inpaintRequested = Signal(str)
    colorizeRequested = Signal()
    upscaleRequested = Signal(int)
    undoStepRequested = Signal()
    saveRequested = Signal()
    compareModeChanged = Signal(object)
    paintToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestorePanel")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("PrimaryButton")
        self.restore_button.setMinimumHeight(44)
        self.denoise_button = QPushButton()
        self.restore_button.clicked.connect(self.restoreRequested)
        self.denoise_button.clicked.connect(self.denoiseRequested)
        self.colorize_button = QPushButton()
        self.colorize_button.clicked.connect(self.colorizeRequested)
        self.upscale2 = QPushButton()
        self.upscale4 = QPushButton()
        self.upscale2.clicked.connect(lambda: self.upscaleRequested.emit(2))
        self.upscale4.clicked.connect(lambda: self.upscaleRequested.emit(4))

        self.mask_box = QGroupBox()
        self.paint_toggle = QCheckBox()
        self.paint_toggle.toggled.connect(self.paintToggled)
        self.eraser = QCheckBox()
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(2, 200)
        self.brush.setValue(24)
        self.brush_label = QLabel()
        self.detect_button = QPushButton()
        self.detect_button.clicked.connect(self.detectRequested)
        self.stroke_undo = QPushButton()
        self.stroke_redo = QPushButton()
        self.clear_mask = QPushButton()
        self.method = QComboBox()
        for method in ("learned", "telea", "ns", "fsr"):
            self.method.addItem(method, method)
        self.method.setCurrentIndex(1)
        self.inpaint_button = QPushButton()
        self.inpaint_button.clicked.connect(lambda: self.inpaintRequested.emit(self.method.currentData()))
        strokes = QHBoxLayout()
        for button in (self.stroke_undo, self.stroke_redo, self.clear_mask):
            strokes.addWidget(button)
        mask_form = QFormLayout(self.mask_box)
        mask_form.addRow(self.paint_toggle)
        mask_form.addRow(self.eraser)
        mask_form.addRow(self.brush_label, self.brush)
        mask_form.addRow(strokes)
        mask_form.addRow(self.detect_button)
        self.method_label = QLabel()
        mask_form.addRow(self.method_label, self.method)
        mask_form.addRow(self.inpaint_button)

        self.compare = QComboBox()
        self.compare.currentIndexChanged.connect(lambda _i: self.compareModeChanged.emit(self.compare.currentData()))
        self.compare_label = QLabel()
        self.undo_step = QPushButton()
        self.undo_step.clicked.connect(self.undoStepRequested)
        self.save_button = QPushButton()
        self.save_button.clicked.connect(self.saveRequested)
        self.report = QLabel()
        self.report.setObjectName("ReportText")
        self.report.setWordWrap(True)
        self.report.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.score = QLabel()
        self.score.setObjectName("ScoreText")
        self.score.setWordWrap(True)

        compare_row = QHBoxLayout()
        compare_row.addWidget(self.compare_label)
        compare_row.addWidget(self.compare, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.denoise_button)
        layout.addWidget(self.colorize_button)
        enlarge = QHBoxLayout()
        enlarge.addWidget(self.upscale2)
        enlarge.addWidget(self.upscale4)
        layout.addLayout(enlarge)
        layout.addWidget(self.mask_box)
        layout.addLayout(compare_row)
        layout.addWidget(self.undo_step)
        layout.addWidget(self.save_button)
        layout.addWidget(self.score)
        layout.addWidget(self.report, 1)
        self.retranslate()
        self.set_enabled(False)

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore old photo (one click)"))
        self.denoise_button.setText(self.tr("Remove noise"))
        self.colorize_button.setText(self.tr("Colourise from a reference photo…"))
        self.upscale2.setText(self.tr("Enlarge ×2"))
        self.upscale4.setText(self.tr("Enlarge ×4"))
        self.mask_box.setTitle(self.tr("Repair scratches and holes"))
        self.paint_toggle.setText(self.tr("Paint the areas to repair"))
        self.eraser.setText(self.tr("Eraser"))
        self.brush_label.setText(self.tr("Brush size"))
        self.detect_button.setText(self.tr("Find damage automatically"))
        self.stroke_undo.setText(self.tr("Undo stroke"))
        self.stroke_redo.setText(self.tr("Redo stroke"))
        self.clear_mask.setText(self.tr("Clear"))
        self.method_label.setText(self.tr("Method"))
        self.inpaint_button.setText(self.tr("Repair painted areas"))
        self.compare_label.setText(self.tr("Compare"))
        current = self.compare.currentIndex()
        self.compare.blockSignals(True)
        self.compare.clear()
        self.compare.addItem(self.tr("Before | after split"), CompareMode.SPLIT)
        self.compare.addItem(self.tr("Side by side"), CompareMode.SIDE_BY_SIDE)
        self.compare.addItem(self.tr("Difference"), CompareMode.DIFFERENCE)
        self.compare.setCurrentIndex(max(0, current))
        self.compare.blockSignals(False)
        self.undo_step.setText(self.tr("Undo last step"))
        self.save_button.setText(self.tr("Save as a new file…"))

    def set_enabled(self, enabled: bool) -> None:
        widgets = (self.restore_button, self.denoise_button, self.colorize_button, self.upscale2, self.upscale4,
                   self.mask_box, self.compare, self.undo_step, self.save_button)
        for widget in widgets:
            widget.setEnabled(enabled)
