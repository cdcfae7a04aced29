"""The collection room: a real catalogue (imported JPEGs, fake tagger) driven by real key events."""

from __future__ import annotations

import shutil
import sqlite3
from array import array
from pathlib import Path

import pytest
from collection_fixtures import FakeExecutor, answer, photos
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from app.catalog.dublin_core import item_dublin_core
from app.catalog.operations import create_catalog, import_paths, open_catalog, tag_items
from app.ui.collection.grid_model import CARD_CACHE, FETCH_AHEAD, FETCH_BEHIND
from app.ui.collection.room import CollectionRoom
from app.ui.runner import JobRunner

COUNT = 9


@pytest.fixture(scope="module")
def made(tmp_path_factory) -> Path:
    """Nine imported, tagged JPEGs (import starts worker processes: once per module)."""
    folder = tmp_path_factory.mktemp("collection")
    photos(folder / "photos", COUNT)
    with create_catalog(folder / "c.gjcat") as catalog:
        import_paths(catalog, [folder / "photos"], workers=1)
        tag_items(catalog, executor=FakeExecutor())
    return folder


@pytest.fixture
def db(made, tmp_path) -> Path:
    shutil.copy(made / "c.gjcat", tmp_path / "c.gjcat")
    return tmp_path / "c.gjcat"


@pytest.fixture
def room(qtbot):
    runner = JobRunner()
    room = CollectionRoom(runner, tag_executor=FakeExecutor(), import_workers=1)
    room.resize(1300, 800)
    qtbot.addWidget(room)
    room.show()
    room.set_language("en")
    yield room
    assert runner.shutdown(10000)
    assert room.shutdown(10000)


def _ids_by_name(db: Path) -> dict[str, int]:
    with sqlite3.connect(db) as conn:
        return {Path(p).name: i for i, p in conn.execute("SELECT id, path FROM items")}


def _verdicts(db: Path) -> dict[int, tuple[str, str]]:
    with sqlite3.connect(db) as conn:
        return {i: (s, lab) for i, s, lab in conn.execute("SELECT item_id, state, label FROM review_state")}


def type_text(qtbot, widget, text: str) -> None:
    """Type ``text`` as a person would: ASCII key by key, Hangul through the input method (as an IME commits it)."""
    if text.isascii():
        qtbot.keyClicks(widget, text)
        return
    event = QInputMethodEvent()
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def _name_of_current(room: CollectionRoom, view) -> str:
    index = view.grid.currentIndex()
    return view.model.card(index.row()).file_name


def test_create_import_and_tag_from_the_room_with_progress(room, qtbot, tmp_path):
    photos(tmp_path / "pics", 5)
    assert room.create_catalog(tmp_path / "new.gjcat")
    with qtbot.waitSignal(room.import_folder(tmp_path / "pics").finished, timeout=60000):
        assert room.progress.isVisible() and not room.import_button.isEnabled()
    qtbot.waitUntil(lambda: room.browse.model.rowCount() == 5, timeout=5000)
    assert "5 new" in room.banner.text()
    with qtbot.waitSignal(room.tag_collection().finished, timeout=30000):
        pass
    qtbot.waitUntil(lambda: room.review.model.rowCount() == 5, timeout=5000)
    assert not room.progress.isVisible() and room.tag_button.isEnabled()
    # Least confident first: photo_000 (15 %) … photo_004 (55 %).
    assert [room.review.model.card(r).file_name for r in range(5)] == [f"photo_{i:03d}.jpg" for i in range(5)]


def test_grid_model_holds_ids_and_reads_cells_a_block_at_a_time(room, db):
    with open_catalog(db) as catalog, catalog.transaction() as conn:
        conn.executemany(
            "INSERT INTO items (path, sha256, state, added_at, updated_at) VALUES (?, ?, 'ok', 'now', 'now')",
            [(f"/nowhere/extra_{n}.jpg", f"{n:064x}") for n in range(3000)],
        )
    assert room.open_catalog(db)
    model = room.browse.model
    assert model.rowCount() == COUNT + 3000
    assert isinstance(model.ids(), array) and model.ids().typecode == "q"
    with sqlite3.connect(db) as conn:
        assert list(model.ids()) == [r[0] for r in conn.execute("SELECT id FROM items ORDER BY id")]
    model.forget_all()
    assert model.cached_cards() == 0
    card = model.card(2000)
    assert card is not None and card.item_id == model.item_id(2000)
    assert model.cached_cards() <= FETCH_BEHIND + FETCH_AHEAD < CARD_CACHE


