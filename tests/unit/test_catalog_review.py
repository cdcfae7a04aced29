"""Review queue and curators' decisions: order, paging, accept / reject / correct / add, bulk, undo."""

from __future__ import annotations

import json
import sqlite3

import pytest
from catalog_fixtures import MODEL, VERSION, add_item, new_catalog, tag

from app.catalog import schema
from app.catalog.operations import (
    accept,
    add_label,
    bulk_accept,
    correct,
    open_catalog,
    reject,
    review_queue,
    review_state,
    undo_last,
)
from app.cli import main
from app.domain.errors import InvalidInput

# item id → its AI answers (best first)
_ANSWERS = {
    1: [("pagoda", 0.91), ("temple_hall", 0.05)],
    2: [("bell", 0.42), ("pagoda", 0.30)],
    3: [("not_heritage", 0.63)],
    4: [("royal_tomb", 0.55), ("bridge", 0.2)],
    5: [("pagoda", 0.97)],
    6: [("ceramics", 0.30)],
}


@pytest.fixture
def catalog(tmp_path):
    catalog = new_catalog(tmp_path)
    for item_id, labels in _ANSWERS.items():
        add_item(catalog, item_id)
        tag(catalog, item_id, labels)
    add_item(catalog, 7)  # readable but never tagged: not in the queue
    add_item(catalog, 8, state="missing")
    tag(catalog, 8, [("bridge", 0.1)])  # gone from disk: nothing to look at, so not in the queue
    yield catalog
    catalog.close()


def _queue_ids(catalog, **kwargs) -> list[int]:
    return [e.item_id for e in review_queue(catalog, **kwargs).entries]


def test_queue_is_least_confident_first_and_skips_reviewed_untagged_and_missing(catalog):
    page = review_queue(catalog)
    assert [e.item_id for e in page.entries] == [6, 2, 4, 3, 1, 5]
    assert page.remaining == 6 and (page.model_id, page.model_version) == (MODEL, VERSION)
    assert page.entries[1].labels == (("bell", 0.42), ("pagoda", 0.30))
    accept(catalog, 2, by="kim")
    assert _queue_ids(catalog) == [6, 4, 3, 1, 5] and review_queue(catalog).remaining == 5


def test_paging_by_cursor_and_by_offset_agree(catalog):
    first = review_queue(catalog, limit=2)
    assert [e.item_id for e in first.entries] == [6, 2] and first.after == (0.42, 2)
    assert _queue_ids(catalog, limit=2, after=first.after) == [4, 3]
    assert _queue_ids(catalog, limit=2, offset=2) == [4, 3]
    assert review_queue(catalog, limit=10, offset=4).after is None
    with pytest.raises(InvalidInput):
        review_queue(catalog, limit=0)


def test_queue_reads_one_index_range(catalog):
    # The ≤ 100 ms promise on 50 000 items rests on this plan: no scan of tag_runs or items.
    from app.catalog import review

    plan = " | ".join(
        r[3] for r in catalog.conn.execute(
            f"EXPLAIN QUERY PLAN SELECT r.item_id {review._UNREVIEWED} ORDER BY r.top_score, r.item_id LIMIT 50",
            (MODEL, VERSION),
        )
    )
    assert "tag_runs_queue" in plan and "SCAN" not in plan and "TEMP B-TREE" not in plan, plan


