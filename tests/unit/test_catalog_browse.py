"""What Curator Studio's room reads and writes: ids by filter, grid cards, Dublin Core edits, restorations."""

from __future__ import annotations

import json
import sqlite3

import pytest
from catalog_fixtures import add_dc, add_item, new_catalog, tag

from app.catalog import schema
from app.catalog.browse import answers, cards, item_detail, item_ids, queued_scores, thumbnail_jpegs
from app.catalog.dublin_core import item_dublin_core, save_dublin_core
from app.catalog.operations import accept, open_catalog
from app.catalog.restorations import record_restoration, restorations_of
from app.catalog.search import SearchQuery
from app.domain.errors import InvalidInput


@pytest.fixture
def catalog(tmp_path):
    catalog = new_catalog(tmp_path)
    for i, (label, score) in enumerate([("pagoda", 0.9), ("bell", 0.3), ("pagoda", 0.5)], start=1):
        add_item(catalog, i, exif_date=f"200{i}-05-01T10:00:00")
        tag(catalog, i, [(label, score), ("stone_monument", score / 2)])
    yield catalog
    catalog.close()


def test_item_ids_apply_the_search_filters(catalog):
    assert list(item_ids(catalog, SearchQuery())) == [1, 2, 3]
    assert list(item_ids(catalog, SearchQuery(tag="탑"))) == [1, 3]
    assert list(item_ids(catalog, SearchQuery(min_score=0.4))) == [1, 3]
    accept(catalog, 1)
    assert list(item_ids(catalog, SearchQuery(state="unreviewed"))) == [2, 3]
    with pytest.raises(InvalidInput):
        item_ids(catalog, SearchQuery(since="May 2001"))


def test_cards_prefer_the_title_in_the_ui_language(catalog):
    add_dc(catalog, 2, "title", "Emille bell", "en")
    add_dc(catalog, 2, "title", "성덕대왕신종", "ko")
    assert cards(catalog, [2], language="ko")[2].title == "성덕대왕신종"
    assert cards(catalog, [2], language="ja")[2].title == "Emille bell"
    card = cards(catalog, [1, 2, 99])
    assert set(card) == {1, 2} and card[1].label == "pagoda" and card[1].score == 0.9
    assert card[1].review == "unreviewed" and card[1].file_name == "p0001.jpg"


def test_detail_answers_and_queue_scores(catalog):
    accept(catalog, 1, by="kim")
    detail = item_detail(catalog, 1)
    assert detail.review == "accepted" and [d.decided_by for d in detail.decisions] == ["kim"]
    assert {t.label for t in detail.ai_tags} == {"pagoda", "stone_monument"}
    assert answers(catalog, 3) == [("pagoda", 0.5), ("stone_monument", 0.25)]
    assert queued_scores(catalog, [1, 2, 3]) == {2: 0.3, 3: 0.5}
    assert thumbnail_jpegs(catalog, [1, 2]) == {}


def test_dublin_core_edits_replace_only_the_pairs_given(catalog):
    add_dc(catalog, 1, "title", "Dabotap", "en")
    add_dc(catalog, 1, "title", "多宝塔", "zh")
    save_dublin_core(catalog, 1, {("title", "ko"): ["다보탑"], ("title", "en"): ["Dabotap pagoda"],
                                  ("subject", ""): ["pagoda", " ", "granite"]})
    record = item_dublin_core(catalog, 1)
    assert record["title"] == [("en", "Dabotap pagoda"), ("ko", "다보탑"), ("zh", "多宝塔")]
    assert record["subject"] == [("", "pagoda"), ("", "granite")]
    assert list(item_ids(catalog, SearchQuery(text="다보탑"))) == [1]  # the text index followed
    save_dublin_core(catalog, 1, {("title", "en"): []})
    assert ("en", "Dabotap pagoda") not in item_dublin_core(catalog, 1)["title"]
    for bad in ({("colour", ""): ["red"]}, {("title", "k o"): ["x"]}, {("title", "en"): ["x" * 30_000]}):
        with pytest.raises(InvalidInput):
            save_dublin_core(catalog, 1, bad)
    with pytest.raises(InvalidInput):
        save_dublin_core(catalog, 42, {("title", "en"): ["x"]})


def _sidecar(tmp_path, input_sha: str, name: str = "out.png") -> str:
    record = {
        "schema": "gyeongju-ai/provenance/1", "operation": "studio", "created_utc": "2026-01-02T03:04:05Z",
        "app": {"name": "gyeongju-heritage-ai", "version": "0.1"},
        "input": {"path": "/photos/p0001.jpg", "sha256": input_sha},
        "output": {"path": str(tmp_path / name), "sha256": "f" * 64},
        "steps": [{"name": "denoise", "ran": True, "params": {"sigma": 12.0},
                   "model": {"id": "ffdnet_color", "version": "1.0.0", "sha256": "a" * 64}},
                  {"name": "colour", "ran": False, "params": {}}],
    }
    path = tmp_path / f"{name}.json"
    path.write_text(json.dumps(record), encoding="utf-8")
    return str(path)


def test_restorations_are_recorded_with_their_provenance(catalog, tmp_path):
    sidecar = _sidecar(tmp_path, f"{1:064x}")
    saved = record_restoration(catalog, 1, sidecar)
    assert saved.steps == ("denoise",) and saved.models[0]["id"] == "ffdnet_color"
    assert saved.output_path == str(tmp_path / "out.png") and saved.input_sha256 == f"{1:064x}"
    record_restoration(catalog, 1, sidecar)  # the same output again: still one row
    [again] = restorations_of(catalog, 1)
    assert again.record["steps"][0]["params"] == {"sigma": 12.0}
    with pytest.raises(InvalidInput, match="different picture"):
        record_restoration(catalog, 2, sidecar)
    (tmp_path / "junk.json").write_text("{}")
    with pytest.raises(InvalidInput, match="not a provenance record"):
        record_restoration(catalog, 1, tmp_path / "junk.json")


def test_a_version_2_catalogue_gains_the_restorations_table(tmp_path):
    path = tmp_path / "old.gjcat"
    conn = schema.connect(path)
    schema.migrate(conn, "old", schema.MIGRATIONS[:2])
    conn.close()
    with open_catalog(path) as catalog:
        assert catalog.schema_version == schema.SCHEMA_VERSION >= 3
        assert catalog.conn.execute("SELECT COUNT(*) FROM restorations").fetchone()[0] == 0
    with sqlite3.connect(path) as raw:
        assert raw.execute("SELECT name FROM sqlite_master WHERE name = 'restorations_item'").fetchone()


def test_a_card_says_when_the_model_itself_did_not_know(catalog):
    assert cards(catalog, [1])[1].unknown is False
    catalog.conn.execute("UPDATE tag_runs SET unknown = 1 WHERE item_id = 2")
    card = cards(catalog, [2])[2]
    assert card.unknown is True and card.label == "bell"  # the best guess stays visible, marked as a guess
