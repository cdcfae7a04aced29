"""Studio restoration workflow: open an aged sample, paint a mask, repair, compare, save with provenance."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from app.ui.app import build_main_window


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    win = build_main_window()
    win.shown_errors = shown
    qtbot.addWidget(win)
    win.show()
    win.set_language("en")  # assertions below read English UI text
    yield win
    win.set_language("en")  # its translator is installed app-wide: leave none behind for the next test
    assert win.runner.shutdown(20000)


def test_aged_sample_repair_compare_and_save(window, qtbot, tmp_path):
    studio = window.studio
    with qtbot.waitSignal(studio.imageOpened, timeout=60000):
        window.open_aged_sample("face_tile")
    panel = studio.restore_panel
    assert panel.restore_button.isEnabled()
    qtbot.waitUntil(lambda: "dB" in panel.score.text(), timeout=30000)  # scored off the UI thread
    assert "dB" in panel.score.text()  # the aged copy is scored against its clean original
    session = studio.restorer.session
    mask = np.zeros(session.current.shape[:2], np.uint8)
    mask[100:140, 200:400] = 255
    studio.canvas.set_mask(mask)
    panel.method.setCurrentIndex(panel.method.findData("telea"))
    with qtbot.waitSignal(studio.restorer.statusChanged, timeout=60000):
        panel.inpaint_button.click()
    assert len(session.steps) == 1 and studio.stack.currentWidget() is studio.compare
    qtbot.waitUntil(lambda: "restored" in panel.score.text(), timeout=30000)
    assert "restored" in panel.score.text()
    out = tmp_path / "tile-restored.png"
    sidecar = studio.restorer.save_to(out)
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    assert record["steps"][0]["name"] == "inpaint" and out.is_file()
    panel.undo_step.click()
    assert not session.steps and studio.stack.currentWidget() is studio.canvas


def test_repair_with_empty_mask_is_a_sentence(window, qtbot):
    with qtbot.waitSignal(window.studio.imageOpened, timeout=60000):
        window.open_aged_sample("gold_crown")
    with qtbot.waitSignal(window.studio.errorRaised, timeout=5000) as blocker:
        window.studio.restore_panel.inpaint_button.click()
    assert "mask is empty" in blocker.args[0]


@pytest.mark.slow
def test_colourise_from_reference_becomes_a_step(window, qtbot):
    with qtbot.waitSignal(window.studio.imageOpened, timeout=60000):
        window.open_aged_sample("cheomseongdae")
    restorer = window.studio.restorer
    reference = np.zeros((120, 160, 3), np.uint8)
    reference[:60] = (70, 120, 220)  # blue sky above
    reference[60:] = (90, 160, 60)  # green field below
    with qtbot.waitSignal(restorer.statusChanged, timeout=120000):
        restorer.colorize_from(reference)
    assert restorer.session.steps[-1]["name"] == "colorize"
    assert restorer.session.steps[-1]["model"]["id"] == "efficientnet_lite0_imagenet"


def test_step_status_speaks_the_window_language(window):
    from app.ui.studio.step_status import describe_step

    inpaint = {"name": "inpaint", "params": {"method": "learned", "hole_fraction": 0.0626}}
    restore = {"name": "restore", "params": {"steps": [{"name": "repair", "ran": False},
                                                        {"name": "denoise", "ran": True}]}}
    assert describe_step(inpaint, "x") == "Filled 6.26 % of the image (AI inpainting)."
    window.set_language("ko")
    assert describe_step(inpaint, "x") == "이미지의 6.26 %를 채웠습니다 (AI 인페인팅)."
    assert describe_step(restore, "x") == "복원 완료: 잡음 제거."
    window.set_language("ja")
    assert "拡大" in describe_step({"name": "upscale", "params": {"scale": 2, "output_size": [20, 10]}}, "x")
    assert describe_step({"name": "unknown"}, "core summary") == "core summary"