def test_review_from_the_keyboard_records_decisions_and_undo(room, db, qtbot):
    ids = _ids_by_name(db)
    assert room.open_catalog(db)
    room.set_language("ko")
    room.tabs.setCurrentWidget(room.review)
    grid = room.review.grid
    qtbot.waitUntil(grid.hasFocus, timeout=2000)
    assert _name_of_current(room, room.review) == "photo_000.jpg"

    qtbot.keyClick(grid, Qt.Key.Key_A)
    assert _verdicts(db)[ids["photo_000.jpg"]] == ("accepted", answer(0)[0])
    assert _name_of_current(room, room.review) == "photo_001.jpg"

    qtbot.keyClick(grid, Qt.Key.Key_R)
    assert _verdicts(db)[ids["photo_001.jpg"]] == ("rejected", answer(1)[0])
    assert _name_of_current(room, room.review) == "photo_002.jpg"

    qtbot.keyClick(grid, Qt.Key.Key_C)
    qtbot.keyClick(room.review.correct_box, Qt.Key.Key_Escape)  # changed my mind: nothing recorded
    assert not room.review.correct_box.isVisible() and grid.hasFocus()
    assert ids["photo_002.jpg"] not in _verdicts(db)
    qtbot.keyClick(grid, Qt.Key.Key_J)
    assert _name_of_current(room, room.review) == "photo_003.jpg"
    qtbot.keyClick(grid, Qt.Key.Key_K)
    assert _name_of_current(room, room.review) == "photo_002.jpg"

    qtbot.keyClick(grid, Qt.Key.Key_C)
    box = room.review.correct_box
    assert box.isVisible() and box.hasFocus()
    type_text(qtbot, box, "범종")  # Korean name of the type "bell"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert _verdicts(db)[ids["photo_002.jpg"]] == ("corrected", "bell")
    assert not box.isVisible() and grid.hasFocus()

    qtbot.keyClick(grid, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ids["photo_002.jpg"] not in _verdicts(db)
    assert _name_of_current(room, room.review) == "photo_002.jpg"
    assert room.review.model.remaining == COUNT - 2


def test_correcting_with_the_completion_list(room, db, qtbot):
    ids = _ids_by_name(db)
    assert room.open_catalog(db)
    room.tabs.setCurrentWidget(room.review)
    grid = room.review.grid
    qtbot.keyClick(grid, Qt.Key.Key_C)
    box = room.review.correct_box
    qtbot.keyClicks(box, "dabo")
    popup = box.completer().popup()
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ids["photo_000.jpg"] in _verdicts(db), timeout=2000)
    assert _verdicts(db)[ids["photo_000.jpg"]] == ("corrected", "dabotap")


def test_bulk_accept_of_a_selection_and_above_a_score(room, db, qtbot):
    ids = _ids_by_name(db)
    assert room.open_catalog(db)
    room.tabs.setCurrentWidget(room.review)
    grid = room.review.grid
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(grid, Qt.Key.Key_A)
    verdicts = _verdicts(db)
    assert {n for n, i in ids.items() if i in verdicts} == {"photo_000.jpg", "photo_001.jpg", "photo_002.jpg"}
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM decision_batches").fetchone()[0] == 1  # one undo takes it back
    room.review.threshold.setValue(80)
    qtbot.mouseClick(room.review.accept_above, Qt.MouseButton.LeftButton)
    verdicts = _verdicts(db)
    assert {n for n, i in ids.items() if i in verdicts} >= {"photo_007.jpg", "photo_008.jpg"}
    assert ids["photo_006.jpg"] not in verdicts  # 75 %
    assert room.review.model.rowCount() == COUNT - 5


