"""Studio recognition: result card, heat-map toggle, folder tagging with skips, teach dialog."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtWidgets import QMessageBox

from app.ui.app import build_main_window
from app.ui.studio.teach_dialog import TeachDialog

pytestmark = pytest.mark.slow


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    win = build_main_window()
    qtbot.addWidget(win)
    win.show()
    win.set_language("en")  # assertions below read English UI text
    yield win
    assert win.runner.shutdown(30000)


@pytest.fixture
def photos(tmp_path):
    from skimage import data

    folder = tmp_path / "photos"
    folder.mkdir()
    Image.fromarray(data.coffee()).save(folder / "coffee.jpg")
    Image.fromarray(data.chelsea()).save(folder / "cat.png")
    (folder / "broken.jpg").write_bytes(b"not an image at all")
    return folder


def test_recognise_shows_card_and_heatmap(window, qtbot, photos):
    studio = window.studio
    with qtbot.waitSignal(studio.imageOpened, timeout=30000):
        studio.open_path(photos / "cat.png")
    panel = studio.recognise_panel
    assert panel.recognise_button.isEnabled()
    handle = panel.recognise()
    with qtbot.waitSignal(handle.finished, timeout=60000):
        pass
    assert panel.card.prediction is not None and panel.card.verdict.text()
    # A cat is not a Gyeongju heritage subject: the honest answer is "unknown".
    assert panel.card.prediction.unknown
    panel.heatmap.setChecked(True)
    assert studio.stack.currentWidget() is studio.heat_view and studio.heat_view.has_image()
    panel.heatmap.setChecked(False)
    assert studio.stack.currentWidget() is studio.canvas


def test_tag_folder_lists_results_and_skips(window, qtbot, photos):
    panel = window.studio.recognise_panel
    handle = panel.tag_folder(photos)
    with qtbot.waitSignal(handle.finished, timeout=60000):
        pass
    texts = [panel.results.item(i).text() for i in range(panel.results.count())]
    assert len(texts) == 3 and any("broken.jpg" in t and "⚠" in t for t in texts)
    assert "skipped 1" in panel.status.text()


def test_teach_dialog_trains_and_shows_confusion(window, qtbot, tmp_path):
    from skimage import data

    root = tmp_path / "examples"
    rng = np.random.default_rng(0)
    for label, photo in (("coffee", data.coffee()), ("rocket", data.rocket())):
        (root / label).mkdir(parents=True)
        for i in range(4):
            h, w = photo.shape[:2]
            y, x = int(rng.integers(0, h // 4)), int(rng.integers(0, w // 4))
            Image.fromarray(photo[y : y + 3 * h // 4, x : x + 3 * w // 4]).save(root / label / f"{i}.png")
    dialog = TeachDialog(window.studio._start_tool, window)
    qtbot.addWidget(dialog)
    dialog.folder.setText(str(root))
    dialog.name.setText("gui_test_model")
    with qtbot.waitSignal(dialog.taught, timeout=120000):
        dialog.start()
    assert "%" in dialog.metrics.text() and dialog.confusion.rowCount() == 2
    assert "more photos per label" in dialog.metrics.text()  # the learning-curve estimate (4 photos each)
    window.studio.recognise_panel.refresh_models(select="gui_test_model")
    assert window.studio.recognise_panel.model.currentData() == "gui_test_model"
