"""Studio's restoration tools: one-click restore, denoise, repair brush, colourising, compare, save.

Every tool runs as a job off the UI thread with progress and cancel (through the page's
runner); results become steps of the :class:`EditSession`, so "Save" writes a new file and a
provenance sidecar listing exactly what the AI changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
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
from app.ui.studio.repair_review import RepairReviewBox
from app.ui.widgets.compare_view import CompareMode
from app.ui.widgets.fitting_combo import FittingComboBox
from app.ui.widgets.hint_palette import HintPalette
from app.ui.widgets.scroll_body import ScrollBody, ToolScrollArea


class RestorePanel(Retranslatable, QWidget):
    """Buttons and options only; the Studio page connects them to jobs and views."""

    restoreRequested = Signal()
    denoiseRequested = Signal()
    detectRequested = Signal()
    inpaintRequested = Signal(str)
    colorizeRequested = Signal()
    colorizeHintsRequested = Signal()
    upscaleRequested = Signal(int)
    undoStepRequested = Signal()
    saveRequested = Signal()
    compareModeChanged = Signal(object)
    paintToggled = Signal(bool)
    hintPaintToggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RestorePanel")
        self.restore_button = QPushButton()
        self.restore_button.setObjectName("PrimaryButton")
        self.restore_button.setMinimumHeight(44)
        # Off by default, as ``restore`` without ``--repair``: the detector's mask is shown for review first.
        self.repair_toggle = QCheckBox()
        self.review = RepairReviewBox()
        self.denoise_button = QPushButton()
        self.restore_button.clicked.connect(self.restoreRequested)
        self.denoise_button.clicked.connect(self.denoiseRequested)
        self.colorize_button = QPushButton()
        self.colorize_button.clicked.connect(self.colorizeRequested)
        self.upscale2 = QPushButton()
        self.upscale4 = QPushButton()
        self.upscale2.clicked.connect(lambda: self.upscaleRequested.emit(2))
        self.upscale4.clicked.connect(lambda: self.upscaleRequested.emit(4))

        # Repair and colour hints share one brush (size, eraser, stroke undo/redo), so its box sits
        # under both; ticking one "Paint …" unticks the other, so a stroke never lands on the wrong layer.
        self.mask_box = QGroupBox()
        self.paint_toggle = QCheckBox()
        self.paint_toggle.toggled.connect(self._paint_toggled)
        self.detect_button = QPushButton()
        self.detect_button.clicked.connect(self.detectRequested)
        self.method = FittingComboBox()
        for method in ("learned", "telea", "ns", "fsr"):
            self.method.addItem(method, method)
        # The learned inpainter beats every classical method in the holes (models/inpaint_net).
        self.method.setCurrentIndex(0)
        self.inpaint_button = QPushButton()
        self.inpaint_button.clicked.connect(lambda: self.inpaintRequested.emit(self.method.currentData()))
        mask_form = QFormLayout(self.mask_box)
        # Where a language's method names are long, "Method" goes above the box rather than squeeze it.
        mask_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        mask_form.addRow(self.paint_toggle)
        mask_form.addRow(self.detect_button)
        self.method_label = QLabel()
        mask_form.addRow(self.method_label, self.method)
        mask_form.addRow(self.inpaint_button)

        self.colour_box = QGroupBox()
        self.hint_toggle = QCheckBox()
        self.hint_toggle.toggled.connect(self._hint_toggled)
        self.palette = HintPalette()
        self.colorize_hints_button = QPushButton()
        self.colorize_hints_button.clicked.connect(self.colorizeHintsRequested)
        colour_layout = QVBoxLayout(self.colour_box)
        colour_layout.addWidget(self.colorize_button)
        colour_layout.addWidget(self.hint_toggle)
        colour_layout.addWidget(self.palette)
        colour_layout.addWidget(self.colorize_hints_button)

        self.brush_box = QGroupBox()
        self.eraser = QCheckBox()
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(2, 200)
        self.brush.setValue(24)
        self.brush_label = QLabel()
        self.stroke_undo = QPushButton()
        self.stroke_redo = QPushButton()
        self.clear_mask = QPushButton()
        strokes = QHBoxLayout()
        for button in (self.stroke_undo, self.stroke_redo, self.clear_mask):
            strokes.addWidget(button)
        size_row = QHBoxLayout()
        size_row.addWidget(self.brush_label)
        size_row.addWidget(self.brush, 1)
        size_row.addWidget(self.eraser)
        brush_layout = QVBoxLayout(self.brush_box)
        brush_layout.addLayout(size_row)
        brush_layout.addLayout(strokes)

        self.compare = FittingComboBox()
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
        # The tools outgrow a laptop screen; they scroll rather than squeeze.
        body = ScrollBody()
        body.setObjectName("RestorePanel")
        layout = QVBoxLayout(body)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.repair_toggle)
        layout.addWidget(self.review)
        layout.addWidget(self.denoise_button)
        enlarge = QHBoxLayout()
        enlarge.addWidget(self.upscale2)
        enlarge.addWidget(self.upscale4)
        layout.addLayout(enlarge)
        layout.addWidget(self.mask_box)
        layout.addWidget(self.colour_box)
        layout.addWidget(self.brush_box)
        layout.addLayout(compare_row)
        layout.addWidget(self.undo_step)
        layout.addWidget(self.save_button)
        layout.addWidget(self.score)
        layout.addWidget(self.report, 1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(ToolScrollArea(body))
        self.retranslate()
        self._show_brush()
        self._enabled = self._reviewing = False
        self.set_enabled(False)

    def retranslate(self) -> None:
        self.restore_button.setText(self.tr("Restore old photo (one click)"))
        self.repair_toggle.setText(self.tr("Also repair damage it finds"))
        self.repair_toggle.setToolTip(self.tr(
            "Shows the scratches and dust it would repair, marked in red, so you can repair, edit or skip them "
            "before anything changes"
        ))
        self.denoise_button.setText(self.tr("Remove noise"))
        self.colorize_button.setText(self.tr("Colourise from a reference photo…"))
        self.upscale2.setText(self.tr("Enlarge ×2"))
        self.upscale4.setText(self.tr("Enlarge ×4"))
        self.mask_box.setTitle(self.tr("Repair scratches and holes"))
        self.paint_toggle.setText(self.tr("Paint the areas to repair"))
        self.colour_box.setTitle(self.tr("Colour a black-and-white photo"))
        self.colorize_button.setToolTip(
            self.tr("Borrow the colours of a colour photo of a similar scene, matched region by region")
        )
        self.hint_toggle.setText(self.tr("Paint colour hints"))
        self.hint_toggle.setToolTip(
            self.tr("Brush a little of the right colour inside each area; the colour spreads up to its edges")
        )
        self.colorize_hints_button.setText(self.tr("Colourise from hints"))
        self.colorize_hints_button.setToolTip(
            self.tr("Spread the painted colours over the photo; its brightness and detail stay as they are")
        )
        self.brush_box.setTitle(self.tr("Brush"))
        self.eraser.setText(self.tr("Eraser"))
        self.brush_label.setText(self.tr("Brush size"))
        self.stroke_undo.setText(self.tr("Undo stroke"))
        self.stroke_redo.setText(self.tr("Redo stroke"))
        self.clear_mask.setText(self.tr("Clear"))
        self.clear_mask.setToolTip(
            self.tr("Remove every stroke of what you are painting now: repair areas or colour hints")
        )
        self.detect_button.setText(self.tr("Find damage automatically"))
        self.method_label.setText(self.tr("Method"))
        method_names = {
            "learned": self.tr("AI inpainting (best for larger holes)"),
            "telea": self.tr("Telea, fast (fine scratches)"),
            "ns": self.tr("Navier–Stokes, fast"),
            "fsr": self.tr("Frequency-selective, slow (texture)"),
        }
        for index in range(self.method.count()):
            self.method.setItemText(index, method_names[self.method.itemData(index)])
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
        self._enabled = enabled
        widgets = (self.denoise_button, self.upscale2, self.upscale4, self.review,
                   self.mask_box, self.colour_box, self.brush_box, self.compare, self.undo_step, self.save_button)
        for widget in widgets:
            widget.setEnabled(enabled)
        self.set_reviewing(self._reviewing)

    def set_reviewing(self, on: bool) -> None:
        """While a proposed repair mask waits for a decision, the one-click button waits too."""
        self._reviewing = on
        self.restore_button.setEnabled(self._enabled and not on)
        self.repair_toggle.setEnabled(self._enabled and not on)

    def painting_layer(self) -> str | None:
        """``"mask"``, ``"hints"`` or None: what a left-button stroke paints now."""
        if self.paint_toggle.isChecked():
            return "mask"
        return "hints" if self.hint_toggle.isChecked() else None

    def _paint_toggled(self, on: bool) -> None:
        if on:
            self.hint_toggle.setChecked(False)
        self._show_brush()
        self.paintToggled.emit(on)

    def _hint_toggled(self, on: bool) -> None:
        if on:
            self.paint_toggle.setChecked(False)
        self._show_brush()
        self.hintPaintToggled.emit(on)

    def _show_brush(self) -> None:
        # The brush options matter only while painting; hidden otherwise, Compare and Save stay in view.
        self.brush_box.setVisible(self.painting_layer() is not None)
