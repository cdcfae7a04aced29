"""Catalogue search: every filter, free text, similar items, near-duplicates, and the command."""

from __future__ import annotations

import json

import numpy as np
import pytest
from catalog_fixtures import add_dc, add_item, new_catalog, tag, unit

from app.catalog import vectors
from app.catalog.operations import SearchQuery, correct, duplicate_groups, reject, search_items, similar_items
from app.cli import main
from app.domain.errors import InvalidInput

_BASE_HASH = 0x0F0F_3C3C_A5A5_5A5A


@pytest.fixture
def catalog(tmp_path):
    catalog = new_catalog(tmp_path)
    rows = {
        # item: (exif date, AI answers, coverage, title)
        1: ("2019-05-04T10:00:00", [("pagoda", 0.92), ("bell", 0.04)], "Bulguksa Temple, Gyeongju", "Dabotap at dawn"),
        2: ("2021-10-12T08:30:00", [("pagoda", 0.35), ("stone_monument", 0.3)], "Bulguksa Temple", "석가탑 정면"),
        3: ("2021-11-01T16:00:00", [("bell", 0.81)], "Gyeongju National Museum", "Sacred bell, detail"),
        4: ("2023-02-20T12:00:00", [("royal_tomb", 0.66)], "Daereungwon", "Tumuli in snow"),
        5: (None, [("not_heritage", 0.71)], None, "Visitors' car park"),
    }
    for item_id, (date, answers, coverage, title) in rows.items():
        add_item(catalog, item_id, exif_date=date)
        tag(catalog, item_id, answers, vector=unit(item_id), phash=_BASE_HASH ^ (0xFFFF << (item_id * 8)))
        if coverage:
            add_dc(catalog, item_id, "coverage", coverage)
        add_dc(catalog, item_id, "title", title, "en")
    add_item(catalog, 6, state="unreadable")  # no tags, no embedding
    yield catalog
    catalog.close()


def _ids(catalog, **kwargs) -> list[int]:
    return [h.item_id for h in search_items(catalog, SearchQuery(**kwargs)).hits]


def test_no_filter_lists_everything_by_id_with_total_and_pages(catalog):
    result = search_items(catalog, SearchQuery(limit=2, offset=2))
    assert result.total == 6 and [h.item_id for h in result.hits] == [3, 4]
    hit = search_items(catalog, SearchQuery(limit=1)).hits[0]
    assert (hit.title, hit.label, hit.score, hit.review) == ("Dabotap at dawn", "pagoda", 0.92, "unreviewed")


@pytest.mark.parametrize("name", ["pagoda", "Pagoda", "탑", "佛塔", "仏塔"])
def test_tag_filter_takes_an_id_or_a_name_in_any_language(catalog, name):
    result = search_items(catalog, SearchQuery(tag=name))
    assert result.tag == "pagoda" and [h.item_id for h in result.hits] == [1, 2]


def test_tag_filter_includes_curators_labels_and_bands_use_the_tags_score(catalog):
    correct(catalog, 4, "pagoda")
    assert _ids(catalog, tag="pagoda") == [1, 2, 4]
    assert _ids(catalog, tag="pagoda", min_score=0.5) == [1]
    assert _ids(catalog, tag="bell", max_score=0.1) == [1]
    with pytest.raises(InvalidInput, match="not a known tag"):
        search_items(catalog, SearchQuery(tag="spaceship"))


def test_state_model_and_confidence_band(catalog):
    correct(catalog, 2, "seokgatap")
    reject(catalog, 5)
    assert _ids(catalog, state="corrected") == [2]
    assert _ids(catalog, state="rejected") == [5]
    assert _ids(catalog, state="unreviewed") == [1, 3, 4, 6]
    assert _ids(catalog, model="heritage_types") == [1, 2, 3, 4, 5]
    assert _ids(catalog, min_score=0.6, max_score=0.8) == [4, 5]
    with pytest.raises(InvalidInput, match="has not tagged"):
        search_items(catalog, SearchQuery(model="my_own"))
    with pytest.raises(InvalidInput, match="review state"):
        search_items(catalog, SearchQuery(state="maybe"))
    with pytest.raises(InvalidInput, match="above"):
        search_items(catalog, SearchQuery(min_score=0.9, max_score=0.1))


def test_site_and_exif_date_range(catalog):
    assert _ids(catalog, site="bulguksa") == [1, 2]
    assert _ids(catalog, site="100%") == []  # LIKE wildcards are taken literally
    assert _ids(catalog, since="2021") == [2, 3, 4]
    assert _ids(catalog, since="2021-10-12", until="2021-10") == [2]
    assert _ids(catalog, until="2021-11-01") == [1, 2, 3]
    with pytest.raises(InvalidInput, match="YYYY"):
        search_items(catalog, SearchQuery(since="last year"))


def test_free_text_over_titles_and_notes_by_word_prefix(catalog):
    assert _ids(catalog, text="dawn") == [1]
    assert _ids(catalog, text="sacred BELL") == [3]
    assert _ids(catalog, text="tum") == [4]  # a prefix finds "Tumuli"
    assert _ids(catalog, text="석가탑") == [2] and _ids(catalog, text="석가") == [2]
    assert _ids(catalog, text='car "park') == [5]  # quotes are not FTS5 syntax errors
    reject(catalog, 4, note="snow hides the mound outline")
    assert _ids(catalog, text="mound") == [4]
    assert _ids(catalog, text="snow", site="daereung") == [4]
    with pytest.raises(InvalidInput, match="no letters"):
        search_items(catalog, SearchQuery(text="*** ---"))


