"""Colourising a black-and-white photo in Studio from colour hints painted with the real brush.

Strokes are painted with real mouse events on the canvas, colours chosen by clicking the
palette's swatches, and the real colouriser runs through the page's job runner.
"""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from app.imaging.io import load_image
from app.ui.app import build_main_window
from app.ui.widgets.hint_palette import PRESETS
from app.ui.widgets.mask_canvas import HINTS, MASK, MaskCanvas
from app.vision.restoration.provenance import mask_summary

HEIGHT, WIDTH = 240, 320
TOWER = (slice(40, 200), slice(130, 190))  # a mid-grey block standing across the horizon


def _grey_scene() -> np.ndarray:
    """A grey 'photo': bright sky over dark field, a mid-grey tower between, mild grain."""
    rng = np.random.default_rng(5)
    grey = np.empty((HEIGHT, WIDTH), np.float32)
    grey[:120] = 190 - np.linspace(0, 25, 120)[:, None]  # sky, darker towards the top
    grey[120:] = 85
    grey[TOWER] = 135
    grey += rng.normal(0, 2.0, grey.shape)
    grey = np.clip(grey, 0, 255).astype(np.uint8)
    return np.repeat(grey[..., None], 3, axis=2)


def _hue(rgb) -> np.ndarray:  # noqa: ANN001 - an RGB triple or an H×W×3 array
    """CIE Lab hue angle in degrees: the part of a colour that hints decide."""
    pixels = np.asarray(rgb, np.uint8).reshape(-1, 1, 3)
    lab = cv2.cvtColor(pixels.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    return np.degrees(np.arctan2(lab[..., 2], lab[..., 1])).ravel()


def _angle_gap(a: np.ndarray, b: float) -> np.ndarray:
    return np.abs((a - b + 180.0) % 360.0 - 180.0)


def _lightness(rgb: np.ndarray) -> np.ndarray:
    return cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)[..., 0]


def _chroma(rgb: np.ndarray) -> np.ndarray:
    lab = cv2.cvtColor(rgb.astype(np.float32) / 255.0, cv2.COLOR_RGB2LAB)
    return np.hypot(lab[..., 1], lab[..., 2])


def _stroke(qtbot, canvas: MaskCanvas, points: list[tuple[int, int]]) -> None:
    """Drag the left button through ``points`` (image coordinates) on the canvas."""
    viewport = canvas.viewport()
    positions = [canvas.mapFromScene(QPointF(x, y)) for x, y in points]
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=positions[0])
    for pos in positions[1:]:
        qtbot.mouseMove(viewport, pos=pos)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=positions[-1])


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    win = build_main_window()
    win.shown_errors = shown
    qtbot.addWidget(win)
    win.resize(1280, 860)
    win.show()
    win.set_language("en")  # assertions below read English UI text
    yield win
    assert win.runner.shutdown(20000)


@pytest.fixture
def grey_photo(window, qtbot, tmp_path):
    path = tmp_path / "old-grey.png"
    cv2.imwrite(str(path), _grey_scene())
    window.show_mode("studio")
    with qtbot.waitSignal(window.studio.imageOpened, timeout=30000):
        window.studio.open_path(path)
    window.studio.tools.setCurrentWidget(window.studio.restore_panel)
    return path


