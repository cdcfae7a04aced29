"""Connects the restore panel to jobs, the edit session and the views of the Studio page."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.errors import GyeongjuError
from app.imaging.io import LoadedImage
from app.imaging.metrics import psnr, ssim
from app.jobs import Job
from app.ui.runner import JobHandle
from app.ui.studio.repair_review import RepairReview
from app.ui.studio.restore_panel import RestorePanel
from app.ui.studio.restore_report import report_text
from app.ui.studio.step_status import describe_step
from app.ui.widgets.compare_view import CompareView
from app.ui.widgets.mask_canvas import HINTS, MaskCanvas
from app.vision.restoration.session import (
    EditSession,
    StepOutcome,
    colorize_job,
    denoise_job,
    detect_job,
    hint_colours,
    hints_colorize_job,
    inpaint_job,
    restore_job,
    upscale_job,
)


class RestoreController(QObject):
    """Owns the :class:`EditSession` of the image open in Studio."""

    errorRaised = Signal(str)
    statusChanged = Signal(str)
    showCompare = Signal(bool)
    saved = Signal(str, str)  # the original's path, the provenance sidecar's path

    def __init__(
        self,
        panel: RestorePanel,
        canvas: MaskCanvas,
        compare: CompareView,
        start_job: Callable[[Job], JobHandle],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.panel, self.canvas, self.compare, self.start_job = panel, canvas, compare, start_job
        self.session: EditSession | None = None
        self.reference: np.ndarray | None = None
        self._aged_score: tuple[float, float] | None = None
        self.review = RepairReview(panel, canvas, start_job, self._run_step, self)
        self.review.statusChanged.connect(self.statusChanged)
        self.review.showCanvas.connect(lambda: self.showCompare.emit(False))
        panel.restoreRequested.connect(self._restore)
        panel.denoiseRequested.connect(lambda: self._run_step(denoise_job(self._image())))
        panel.inpaintRequested.connect(self._inpaint)
        panel.colorizeRequested.connect(self._colorize)
        panel.upscaleRequested.connect(lambda scale: self._run_step(upscale_job(self._image(), scale)))
        panel.detectRequested.connect(self._detect)
        panel.undoStepRequested.connect(self.undo_step)
        panel.saveRequested.connect(self.save)
        panel.compareModeChanged.connect(self.compare.set_mode)
        panel.paintToggled.connect(self._paint_mode)
        panel.hintPaintToggled.connect(self._paint_mode)
        panel.colorizeHintsRequested.connect(self._colorize_hints)
        panel.palette.colourChanged.connect(self._hint_colour_chosen)
        panel.palette.pickToggled.connect(self._pick_mode)
        canvas.hint_colour = panel.palette.colour()
        canvas.pointPicked.connect(self.pick_colour)
        panel.eraser.toggled.connect(lambda on: setattr(canvas, "erasing", on))
        panel.brush.valueChanged.connect(lambda v: setattr(canvas, "brush_size", v))
        panel.stroke_undo.clicked.connect(canvas.undo)
        panel.stroke_redo.clicked.connect(canvas.redo)
        panel.clear_mask.clicked.connect(canvas.clear_layer)

    # -- session ------------------------------------------------------------------------------------
    def begin(self, loaded: LoadedImage, reference: np.ndarray | None = None) -> None:
        """Start editing ``loaded``; ``reference`` is the known clean original of an aged sample."""
        self.session = EditSession(loaded)
        ok_reference = reference is not None and reference.shape == loaded.pixels.shape
        self.reference = reference if ok_reference else None
        self._aged_score: tuple[float, float] | None = None
        self.review.close()
        self.canvas.set_image(self.session.current)
        self._paint_mode()
        self.panel.set_enabled(True)
        self.panel.report.setText("")
        self._update_score()
        self.showCompare.emit(False)

    def _image(self) -> np.ndarray:
        assert self.session is not None
        return self.session.current

    def _restore(self) -> None:
        """One click: restore at once, or first propose a repair mask for review when repair is ticked."""
        if self.panel.repair_toggle.isChecked():
            self.review.propose(self._image())
        else:
            self._run_step(restore_job(self._image()))

    def _run_step(self, job: Job[StepOutcome]) -> None:
        handle = self.start_job(job)
        handle.succeeded.connect(self._step_done)

    def _step_done(self, outcome: StepOutcome) -> None:
        if self.session is None:
            return
        self.review.close()  # the image changes under a proposed mask: it would no longer fit
        self.session.apply(outcome)
        self.canvas.set_image(self.session.current, keep_hints=True)
        self.canvas.set_painting(self.panel.painting_layer() is not None)
        self.compare.set_pair(self.session.source.pixels, self.session.current)
        self.panel.report.setText(report_text(outcome.step, outcome.summary))
        self._update_score()
        self.statusChanged.emit(describe_step(outcome.step, outcome.summary))
        self.showCompare.emit(True)

    def _inpaint(self, method: str) -> None:
        try:
            job = inpaint_job(self._image(), self.canvas.mask, method)
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return
        self._run_step(job)

    def _colorize(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            _parent_widget(self.panel), self.tr("Choose a colour photo of a similar scene"), "",
            "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp)",
        )
        if path:
            self.start_job(_reference_job(Path(path))).succeeded.connect(self.colorize_from)

    def colorize_from(self, reference: np.ndarray) -> None:
        self._run_step(colorize_job(self._image(), reference))

    def _colorize_hints(self) -> None:
        if self.session is None:
            return
        hints = self.canvas.hints
        if hints.shape[:2] != self._image().shape[:2] or not (hints[..., 3] > 0).any():
            self.errorRaised.emit(self.tr(
                "There are no colour hints to follow yet. Tick “Paint colour hints”, choose a colour and brush "
                "a little of it inside each area that should take it, then colourise again."
            ))
            return
        colours = len(hint_colours(hints))
        summary = self.tr("colourised from painted hints in {0} colour(s)").format(colours)
        # A copy: the curator may keep painting while the job reads the hints on another thread.
        self._run_step(hints_colorize_job(self._image(), hints.copy(), summary))

    def _hint_colour_chosen(self, rgb: tuple[int, int, int]) -> None:
        self.canvas.hint_colour = rgb
        # Choosing a colour means "I want to paint with it": save the curator the clicks.
        if not self.panel.hint_toggle.isChecked():
            self.panel.hint_toggle.setChecked(True)
        self.showCompare.emit(False)

    def _pick_mode(self, on: bool) -> None:
        self.canvas.picking = on
        if on:
            self.canvas.set_layer(HINTS)  # the strokes so far stay in view while choosing
            self.showCompare.emit(False)
        else:
            self._paint_mode()

    def pick_colour(self, x: int, y: int) -> None:
        """Eyedropper: the colour around (x, y) of the clean original when there is one, else of the photo."""
        if self.session is None:
            return
        current = self._image()
        from_original = self.reference is not None and self.reference.shape == current.shape
        source = self.reference if from_original else current
        patch = source[max(0, y - 3) : y + 4, max(0, x - 3) : x + 4].reshape(-1, 3)
        rgb = tuple(int(v) for v in np.median(patch, axis=0))
        self.panel.palette.pick_button.setChecked(False)
        self.panel.palette.set_colour(rgb)
        if max(rgb) - min(rgb) < 12:
            text = self.tr("The photo is grey there, so the picked colour is a grey: it keeps an area neutral.")
        elif from_original:
            text = self.tr("Picked the colour of the clean original at that point.")
        else:
            text = self.tr("Picked the colour of the photo at that point.")
        self.statusChanged.emit(text)

    def _detect(self) -> None:
        handle = self.start_job(detect_job(self._image()))
        handle.succeeded.connect(self._mask_proposed)

    def _mask_proposed(self, mask: np.ndarray) -> None:
        self.canvas.set_mask(mask)
        self.showCompare.emit(False)
        share = 100.0 * float((mask > 0).mean())
        self.statusChanged.emit(self.tr("Proposed a repair mask over {0:.2f} % of the image; edit it, then repair.")
                                .format(share))

    def _paint_mode(self, on: bool = False) -> None:
        layer = self.panel.painting_layer()
        if layer is not None:
            self.canvas.set_layer(layer)
        self.canvas.set_painting(layer is not None)
        if on:
            self.showCompare.emit(False)

    def undo_step(self) -> None:
        if self.session is None or not self.session.can_undo():
            return
        self.session.undo()
        self.review.close()
        self.canvas.set_image(self.session.current, keep_hints=True)
        self.compare.set_pair(self.session.source.pixels, self.session.current)
        self._update_score()
        self.showCompare.emit(self.session.changed())

    def save(self) -> None:
        if self.session is None:
            return
        source = Path(self.session.source.path)
        suggestion = str(source.with_name(f"{source.stem}-restored.png"))
        path, _ = QFileDialog.getSaveFileName(
            _parent_widget(self.panel), self.tr("Save restored image"), suggestion,
            "PNG (*.png);;JPEG (*.jpg);;TIFF (*.tif);;WebP (*.webp)",
        )
        if path:
            self.save_to(Path(path))

    def save_to(self, path: Path) -> Path | None:
        assert self.session is not None
        try:
            sidecar = self.session.save(path, overwrite=True)
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return None
        self.statusChanged.emit(self.tr("Saved {0} with its provenance record {1}.").format(path.name, sidecar.name))
        self.saved.emit(str(self.session.source.path), str(sidecar))
        return sidecar

    def _update_score(self) -> None:
        """Score the aged original (once) and the current result against the clean reference, off the UI thread."""
        session, reference = self.session, self.reference
        if session is None or reference is None:
            self.panel.score.setText("")
            return
        current = session.current if session.changed() and session.current.shape == reference.shape else None
        aged = self._aged_score
        stamp = (id(session), len(session.steps))

        def work(progress, cancel) -> tuple:  # noqa: ANN001 - job protocol
            before = aged or (psnr(reference, session.source.pixels), ssim(reference, session.source.pixels))
            after = (psnr(reference, current), ssim(reference, current)) if current is not None else None
            return stamp, before, after

        self.start_job(Job("score against the original", work)).succeeded.connect(self._show_score)

    def _show_score(self, outcome: tuple) -> None:
        stamp, before, after = outcome
        if self.session is None or stamp != (id(self.session), len(self.session.steps)):
            return  # the image changed while scoring; a newer score is on its way
        self._aged_score = before
        text = self.tr("Against the clean original: aged {0:.2f} dB / SSIM {1:.3f}").format(*before)
        if after is not None:
            text += self.tr(" → restored {0:.2f} dB / SSIM {1:.3f}").format(*after)
        self.panel.score.setText(text)


def _reference_job(path: Path) -> Job[np.ndarray]:
    from app.imaging.io import load_preview

    return Job("open reference", lambda progress, cancel: load_preview(path, 1024).pixels)


def _parent_widget(widget: QWidget) -> QWidget:
    return widget.window()