def test_accept_reject_correct_add_record_who_and_when(catalog):
    assert accept(catalog, 1, by="kim").labels == ("pagoda",)
    assert reject(catalog, 3, by="lee", note="a hanok roof, not everyday").labels == ("not_heritage",)
    assert correct(catalog, 4, "성덕대왕신종", by="park").labels == ("seongdeok_bell",)
    assert add_label(catalog, 4, "Roof tile", by="park").labels == ("roof_tile",)
    rows = catalog.conn.execute("SELECT item_id, label, action, decided_by, decided_at FROM decisions ORDER BY id")
    got = [tuple(r)[:4] for r in rows]
    assert got == [
        (1, "pagoda", "accepted", "kim"), (3, "not_heritage", "rejected", "lee"),
        (4, "seongdeok_bell", "corrected", "park"), (4, "roof_tile", "added", "park"),
    ]
    assert all(r[0] for r in catalog.conn.execute("SELECT decided_at FROM decisions"))
    assert [review_state(catalog, i) for i in (1, 3, 4, 5)] == ["accepted", "rejected", "corrected", "unreviewed"]
    # The model's own answers stay exactly as they were.
    assert catalog.conn.execute("SELECT COUNT(*) FROM ai_tags").fetchone()[0] == 10


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda c: accept(c, 99), "no item 99"),
        (lambda c: accept(c, 7), "has not been tagged"),
        (lambda c: correct(c, 99, "pagoda"), "no item 99"),
        (lambda c: correct(c, 1, "spaceship"), "not a known label"),
        (lambda c: correct(c, 1, "  "), "empty"),
        (lambda c: undo_last(c), "no review decision to undo"),
        (lambda c: bulk_accept(c, [1, 99]), "no item 99"),
        (lambda c: bulk_accept(c, min_score=1.5), "between 0 and 1"),
        (lambda c: bulk_accept(c, min_score=0.99), "No item matches"),
        (lambda c: review_queue(c, model="my_own"), "has not tagged"),
    ],
)
def test_bad_review_input_is_refused_and_changes_nothing(catalog, call, message):
    with pytest.raises(InvalidInput, match=message):
        call(catalog)
    assert catalog.conn.execute("SELECT COUNT(*) FROM decisions").fetchone()[0] == 0


def test_correct_accepts_names_in_every_language(catalog):
    for name in ("pagoda", "Pagoda", "탑", "佛塔", "仏塔", "  PAGODA "):
        assert correct(catalog, 6, name).labels == ("pagoda",)
    assert correct(catalog, 6, "not_heritage").labels == ("not_heritage",)  # a model's own label


def test_undo_takes_back_one_action_and_restores_the_earlier_verdict(catalog):
    accept(catalog, 4)
    correct(catalog, 4, "bridge")
    assert review_state(catalog, 4) == "corrected"
    undone = undo_last(catalog, by="kim")
    assert undone.action == "corrected" and undone.items == (4,)
    assert review_state(catalog, 4) == "accepted"
    undo_last(catalog)
    assert review_state(catalog, 4) == "unreviewed" and 4 in _queue_ids(catalog)
    journal = catalog.conn.execute("SELECT undone_by, undone_rows FROM decision_batches ORDER BY id").fetchall()
    assert journal[1][0] == "kim" and json.loads(journal[1][1])[0]["label"] == "bridge"
    with pytest.raises(InvalidInput):
        undo_last(catalog)


def test_bulk_accept_by_list_and_by_threshold_is_one_undoable_action(catalog):
    reject(catalog, 5)
    done = bulk_accept(catalog, min_score=0.6)  # 1 (0.91) and 3 (0.63); 5 is already reviewed
    assert done.items == (1, 3) and done.labels == ("pagoda", "not_heritage")
    assert review_state(catalog, 5) == "rejected"
    listed = bulk_accept(catalog, [6, 2, 6])
    assert listed.items == (6, 2)
    assert review_queue(catalog).remaining == 1
    undo_last(catalog)
    assert review_queue(catalog).remaining == 3
    undo_last(catalog)
    assert _queue_ids(catalog) == [6, 2, 4, 3, 1]


def test_a_new_model_version_leaves_decisions_alone(catalog):
    correct(catalog, 1, "dabotap")
    tag(catalog, 1, [("bell", 0.8)], version="2.0.0")  # what a later tagging run writes
    tag(catalog, 2, [("bell", 0.7)], version="2.0.0")
    assert review_state(catalog, 1) == "corrected"
    assert [tuple(r) for r in catalog.conn.execute("SELECT label, action FROM decisions")] == [("dabotap", "corrected")]
    page = review_queue(catalog)
    assert page.model_version == "2.0.0" and [e.item_id for e in page.entries] == [2]
    # Accepting follows the newest answer the model gave for the item.
    assert accept(catalog, 2).labels == ("bell",)