def test_filter_by_tag_name_in_korean_and_by_review_state(room, db, qtbot):
    assert room.open_catalog(db)
    room.set_language("ko")
    bar = room.browse.filters
    bar.tag.setEditText("탑")
    bar.flush()
    names = [room.browse.model.card(r).file_name for r in range(room.browse.model.rowCount())]
    assert names == ["photo_000.jpg", "photo_003.jpg", "photo_006.jpg"]
    assert room.browse.last_query_s < 0.2
    bar.state.setCurrentIndex(2)  # accepted: none yet
    assert room.browse.model.rowCount() == 0
    bar.clear()
    assert room.browse.model.rowCount() == COUNT


def test_dublin_core_form_is_saved_and_searchable(room, db, qtbot):
    ids = _ids_by_name(db)
    assert room.open_catalog(db)
    room.browse.select_row(4)
    detail = room.browse.detail
    assert detail.item_id == ids["photo_004.jpg"]
    type_text(qtbot, detail.form.fields[("title", "ko")], "불국사 다보탑")
    qtbot.keyClicks(detail.form.fields[("title", "en")], "Dabotap at Bulguksa")
    qtbot.keyClicks(detail.form.fields[("subject", "")], "pagoda; granite")
    qtbot.keyClicks(detail.form.fields[("coverage", "")], "Bulguksa, Gyeongju")
    assert detail.save_button.isEnabled()
    qtbot.mouseClick(detail.save_button, Qt.MouseButton.LeftButton)
    with open_catalog(db) as catalog:
        record = item_dublin_core(catalog, ids["photo_004.jpg"])
    assert record["title"] == [("en", "Dabotap at Bulguksa"), ("ko", "불국사 다보탑")]
    assert record["subject"] == [("", "pagoda"), ("", "granite")]
    room.browse.filters.text.setText("불국사")
    room.browse.filters.flush()
    assert list(room.browse.model.ids()) == [ids["photo_004.jpg"]]
    room.browse.filters.clear()
    room.browse.filters.site.setText("bulguksa")
    room.browse.filters.flush()
    assert list(room.browse.model.ids()) == [ids["photo_004.jpg"]]


def test_tag_chips_tell_ai_from_curators(room, db, qtbot):
    ids = _ids_by_name(db)
    assert room.open_catalog(db)
    room.tabs.setCurrentWidget(room.review)
    qtbot.keyClick(room.review.grid, Qt.Key.Key_A)  # photo_000 accepted as pagoda
    room.tabs.setCurrentWidget(room.browse)
    room.browse.select_row(room.browse.model.row_of(ids["photo_000.jpg"]))
    kinds = [kind for kind, _ in room.browse.detail.chips.texts()]
    assert kinds[0] == "CuratorChip" and kinds.count("AiChip") == 2
    ai_text = dict(room.browse.detail.chips.texts())["AiChip"]
    assert "heritage_types" in ai_text and "%" in ai_text


def test_export_dialog_exports_into_a_folder(room, db, qtbot, tmp_path):
    assert room.open_catalog(db)
    dialog = room.show_export()
    qtbot.addWidget(dialog)
    dialog.format.setCurrentIndex(dialog.format.findData("dc-csv"))
    dialog.folder.setText(str(tmp_path / "out"))
    with qtbot.waitSignal(dialog.start().finished, timeout=30000):
        pass
    assert (tmp_path / "out" / "dublin-core.csv").is_file()
    assert dialog.summary is not None and dialog.summary.exported == COUNT
    assert str(COUNT) in dialog.outcome.text()

    dialog.format.setCurrentIndex(dialog.format.findData("iiif"))
    assert dialog.base_url.isVisible()
    dialog.base_url.setText("ftp://example.org/")
    with qtbot.waitSignal(dialog.start().finished, timeout=30000):
        pass
    sentence = dialog.outcome.text()
    assert "http" in sentence and sentence.endswith(".") and "\n" not in sentence
    dialog.close()