def test_similar_ranks_by_cosine_and_honours_filters(catalog):
    stored = {i: vectors.decode(vectors.encode(unit(i))) for i in range(1, 6)}
    expected = sorted((i for i in stored if i != 3), key=lambda i: -float(stored[i] @ stored[3]))
    ranked = similar_items(catalog, 3, top=None)
    assert [i for i, _ in ranked] == expected
    assert all(abs(score - float(unit(i) @ unit(3))) < 0.01 for i, score in ranked)
    result = search_items(catalog, SearchQuery(similar_to=3, tag="pagoda"))
    assert result.total == 2 and [h.item_id for h in result.hits] == [i for i in expected if i in (1, 2)]
    assert result.hits[0].similarity is not None
    with pytest.raises(InvalidInput, match="no stored embedding"):
        similar_items(catalog, 6)
    with pytest.raises(InvalidInput, match="no item 99"):
        similar_items(catalog, 99)


def test_near_duplicates_need_a_close_hash_and_a_close_embedding(tmp_path):
    catalog = new_catalog(tmp_path, "d.gjcat")
    base = unit(1)
    shots = {
        1: (base, _BASE_HASH),
        2: (base + 0.01 * unit(2), _BASE_HASH ^ 0b111),  # a re-save: 3 bits off, same content
        3: (base, _BASE_HASH ^ 0xFFFF_FFFF),  # same content, another framing: 32 bits off
        4: (unit(40), _BASE_HASH ^ 0b1),  # same layout, other content
        5: (unit(50), 0x1234_5678_9ABC_DEF0),
        6: (unit(50) + 0.01 * unit(3), 0x1234_5678_9ABC_DEF1),
    }
    for item_id, (vector, phash) in shots.items():
        add_item(catalog, item_id)
        tag(catalog, item_id, [("pagoda", 0.5)], vector=vector / np.linalg.norm(vector), phash=phash)
    assert duplicate_groups(catalog) == [[1, 2], [5, 6]]
    assert duplicate_groups(catalog, [1, 2, 3]) == [[1, 2]]
    catalog.close()


def test_filters_use_their_indexes(catalog):
    from app.catalog.search import _where

    where, params, _ = _where(
        catalog, SearchQuery(tag="pagoda", state="accepted", site="x", since="2020", min_score=0.1),
        "heritage_types", "1.0.0",
    )
    explained = catalog.conn.execute(f"EXPLAIN QUERY PLAN SELECT i.id FROM items i WHERE {where}", params)
    plan = " | ".join(r[3] for r in explained)
    for index in ("ai_tags_label", "review_state_state", "dc_field_value"):
        assert index in plan, plan
    assert "SCAN dc" not in plan and "SCAN ai_tags" not in plan


# --- command line -------------------------------------------------------------------------------


def _run(capsys, *argv) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:
        code = exc.code
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_search_command_prints_json(catalog, capsys):
    db = str(catalog.path)
    code, out, _ = _run(capsys, "catalog", "search", db, "bell", "--json")
    result = json.loads(out)
    assert code == 0 and result["total"] == 1 and result["items"][0]["item"] == 3
    code, out, _ = _run(capsys, "catalog", "search", db, "--tag", "범종", "--min-score", "0.5", "--json")
    assert code == 0 and [h["item"] for h in json.loads(out)["items"]] == [3]
    code, out, _ = _run(capsys, "catalog", "search", db, "--similar", "1", "--limit", "2", "--json")
    hits = json.loads(out)["items"]
    assert code == 0 and len(hits) == 2 and all("similarity" in h for h in hits)
    code, out, _ = _run(capsys, "catalog", "search", db, "--site", "Bulguksa", "--since", "2020", "--state",
                        "unreviewed")
    assert code == 0 and out.startswith("2\t")
    code, out, _ = _run(capsys, "catalog", "search", db, "--duplicates", "--json")
    assert code == 0 and json.loads(out) == {"groups": []}


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--similar", "99"], "no item 99"),
        (["--similar", "6"], "no stored embedding"),
        (["--tag", "spaceship"], "not a known tag"),
        (["--since", "May"], "YYYY"),
        (["--min-score", "1.5"], "between 0 and 1"),
        (["--state", "maybe"], "invalid choice"),
        (["--model", "my_own"], "has not tagged"),
        (["!!!"], "no letters"),
    ],
)
def test_search_command_bad_input_is_one_line_and_exit_2(catalog, capsys, argv, expected):
    code, _, err = _run(capsys, "catalog", "search", str(catalog.path), *argv)
    assert code == 2 and err.count("\n") == 1 and expected in err, err


def test_search_command_refuses_a_missing_catalogue(tmp_path, capsys):
    code, _, err = _run(capsys, "catalog", "search", str(tmp_path / "none.gjcat"), "bell")
    assert code == 2 and "does not exist" in err
