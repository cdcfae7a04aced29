"""The collection room inside the main window: a picture goes to the workbench, its restoration comes back.

"Open in workbench" opens the catalogue item in Studio; saving a restoration there files it under
the item with its provenance (model id, version and sha256, steps, output and input sha256).
"""

from __future__ import annotations

import shutil

import pytest
from collection_fixtures import FakeExecutor, photos
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.catalog.operations import create_catalog, import_paths, open_catalog, tag_items
from app.catalog.restorations import restorations_of
from app.domain.hashing import sha256_file
from app.ui.app import build_main_window


@pytest.fixture
def window(qtbot, app_home, monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text, *a, **k: shown.append(text))
    win = build_main_window()
    qtbot.addWidget(win)
    win.show()
    win.set_language("en")
    yield win
    win.set_language("en")
    assert win.runner.shutdown(20000)
    assert win.collection.shutdown(10000)


@pytest.fixture
def db(tmp_path):
    photos(tmp_path / "photos", 3, size=(160, 120), noise=25.0)
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        import_paths(catalog, [tmp_path / "photos"], workers=1)
        tag_items(catalog, executor=FakeExecutor())
    return tmp_path / "c.gjcat"


def test_go_menu_and_studio_button_reach_the_collection(window, qtbot):
    window.mode_actions["collection"].trigger()
    assert window.pages.currentWidget() is window.collection
    qtbot.mouseClick(window.collection.back, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.start
    window.show_mode("studio")
    qtbot.mouseClick(window.studio.collection_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.collection


def test_restoration_saved_in_the_workbench_is_recorded_with_provenance(window, qtbot, db, tmp_path):
    room, studio = window.collection, window.studio
    window.show_mode("collection")
    assert room.open_catalog(db)
    room.browse.select_row(1)
    item_id = room.browse.detail.item_id
    with qtbot.waitSignal(studio.imageOpened, timeout=30000) as opened:
        qtbot.mouseClick(room.browse.detail.workbench_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is studio
    source = opened.args[0]
    assert source.endswith("photo_001.png")
    with qtbot.waitSignal(studio.restorer.statusChanged, timeout=120000):
        studio.restore_panel.denoise_button.click()
    out = tmp_path / "restored" / "photo_001-restored.png"
    out.parent.mkdir()
    assert studio.restorer.save_to(out) is not None

    with open_catalog(db) as catalog:
        [restoration] = restorations_of(catalog, item_id)
    assert restoration.output_path == str(out) and restoration.output_sha256 == sha256_file(out)
    assert restoration.input_sha256 == sha256_file(source)
    assert restoration.steps == ("denoise",)
    assert [m["id"] for m in restoration.models] == ["ffdnet_color"] and restoration.models[0]["sha256"]
    assert "params" in restoration.record["steps"][0]
    # Back in the room, the item's detail lists it.
    window.show_mode("collection")
    assert "photo_001-restored.png" in room.browse.detail.restorations.text()
    assert "ffdnet_color" in room.browse.detail.restorations.text()


def test_a_restoration_of_another_picture_is_not_filed(window, qtbot, db, tmp_path):
    room, studio = window.collection, window.studio
    assert room.open_catalog(db)
    room.browse.select_row(0)
    with qtbot.waitSignal(studio.imageOpened, timeout=30000):
        qtbot.mouseClick(room.browse.detail.workbench_button, Qt.MouseButton.LeftButton)
    other = tmp_path / "elsewhere.png"
    shutil.copy(tmp_path / "photos" / "photo_002.png", other)
    with qtbot.waitSignal(studio.imageOpened, timeout=30000):
        window.open_image(other)  # the curator opened another file meanwhile
    with qtbot.waitSignal(studio.restorer.statusChanged, timeout=120000):
        studio.restore_panel.denoise_button.click()
    studio.restorer.save_to(tmp_path / "elsewhere-restored.png")
    with open_catalog(db) as catalog:
        assert all(restorations_of(catalog, i) == [] for i in range(1, 4))