def test_bad_inputs_give_one_sentence_and_the_room_keeps_working(room, db, qtbot, tmp_path):
    not_a_catalogue = tmp_path / "notes.gjcat"
    not_a_catalogue.write_text("shopping list")
    assert not room.open_catalog(not_a_catalogue)
    assert room.banner.isVisible() and "not a Gyeongju Heritage AI catalogue" in room.banner.text()
    assert room.session.catalog is None

    assert room.open_catalog(db)
    vanished = tmp_path / "vanished"
    vanished.mkdir()
    vanished.rmdir()  # chosen in the dialog, then unplugged or deleted before the import reads it
    handle = room.import_folder(vanished)
    with qtbot.waitSignal(handle.finished, timeout=30000):
        pass
    sentence = room.banner.text()
    assert room.banner.isVisible() and "vanished" in sentence and sentence.count(".") >= 1 and "\n" not in sentence
    # Still working: the catalogue is open and the grid answers.
    assert room.browse.model.rowCount() == COUNT and room.import_button.isEnabled()


def test_missing_thumbnails_are_made_in_the_background_and_stored(room, db, qtbot):
    with sqlite3.connect(db) as conn:
        conn.execute("DELETE FROM thumbnails")
    assert room.open_catalog(db)
    room.browse.grid.viewport().repaint()  # the cells on screen ask for their thumbnails
    qtbot.waitUntil(lambda: len(room.thumbs) == COUNT, timeout=30000)
    with sqlite3.connect(db) as conn:
        assert conn.execute("SELECT COUNT(*) FROM thumbnails").fetchone()[0] == COUNT
    image = room.browse.model.thumbnail(0)
    assert image is not None and max(image.width(), image.height()) <= 160


def test_progress_line_says_count_rate_and_time_left(room, qtbot):
    import time

    from app.domain.progress import Progress
    from app.jobs import Job

    def work(progress, cancel):
        for done in range(6):
            cancel.raise_if_cancelled()
            progress(Progress(done / 10, f"{done}/10 files · whatever the core says"))
            time.sleep(0.05)
        return None

    seen: list[str] = []
    handle = room.runner.start(Job("count", work))
    room.progress.follow(handle, "Importing")
    handle.progressed.connect(lambda *_: seen.append(room.progress.detail.text()))
    with qtbot.waitSignal(handle.finished, timeout=10000):
        pass
    assert "5 of 10" in seen[-1] and "per second" in seen[-1] and "left" in seen[-1]
    assert not room.progress.isVisible()


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def test_where_to_tag_is_kept_in_the_catalogue_and_used_by_tag_collection(db, qtbot):
    from PySide6.QtCore import Qt

    from app.catalog.cluster import scheduler_address
    from app.catalog.operations import open_catalog

    runner = JobRunner()
    room = CollectionRoom(runner, import_workers=1)  # no stand-in executor: the room decides where to tag
    qtbot.addWidget(room)
    room.show()
    room.set_language("en")
    try:
        assert room.open_catalog(db) and room.cluster_button.isEnabled()
        dialog = room.show_cluster()
        qtbot.addWidget(dialog)
        qtbot.keyClicks(dialog.address, "ftp://nowhere")
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert dialog.isVisible() and "not a Dask scheduler address" in dialog.outcome.text()
        with open_catalog(db) as catalog:
            assert scheduler_address(catalog) is None

        address = f"tcp://127.0.0.1:{_free_port()}"  # nothing listens there
        dialog.address.clear()
        qtbot.keyClicks(dialog.address, address)
        qtbot.mouseClick(dialog.check_button, Qt.MouseButton.LeftButton)
        with qtbot.waitSignal(dialog.check_handle.finished, timeout=20000):
            pass
        assert address in dialog.outcome.text() and "\n" not in dialog.outcome.text()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
        assert not dialog.isVisible()
        with open_catalog(db) as catalog:
            assert scheduler_address(catalog) == address

        # Tagging now goes to that cluster, which does not answer: one sentence, the room keeps working.
        with qtbot.waitSignal(room.tag_collection().finished, timeout=30000):
            pass
        assert room.banner.isVisible() and address in room.banner.text() and room.tag_button.isEnabled()

        dialog = room.show_cluster()
        assert dialog.address.text() == address
        qtbot.mouseClick(dialog.local_button, Qt.MouseButton.LeftButton)
        with open_catalog(db) as catalog:
            assert scheduler_address(catalog) is None
    finally:
        assert runner.shutdown(10000)
        assert room.shutdown(10000)
