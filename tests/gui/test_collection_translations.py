"""Every word of the collection room reads in Korean, Chinese and Japanese (no English left behind)."""

from __future__ import annotations

import re
import shutil

import pytest
from collection_fixtures import FakeExecutor, photos
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.catalog.operations import create_catalog, import_paths, tag_items
from app.ui.collection.room import CollectionRoom
from app.ui.i18n import LanguageManager
from app.ui.runner import JobRunner

SCRIPTS = {"ko": r"[\uac00-\ud7a3]", "zh": r"[\u4e00-\u9fff]", "ja": r"[\u3040-\u30ff\u4e00-\u9fff]"}
#: Texts that are the same in every language: file names and paths, numbers, model ids, language names.
NEUTRAL = re.compile(r"^$|^[\d\s%·.,:×–()/px-]+$|photo_\d+|/|heritage_types|^(한국어|English|中文\(简体\)|日本語)$|^…$")


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    folder = tmp_path_factory.mktemp("translations")
    photos(folder / "photos", 3)
    with create_catalog(folder / "c.gjcat") as catalog:
        import_paths(catalog, [folder / "photos"], workers=1)
        tag_items(catalog, executor=FakeExecutor())
    return folder / "c.gjcat"


@pytest.fixture
def languages(qapp):
    manager = LanguageManager()
    yield manager
    manager.set_language("en")


def _texts(root: QWidget) -> list[str]:
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLabel):
            found.append(re.sub(r"<[^>]+>", "", widget.text()))
        elif isinstance(widget, QAbstractButton):
            found.append(widget.text())
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            found.append(widget.placeholderText())
        elif isinstance(widget, QComboBox):
            found += [widget.itemText(i) for i in range(widget.count()) if widget.itemData(i) is None or i == 0]
    return [t for t in found if t]


@pytest.mark.parametrize("language", ["ko", "zh", "ja"])
def test_room_review_and_export_speak_the_ui_language(languages, language, made, tmp_path, qtbot):
    shutil.copy(made, tmp_path / "c.gjcat")
    assert languages.set_language(language), "run make translations"
    runner = JobRunner()
    room = CollectionRoom(runner)
    qtbot.addWidget(room)
    room.resize(1400, 900)
    room.show()
    room.set_language(language)
    try:
        untranslated = [t for t in _texts(room) if not NEUTRAL.search(t) and not re.search(SCRIPTS[language], t)]
        assert untranslated == [], "empty room"
        assert room.open_catalog(tmp_path / "c.gjcat")
        room.browse.select_row(0)
        untranslated = [t for t in _texts(room) if not NEUTRAL.search(t) and not re.search(SCRIPTS[language], t)]
        assert untranslated == [], "collection view"
        room.tabs.setCurrentWidget(room.review)
        untranslated = [t for t in _texts(room) if not NEUTRAL.search(t) and not re.search(SCRIPTS[language], t)]
        assert untranslated == [], "review view"
        dialog = room.show_export()
        qtbot.addWidget(dialog)
        texts = _texts(dialog) + [dialog.windowTitle()] + [dialog.format.itemText(i) for i in range(4)]
        untranslated = [t for t in texts if not NEUTRAL.search(t) and not re.search(SCRIPTS[language], t)]
        assert untranslated == [], "export dialog"
        dialog.close()
    finally:
        assert runner.shutdown(10000)
        assert room.shutdown(10000)
