"""One-click restore with repair: the detector's mask is reviewed (repair, edit, skip) before it is applied."""

from __future__ import annotations

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.app import build_main_window
from app.ui.widgets.mask_canvas import MASK
from app.vision.restoration.pipeline import RestoreOptions, restore


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    win = build_main_window()
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.set_language("en")  # assertions below read English UI text
    yield win
    win.set_language("en")  # its translator is installed app-wide: leave none behind for the next test
    assert win.runner.shutdown(20000)


@pytest.fixture
def studio(window, qtbot):
    with qtbot.waitSignal(window.studio.imageOpened, timeout=60000):
        window.open_aged_sample("face_tile")  # scratched and dusty: the detector has plenty to propose
    window.studio.tools.setCurrentWidget(window.studio.restore_panel)
    return window.studio


def _click(qtbot, widget) -> None:
    assert widget.isVisible() and widget.isEnabled(), widget.objectName() or widget.text()
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def _propose(qtbot, studio) -> np.ndarray:
    """Tick the option, press the one-click button, and wait for the proposed mask to be on show."""
    panel = studio.restore_panel
    assert not panel.repair_toggle.isChecked()  # off by default, like the CLI without --repair
    _click(qtbot, panel.repair_toggle)
    assert panel.repair_toggle.isChecked()
    _click(qtbot, panel.restore_button)
    qtbot.waitUntil(lambda: panel.review.isVisible(), timeout=30000)
    return studio.restorer.review.report.damage.mask


def _erase_piece_under_mouse(qtbot, studio, mask: np.ndarray) -> None:
    """Erase one proposed piece with the brush, by dragging the mouse over it on the canvas."""
    panel, canvas = studio.restore_panel, studio.canvas
    count, labels, stats, centres = cv2.connectedComponentsWithStats((mask > 0).astype(np.uint8), connectivity=8)
    # The largest piece that one dab of the biggest brush (200 px) covers whole.
    small = stats[:, cv2.CC_STAT_WIDTH].clip(min=stats[:, cv2.CC_STAT_HEIGHT]) <= 80
    small[0] = False
    biggest = int(np.argmax(np.where(small, stats[:, cv2.CC_STAT_AREA], -1)))
    x, y, w, h = stats[biggest, :4]
    cx, cy = x + w / 2, y + h / 2
    _click(qtbot, panel.eraser)
    panel.brush.setValue(panel.brush.maximum())
    viewport = canvas.viewport()
    start = canvas.mapFromScene(QPointF(cx - 3, cy))
    end = canvas.mapFromScene(QPointF(cx + 3, cy))
    assert viewport.rect().contains(start), "the piece to erase must be on screen"
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, QPoint(end.x(), end.y()))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert not (canvas.mask[labels == biggest] > 0).any()


def test_proposed_mask_is_shown_edited_then_applied(studio, qtbot):
    panel, restorer, canvas = studio.restore_panel, studio.restorer, studio.canvas
    proposal = _propose(qtbot, studio)
    # Shown for review on the image, not applied: no step yet, the one-click button waits for a decision.
    assert proposal.any() and not restorer.session.steps
    assert studio.stack.currentWidget() is canvas and canvas.layer == MASK
    assert np.array_equal(canvas.mask > 0, proposal > 0)
    assert not panel.restore_button.isEnabled()
    assert "Marked in red" in panel.review.text.text() and "dust specks" in panel.review.text.text()

    _click(qtbot, panel.review.edit_button)  # edit = the repair brush, painting on the mask
    assert panel.paint_toggle.isChecked() and panel.brush_box.isVisible() and canvas.painting_enabled
    _erase_piece_under_mouse(qtbot, studio, proposal)

    with qtbot.waitSignal(restorer.statusChanged, timeout=60000):
        _click(qtbot, panel.review.apply_button)
    step = restorer.session.steps[-1]
    repair = step["params"]["steps"][0]
    assert step["review"] == {"decision": "repaired", "edited": True}
    assert repair["ran"] and repair["codes"] == ["mask_reviewed"]
    assert repair["mask"]["left_out_regions"] >= 1
    assert repair["mask"]["area_fraction"] < repair["mask"]["proposed"]["area_fraction"]
    assert not panel.review.isVisible() and panel.restore_button.isEnabled()
    report = panel.report.text()
    assert "Repaired the areas of the mask you reviewed." in report
    assert "Left alone:" in report and "took out of the mask: " in report
    assert "Marks the detector was not sure of: " in report  # pieces neither thin lines nor specks


def test_skip_restores_without_repairing(studio, qtbot):
    panel, restorer = studio.restore_panel, studio.restorer
    before = restorer.session.current.copy()
    _propose(qtbot, studio)
    with qtbot.waitSignal(restorer.statusChanged, timeout=60000):
        _click(qtbot, panel.review.skip_button)
    step = restorer.session.steps[-1]
    assert step["review"]["decision"] == "skipped"
    assert step["params"]["steps"][0]["ran"] is False
    report = panel.report.text()
    assert "you chose to restore without repairing it" in report and "scratches or hairs:" in report
    # Exactly what the one-click restore does with repair off: nothing along the mask was filled in.
    assert np.array_equal(restorer.session.current, restore(before, RestoreOptions(repair=False)).image)


def test_unticked_one_click_repairs_only_what_the_detector_is_sure_of(studio, qtbot):
    panel, restorer = studio.restore_panel, studio.restorer
    assert panel.repair_toggle.isVisible() and panel.repair_toggle.text() == "Also repair damage it finds"
    with qtbot.waitSignal(restorer.statusChanged, timeout=60000):
        _click(qtbot, panel.restore_button)
    assert not panel.review.isVisible()  # nothing to review: it only fills what it is sure of
    repair = restorer.session.steps[-1]["params"]["steps"][0]
    assert repair["codes"] in (["damage_found"], ["damage_below_threshold"])
    assert repair["model"]["id"] == "damage_unet"
    found = repair["mask"] if repair["ran"] else repair["params"]
    if found["left_for_curator"]["regions"]:
        assert "Possible damage it was not sure enough of to repair on its own: " in panel.report.text()
        assert "Tick “Also repair damage it finds” to review it." in panel.report.text()


def test_new_image_or_undo_closes_the_review(studio, qtbot, window):
    panel = studio.restore_panel
    _propose(qtbot, studio)
    with qtbot.waitSignal(studio.imageOpened, timeout=60000):
        window.open_aged_sample("gold_crown")
    assert not panel.review.isVisible() and panel.restore_button.isEnabled()
    assert studio.restorer.review.report is None


def test_option_and_review_speak_korean(studio, qtbot, window):
    panel = studio.restore_panel
    _propose(qtbot, studio)
    window.set_language("ko")
    qtbot.waitUntil(lambda: panel.repair_toggle.text() == "찾아낸 손상도 함께 복구", timeout=2000)
    assert panel.review.title() == "제안된 복구 영역 확인"
    assert panel.review.apply_button.text() == "복구한 뒤 복원"
    assert "빨간색" in panel.review.text.text() and "Marked" not in panel.review.text.text()