def test_painted_hints_colour_their_regions_and_are_recorded(window, grey_photo, qtbot, tmp_path):
    studio = window.studio
    panel, canvas, restorer = studio.restore_panel, studio.canvas, studio.restorer
    panel.brush.setValue(10)
    panel.palette.swatches["sky_blue"].click()
    assert panel.hint_toggle.isChecked() and canvas.layer == HINTS  # choosing a colour starts hint painting
    _stroke(qtbot, canvas, [(20, 30), (100, 30), (290, 40)])
    panel.palette.swatches["foliage_green"].click()
    _stroke(qtbot, canvas, [(20, 200), (110, 210), (300, 200)])
    panel.palette.swatches["dancheong_red"].click()
    _stroke(qtbot, canvas, [(160, 60), (160, 180)])
    assert tuple(canvas.hints[30, 60]) == (*PRESETS["sky_blue"], 255)
    assert tuple(canvas.hints[120, 160]) == (*PRESETS["dancheong_red"], 255)
    assert canvas.masked_fraction() == 0.0  # hints never land on the repair mask
    # A stray gold dab on the field, then taken back with the panel's "Undo stroke".
    panel.palette.swatches["gold"].click()
    _stroke(qtbot, canvas, [(60, 160), (90, 160)])
    assert canvas.hints[160, 75, 3] == 255
    panel.stroke_undo.click()
    assert canvas.hints[160, 75, 3] == 0 and tuple(canvas.hints[200, 60, :3]) == PRESETS["foliage_green"]

    grey = restorer.session.current.copy()
    with qtbot.waitSignal(restorer.statusChanged, timeout=120000) as done:
        panel.colorize_hints_button.click()
    assert "3 colour" in done.args[0]
    assert studio.stack.currentWidget() is studio.compare
    out = restorer.session.current
    # Lightness (CIE L*) is the photo's own everywhere: only colour was added.
    assert np.abs(_lightness(out) - _lightness(grey)).max() < 2.0

    def region_hue(rows: slice, cols: slice) -> float:
        patch = out[rows, cols].reshape(-1, 3)
        angles = np.radians(_hue(patch))
        return float(np.degrees(np.arctan2(np.sin(angles).mean(), np.cos(angles).mean())))

    hue_of = {key: float(_hue(PRESETS[key])[0]) for key in ("sky_blue", "foliage_green", "dancheong_red", "gold")}

    def nearest_hint(rows: slice, cols: slice) -> str:
        measured = np.array(region_hue(rows, cols))
        return min(hue_of, key=lambda key: float(_angle_gap(measured, hue_of[key])))

    # Beside each stroke the photo took the stroke's hue, clearly coloured.
    near = {"sky_blue": (slice(45, 60), slice(20, 120)), "foliage_green": (slice(180, 192), slice(20, 110)),
            "dancheong_red": (slice(70, 170), slice(140, 150))}
    for key, (rows, cols) in near.items():
        assert _angle_gap(np.array(region_hue(rows, cols)), hue_of[key]) < 12, key
        assert np.median(_chroma(out[rows, cols])) > 0.6 * _chroma(np.array([[PRESETS[key]]], np.uint8)).item(), key
    # Farther away each region keeps its own hint's colour: the sky beside the tower is still sky blue,
    # the far field green, and where the undone gold dab was there is foliage, not gold.
    assert nearest_hint(slice(70, 115), slice(20, 120)) == "sky_blue"
    assert nearest_hint(slice(50, 110), slice(195, 240)) == "sky_blue"
    assert nearest_hint(slice(130, 160), slice(220, 300)) == "foliage_green"
    assert nearest_hint(slice(150, 170), slice(55, 95)) == "foliage_green"
    # Nothing more saturated than what was painted was invented anywhere.
    assert _chroma(out).max() < _chroma(np.array([[PRESETS["dancheong_red"]]], np.uint8)).item() + 5

    step = restorer.session.steps[-1]
    assert step["name"] == "colorize" and step["params"]["sources"] == ["hints"]
    used = {c["rgb"] for c in step["params"]["hints"]["colours"]}
    assert used == {"#{:02x}{:02x}{:02x}".format(*PRESETS[k]) for k in ("sky_blue", "foliage_green", "dancheong_red")}
    assert step["mask"]["pixels_sha256"] == mask_summary(canvas.hints[..., 3])["pixels_sha256"]
    assert len(step["params"]["hints"]["rgba_sha256"]) == 64
    saved = tmp_path / "coloured.png"
    sidecar = restorer.save_to(saved)
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    assert record["steps"][-1]["params"]["hints"]["colours"] == step["params"]["hints"]["colours"]
    assert np.array_equal(load_image(saved).pixels, out)
    # Undoing the step brings the grey photo back with the hints still there to adjust.
    panel.undo_step.click()
    assert np.array_equal(restorer.session.current, grey) and canvas.hints[30, 60, 3] == 255


def test_colourise_without_hints_is_a_sentence_and_runs_nothing(window, grey_photo, qtbot):
    studio = window.studio
    panel = studio.restore_panel
    with qtbot.waitSignal(studio.errorRaised, timeout=5000) as blocker:
        panel.colorize_hints_button.click()
    assert "no colour hints" in blocker.args[0]
    assert window.shown_errors and "Paint colour hints" in window.shown_errors[-1]
    assert not studio.restorer.session.steps and not studio.progress.isVisible()
    # A repair mask is not a colour hint.
    mask = np.zeros((HEIGHT, WIDTH), np.uint8)
    mask[10:50, 10:50] = 255
    studio.canvas.set_mask(mask)
    with qtbot.waitSignal(studio.errorRaised, timeout=5000):
        panel.colorize_hints_button.click()
    assert not studio.restorer.session.steps


