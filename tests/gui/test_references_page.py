"""The References page: create a subject from photos, list it, remove a photo, refuse bad input."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from app.ui.i18n import LanguageManager
from app.ui.references.new_subject_dialog import NewSubjectDialog
from app.ui.references.page import ReferencesPage
from app.ui.runner import JobRunner
from app.vision.subjects.gallery import Gallery


@pytest.fixture
def languages(qapp):
    manager = LanguageManager()
    manager.set_language("en")
    yield manager
    manager.set_language("en")  # later tests read English


@pytest.fixture
def page(qtbot, app_home, languages):
    runner = JobRunner()
    widget = ReferencesPage(runner, languages)
    qtbot.addWidget(widget)
    widget.resize(1200, 800)
    widget.show()
    yield widget
    assert runner.shutdown(30000)


@pytest.fixture
def photos(tmp_path):
    """Two generated "photos" of one bell-like object from two sides, and a file that is no image."""
    rng = np.random.default_rng(3)
    paths = []
    for i in range(2):
        y, x = np.mgrid[0:240, 0:320]
        image = np.stack([(x + 40 * i) % 256, (y * 2) % 256, (x + y) % 256], -1).astype(np.uint8)
        image[60:200, 100 + 20 * i : 220 + 20 * i] = (150, 110, 40)  # the "bell"
        image = np.clip(image + rng.integers(0, 20, image.shape), 0, 255).astype(np.uint8)
        path = tmp_path / f"bell_{i}.jpg"
        Image.fromarray(image).save(path, quality=92)
        paths.append(path)
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff this is not a photo")
    return paths, broken


def _wait(qtbot, handle, timeout=120000):
    assert handle is not None
    with qtbot.waitSignal(handle.finished, timeout=timeout):
        pass


def _row(page, subject_id):
    return page.subjects.ids().index(subject_id)


def test_lists_every_taxonomy_site_with_no_photos_yet(page):
    from app.content.taxonomy import load_taxonomy

    taxonomy_ids = [s.id for s in load_taxonomy().subjects]
    assert page.subjects.ids() == taxonomy_ids
    assert "no reference photos yet" in page.subjects.item(0).text()
    assert page.empty_hint.isVisibleTo(page) and page.photos.count() == 0
    assert not page.remove_subject_button.isEnabled()


@pytest.mark.slow
def test_create_subject_with_two_photos_then_remove_one(page, qtbot, photos, monkeypatch):
    paths, _broken = photos
    page.credit.setText("Photo: Gyeongju Museum")
    page.licence.setText("CC BY 4.0")
    _wait(qtbot, page.create_subject("museum_bell", "Our bronze bell", "우리 청동 범종", "bell", paths))
    assert "Added 2 photos to Our bronze bell." == page.message.text()
    assert page.subjects.ids()[-1] == "museum_bell" and page.current_id() == "museum_bell"
    row = page.subjects.currentItem().text()
    assert "Our bronze bell" in row and "2 reference photos" in row and "the museum's own" in row
    assert page.photos.count() == 2 and not page.empty_hint.isVisibleTo(page)
    first = page.photos.item(0).text()
    assert "bell_0.jpg" in first and "Added by" in first
    assert "Credit: Photo: Gyeongju Museum" in first and "Licence: CC BY 4.0" in first
    # Thumbnails arrive from a job, not from the UI thread.
    qtbot.waitUntil(lambda: all(page.photos.has_thumbnail(r.sha256) for r in page.photos.references), timeout=10000)
    record = Gallery().load("museum_bell")
    assert (record.name_ko, record.type, len(record.references)) == ("우리 청동 범종", "bell", 2)

    # Remove one photo through the button, after saying yes to the question.
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    page.photos.setCurrentRow(0)
    assert page.remove_photo_button.isEnabled()
    page.remove_photo_button.click()
    assert asked and "bell_0.jpg" in asked[0]
    assert page.photos.count() == 1 and "bell_1.jpg" in page.photos.item(0).text()
    assert [r.path for r in Gallery().load("museum_bell").references] == [str(paths[1].resolve())]
    assert all(p.exists() for p in paths)  # originals are never touched

    # The same id again is refused with one sentence; so is a photo that is not a photo.
    assert page.create_subject("museum_bell", "Another bell", "", "bell", paths) is None
    taken = "There is already a subject “museum_bell”; choose it in the list and add photos to it."
    assert page.message.text() == taken
    _wait(qtbot, page.add_paths([_broken]))
    assert page.message.text() == "“broken.jpg” could not be read as a photo, so nothing was added."
    assert len(Gallery().load("museum_bell").references) == 1

    # Removing the subject (yes again) leaves only the taxonomy's sites.
    page.remove_subject_button.click()
    assert "museum_bell" not in page.subjects.ids() and Gallery().ids() == []


@pytest.mark.parametrize("bad", ["../escape", "Museum Bell", "con", "ѕubject", "a/b"])
def test_hostile_id_is_refused_with_a_sentence_and_nothing_written(page, photos, app_home, tmp_path, bad):
    paths, _ = photos
    assert page.create_subject(bad, "Evil", "", "other", paths) is None
    assert page.message.text().startswith("“") and "cannot be a subject id" in page.message.text()
    assert page.job is None  # no job was started, so nothing could be written
    gallery = app_home / "data" / "subjects"
    assert not gallery.exists() or not any(gallery.iterdir())
    assert not (tmp_path / "escape").exists()


def test_taxonomy_id_and_missing_name_are_refused(page, photos):
    paths, _ = photos
    assert page.create_subject("dabotap", "Dabotap", "", "pagoda", paths) is None
    assert "already one of the sites in the list" in page.message.text()
    assert page.create_subject("museum_bell", "  ", "", "bell", paths) is None
    assert page.message.text() == "Give the new subject an English name."
    assert page.create_subject("museum_bell", "Bell", "", "bell", []) is None
    assert page.message.text() == "Choose at least one photo."


def test_hostile_id_in_korean(page, languages, photos):
    assert languages.set_language("ko"), "no compiled Korean translation (run make translations)"
    assert page.create_subject("../escape", "Evil", "", "other", photos[0]) is None
    text = page.message.text()
    assert "대상 ID" in text and "cannot" not in text, text
    assert "아직 참조 사진이 없습니다" in page.subjects.item(0).text()


def test_new_subject_dialog_stays_open_on_a_hostile_id(qtbot, app_home, photos):
    dialog = NewSubjectDialog("en")
    qtbot.addWidget(dialog)
    dialog.id_edit.setText("../../etc")
    dialog.name_en.setText("Evil")
    dialog.add_photo_paths(photos[0])
    dialog.accept()
    assert dialog.result() == 0 and "cannot be a subject id" in dialog.message.text()
    dialog.id_edit.setText("museum_bell")
    assert dialog.type_box.findData("bell") >= 0
    dialog.type_box.setCurrentIndex(dialog.type_box.findData("bell"))
    dialog.accept()
    assert dialog.result() == 1
    assert dialog.values() == ("museum_bell", "Evil", "", "bell", list(photos[0]))


def test_catalogue_dialog_lists_items_with_checkboxes(qtbot, tmp_path, photos):
    from app.catalog.operations import create_catalog, import_paths
    from app.ui.references.catalogue_dialog import CataloguePickDialog

    paths, _ = photos
    db = tmp_path / "collection.gjcat"
    with create_catalog(db) as catalog:
        import_paths(catalog, paths, workers=1)
    dialog = CataloguePickDialog(db)
    qtbot.addWidget(dialog)
    names = [dialog.items.item(i).text() for i in range(dialog.items.count())]
    assert sum("bell_" in n for n in names) == 2 and "2 items." == dialog.message.text(), names
    assert not dialog.checked_paths()
    row = next(i for i, n in enumerate(names) if "bell_1" in n)
    assert dialog.items.item(row).flags() & Qt.ItemFlag.ItemIsUserCheckable
    dialog.items.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.checked_paths() == [paths[1]]
    dialog.tick_all()
    assert sorted(dialog.checked_paths()) == sorted(paths)
    dialog.search_edit.setText("nothing-like-this")
    dialog.search()
    assert dialog.items.count() == 0 and dialog.message.text() == "No items match."


def test_main_window_opens_the_references_page_from_the_studio_and_the_menu(qtbot, app_home, monkeypatch):
    from app.ui.app import BUILD_SAMPLES, build_main_window

    monkeypatch.setenv(BUILD_SAMPLES, "0")
    window = build_main_window("studio")
    qtbot.addWidget(window)
    window.show()
    try:
        assert window.mode_actions["references"].text() == "참조 사진"  # the app starts in Korean
        window.set_language("en")
        window.studio.recognise_panel.references_button.click()
        assert window.pages.currentWidget() is window.references
        window.references.back.click()
        assert window.pages.currentWidget() is window.start
        window.mode_actions["references"].trigger()
        assert window.pages.currentWidget() is window.references
        qtbot.waitUntil(lambda: window.mode_actions["references"].text() == "Reference photos", timeout=2000)
    finally:
        assert window.runner.shutdown(30000)


SCRIPTS = {"ko": r"[\uac00-\ud7a3]", "zh": r"[\u4e00-\u9fff]", "ja": r"[\u3040-\u30ff\u4e00-\u9fff]"}


@pytest.mark.parametrize("language", ["ko", "zh", "ja"])
def test_page_and_dialogs_speak_the_ui_language(qtbot, app_home, languages, language):
    """Every visible text of the page, its lists and both dialogs is in the UI language (no English left)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QWidget

    from app.ui.references.catalogue_dialog import CataloguePickDialog
    from app.vision.subjects.embed import REFERENCE_VIEWS
    from app.vision.subjects.gallery import Reference, SubjectRecord

    ref = Reference("ab" * 32, "/photos/bell_0.jpg", "thumbs/abababababababab.jpg", "kim", "2026-01-01T00:00:00+00:00",
                    64, 48, "Museum archive", "CC BY 4.0")
    views = tuple(REFERENCE_VIEWS)
    record = SubjectRecord("museum_bell", "Our bell", "우리 종", "bell", views, {"sha256": "x"}, (ref,))
    Gallery().save(record, np.ones((1, len(REFERENCE_VIEWS), 1280), np.float32), {ref.thumbnail: b"jpeg"})
    assert languages.set_language(language), "no compiled translation (run make translations)"
    runner = JobRunner()
    page = ReferencesPage(runner, languages)
    qtbot.addWidget(page)
    page.resize(1200, 800)
    page.show()
    page.refresh(select="museum_bell")
    page.show_message(page.tr("Removed; the original files are kept."))
    script = re.compile(SCRIPTS[language])

    def texts(root: QWidget) -> list[str]:
        found = []
        for widget in [root, *root.findChildren(QWidget)]:
            if not widget.isVisibleTo(root):
                continue
            if isinstance(widget, QLabel | QAbstractButton):
                found.append(widget.text())
            elif isinstance(widget, QLineEdit):
                found.append(widget.placeholderText())
        return [t for t in found if t and t not in ("museum_bell", "ID")]  # an id, and "ID" in every language

    rows = [page.subjects.item(i).text() for i in range(page.subjects.count())]
    rows += [page.photos.item(i).text() for i in range(page.photos.count())]
    dialogs = [NewSubjectDialog(language), CataloguePickDialog(None)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
    english = [t for t in texts(page) + rows + [t for d in dialogs for t in texts(d)] if not script.search(t)]
    try:
        assert not english, english
    finally:
        assert runner.shutdown(10000)