def test_version_1_catalogue_with_decisions_is_upgraded(tmp_path):
    db = tmp_path / "old.gjcat"
    conn = schema.connect(db)
    schema.migrate(conn, "old", schema.MIGRATIONS[:1])
    conn.execute("INSERT INTO items (id, path, state, added_at, updated_at) VALUES (1, '/a.jpg', 'ok', 't', 't')")
    conn.execute(
        "INSERT INTO decisions (item_id, label, action, decided_by, decided_at, note) "
        "VALUES (1, 'pagoda', 'accepted', 'kim', 't', 'lichen on the north face')"
    )
    conn.execute(
        "INSERT INTO decisions (item_id, label, action, decided_by, decided_at) "
        "VALUES (1, 'bell', 'corrected', 'kim', 't')"
    )
    conn.execute("INSERT INTO dc (item_id, field, value) VALUES (1, 'title', 'Emille bell at dusk')")
    conn.close()
    with open_catalog(db) as catalog:
        assert catalog.schema_version == schema.SCHEMA_VERSION
        assert review_state(catalog, 1) == "corrected"
        texts = catalog.conn.execute("SELECT rowid >> 32, text FROM search ORDER BY rowid").fetchall()
        assert [tuple(t) for t in texts] == [(1, "Emille bell at dusk"), (1, "lichen on the north face")]
        assert catalog.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_text_index_follows_edits_and_deletes(catalog):
    with catalog.transaction() as conn:
        conn.execute("INSERT INTO dc (item_id, field, value) VALUES (2, 'title', 'Sacred bell')")
        conn.execute("UPDATE dc SET value = 'Sacred bell of King Seongdeok' WHERE item_id = 2")
    reject(catalog, 2, note="cracked rim")
    def items(text: str) -> list[int]:
        return [r[0] for r in catalog.conn.execute("SELECT rowid >> 32 FROM search WHERE search MATCH ?", (text,))]

    assert items("seongdeok") == [2] and items("cracked") == [2] and items("sacred") == [2]
    undo_last(catalog)
    with catalog.transaction() as conn:
        conn.execute("DELETE FROM dc WHERE item_id = 2")
    assert catalog.conn.execute("SELECT COUNT(*) FROM search").fetchone()[0] == 0


# --- command line -------------------------------------------------------------------------------


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_review_command_lists_and_decides(catalog, capsys):
    db = str(catalog.path)
    code, out, _ = _run(capsys, "catalog", "review", db, "--list", "--json", "--limit", "2")
    page = json.loads(out)
    assert code == 0 and [e["item"] for e in page["items"]] == [6, 2] and page["remaining"] == 6
    assert _run(capsys, "catalog", "review", db, "--accept", "6", "--by", "kim")[0] == 0
    code, out, _ = _run(capsys, "catalog", "review", db, "--correct", "2", "범종", "--json")
    assert code == 0 and json.loads(out)["labels"] == ["bell"]
    assert _run(capsys, "catalog", "review", db, "--reject", "4")[0] == 0
    assert _run(capsys, "catalog", "review", db, "--undo")[0] == 0
    states = dict(catalog.conn.execute("SELECT item_id, state FROM review_state").fetchall())
    assert states == {6: "accepted", 2: "corrected"}
    assert catalog.conn.execute("SELECT decided_by FROM decisions WHERE item_id = 6").fetchone()[0] == "kim"


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--accept", "99"], "no item 99"),
        (["--accept", "abc"], "item number"),
        (["--reject", "7"], "has not been tagged"),
        (["--correct", "1", "spaceship"], "not a known label"),
        (["--correct", "x", "pagoda"], "item number"),
        (["--accept-above", "2"], "between 0 and 1"),
        (["--undo"], "no review decision"),
        ([], "required"),
        (["--list", "--accept", "1"], "not allowed"),
    ],
)
def test_review_command_bad_input_is_one_line_and_exit_2(catalog, capsys, argv, expected):
    code, _, err = _run(capsys, "catalog", "review", str(catalog.path), *argv)
    assert code == 2 and err.count("\n") == 1 and expected in err, err


def test_review_command_refuses_what_is_not_a_catalogue(tmp_path, capsys):
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    code, _, err = _run(capsys, "catalog", "review", str(other), "--list")
    assert code == 2 and "not a Gyeongju Heritage AI catalogue" in err and err.count("\n") == 1