def test_cancelled_colourising_changes_nothing(window, grey_photo, qtbot):
    studio = window.studio
    panel = studio.restore_panel
    panel.palette.swatches["sky_blue"].click()
    _stroke(qtbot, studio.canvas, [(20, 30), (290, 30)])
    panel.colorize_hints_button.click()
    assert studio.cancel_button.isVisible()  # progress and cancel while it runs off the UI thread
    studio.cancel_button.click()
    qtbot.waitUntil(lambda: not studio.progress.isVisible(), timeout=60000)
    assert not studio.restorer.session.steps and studio.stack.currentWidget() is studio.canvas


def test_eyedropper_takes_the_clean_originals_colour(window, qtbot, tmp_path):
    grey = _grey_scene()
    original = grey.copy()
    original[TOWER] = (170, 60, 40)  # the tower was red in the colour original
    path = tmp_path / "aged.png"
    cv2.imwrite(str(path), grey)
    window.show_mode("studio")
    with qtbot.waitSignal(window.studio.imageOpened, timeout=30000):
        window.studio.open_path(path, reference=original)
    window.studio.tools.setCurrentWidget(window.studio.restore_panel)
    panel, canvas = window.studio.restore_panel, window.studio.canvas
    panel.palette.pick_button.click()
    assert canvas.picking
    _stroke(qtbot, canvas, [(160, 100)])  # a click
    assert panel.palette.colour() == (170, 60, 40) and canvas.hint_colour == (170, 60, 40)
    assert not panel.palette.pick_button.isChecked() and not canvas.picking
    assert canvas.hints[100, 160, 3] == 0  # picking is not painting
    assert panel.hint_toggle.isChecked()  # ready to paint with the picked colour
    assert not any(b.isChecked() for b in panel.palette.swatches.values())


def test_hint_layer_brush_erase_undo_redo(qtbot):
    canvas = MaskCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(400, 300)
    canvas.show()
    canvas.set_image(np.full((120, 160, 3), 100, np.uint8))
    canvas.fit()
    canvas.set_layer(HINTS)
    canvas.brush_size = 10
    canvas.hint_colour = PRESETS["sky_blue"]
    _stroke(qtbot, canvas, [(20, 60), (140, 60)])
    assert tuple(canvas.hints[60, 80]) == (*PRESETS["sky_blue"], 255) and canvas.hints[10, 80, 3] == 0
    painted = canvas.hinted_fraction()
    assert 0.03 < painted < 0.2 and canvas.masked_fraction() == 0.0
    canvas.hint_colour = PRESETS["wood_brown"]
    _stroke(qtbot, canvas, [(80, 40), (80, 80)])  # crosses the blue stroke
    assert tuple(canvas.hints[60, 80, :3]) == PRESETS["wood_brown"]
    canvas.undo()
    assert tuple(canvas.hints[60, 80, :3]) == PRESETS["sky_blue"]
    canvas.redo()
    assert tuple(canvas.hints[60, 80, :3]) == PRESETS["wood_brown"]
    canvas.erasing = True
    _stroke(qtbot, canvas, [(80, 60)])
    assert canvas.hints[60, 80, 3] == 0
    canvas.undo()
    assert canvas.hints[60, 80, 3] == 255
    # The mask layer has its own strokes and history.
    canvas.erasing = False
    canvas.set_layer(MASK)
    assert not canvas.can_undo()
    _stroke(qtbot, canvas, [(20, 100), (140, 100)])
    assert canvas.mask[100, 80] == 255 and canvas.hints[100, 80, 3] == 0
    canvas.undo()
    assert canvas.mask[100, 80] == 0 and canvas.hints[60, 80, 3] == 255
    # A new image of the same size keeps hints only when asked to (an undone step, not a new photo).
    canvas.set_image(np.full((120, 160, 3), 90, np.uint8), keep_hints=True)
    assert canvas.hints[60, 80, 3] == 255
    canvas.set_image(np.full((120, 160, 3), 90, np.uint8))
    assert canvas.hinted_fraction() == 0.0
