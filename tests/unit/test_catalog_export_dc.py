"""Dublin Core CSV and JSON, read back with Python's csv and json modules."""

from __future__ import annotations

import csv
import json

import pytest
from catalog_export_helpers import HOSTILE, TITLES, add_item, new_catalog, photo

from app.catalog.exports.run import CSV_NAME, JSON_NAME, export_catalog
from app.catalog.exports.text import clean_text
from app.content.taxonomy import load_taxonomy
from app.domain.errors import Cancelled
from app.domain.progress import CancelToken


def _rows(path, encoding="utf-8") -> list[dict[str, str]]:
    with open(path, encoding=encoding, newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def catalog(tmp_path):
    (tmp_path / "p").mkdir()
    catalog = new_catalog(tmp_path)
    add_item(
        catalog, photo(tmp_path / "p" / "a.jpg"),
        dc=(*TITLES, ("subject", "", "south face"), ("subject", "ko", "남면"), ("coverage", "", "Bulguksa, Gyeongju"),
            ("rights", "", "CC BY 4.0"), ("date", "", "2025-10-31"), ("title", "fr", "Seokgatap, face sud")),
        ai=[("seokgatap", 0.91), ("dabotap", 0.42), ("bell", 0.3)],
        decisions=[("seokgatap", "accepted"), ("bell", "rejected"), ("gyerim", "added")],
    )
    add_item(catalog, tmp_path / "p" / "gone.jpg", state="missing")
    add_item(catalog, tmp_path / "p" / "bad.jpg", state="unreadable", reason="the file is empty")
    return catalog


def test_csv_has_dcterms_headers_language_columns_and_joined_subjects(tmp_path, catalog):
    summary = export_catalog(catalog, "dc-csv", tmp_path / "out")
    raw = (tmp_path / "out" / CSV_NAME).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.startswith(b"dcterms:identifier,")  # Omeka: no BOM
    rows = _rows(tmp_path / "out" / CSV_NAME)
    assert len(rows) == 1 and summary.exported == 1
    assert [s.reason for s in summary.skipped] == [
        "its file was missing at the last import", "it could not be read when imported (the file is empty)",
    ]
    row = rows[0]
    for header in ("dcterms:title", "dcterms:title @ko", "dcterms:title @ja", "dcterms:description",
                   "dcterms:subject", "dcterms:date", "dcterms:created", "dcterms:coverage", "dcterms:rights",
                   "dcterms:source", "dcterms:creator", "dcterms:identifier", "dcterms:title @fr"):
        assert header in row
    assert row["dcterms:title"] == "Seokgatap, south face" and row["dcterms:title @zh"] == "释迦塔南面"
    assert row["dcterms:title @fr"] == "Seokgatap, face sud"
    taxonomy = load_taxonomy()
    seokgatap, gyerim = (dict(taxonomy.subject_by_id(s).names.pairs) for s in ("seokgatap", "gyerim"))
    assert row["dcterms:subject @ko"].split("|") == ["남면", seokgatap["ko"], gyerim["ko"]]
    assert row["dcterms:subject @en"].split("|") == [seokgatap["en"], gyerim["en"]]
    assert row["dcterms:subject"] == "south face"
    assert "Temple bell" not in raw.decode() and "범종" not in raw.decode()  # rejected
    assert row["gjai:aiSuggestions"] == f"{dict(taxonomy.subject_by_id('dabotap').names.pairs)['en']} (0.42)"
    assert row["dcterms:coverage"] == "Bulguksa, Gyeongju" and row["dcterms:created"] == "2025-10-31T14:05:00"
    assert row["dcterms:format"] == "image/jpeg" and row["dcterms:identifier"] == row["gjai:sha256"]


def test_csv_bom_for_excel(tmp_path, catalog):
    export_catalog(catalog, "dc-csv", tmp_path / "out", csv_bom=True)
    assert (tmp_path / "out" / CSV_NAME).read_bytes().startswith(b"\xef\xbb\xbfdcterms:identifier")
    assert _rows(tmp_path / "out" / CSV_NAME, "utf-8-sig")[0]["dcterms:title @ko"] == "석가탑 남면"


def test_json_is_lossless_with_provenance(tmp_path, catalog):
    export_catalog(catalog, "dc-json", tmp_path / "out")
    records = json.loads((tmp_path / "out" / JSON_NAME).read_text(encoding="utf-8"))
    assert isinstance(records, list) and len(records) == 1
    record = records[0]
    assert {"value": "석가탑 남면", "language": "ko"} in record["dc"]["title"]
    assert {"value": "Seokgatap, south face", "language": None} in record["dc"]["title"]
    tags = {t["label"]: t for t in record["tags"]}
    assert tags["seokgatap"]["status"] == "accepted" and tags["seokgatap"]["model"]["id"] == "heritage_types"
    assert tags["seokgatap"]["decision"]["decided_by"] == "curator kim" and tags["seokgatap"]["score"] == 0.91
    assert tags["dabotap"]["status"] == "suggested" and tags["dabotap"]["decision"] is None
    assert tags["gyerim"]["status"] == "added" and tags["gyerim"]["model"] is None
    assert tags["seokgatap"]["hierarchy"][:2] == ["Heritage", "Pagoda"]
    assert [t["label"] for t in record["rejected"]] == ["bell"]


def test_hostile_values_round_trip_through_csv_and_json(tmp_path):
    (tmp_path / "p").mkdir()
    catalog = new_catalog(tmp_path)
    for n, value in enumerate(HOSTILE):
        add_item(catalog, photo(tmp_path / "p" / f"{n}.jpg", 40 + n, 30),
                 dc=[("title", "", value), ("description", "ko", value), ("coverage", "zz-bad lang!", value)])
    export_catalog(catalog, "dc-csv", tmp_path / "csv")
    export_catalog(catalog, "dc-json", tmp_path / "json")
    rows = _rows(tmp_path / "csv" / CSV_NAME)
    records = json.loads((tmp_path / "json" / JSON_NAME).read_text(encoding="utf-8"))
    assert len(rows) == len(records) == len(HOSTILE)
    for row, record, value in zip(rows, records, HOSTILE, strict=True):
        expected = clean_text(value.decode("utf-8", "replace") if isinstance(value, bytes) else value)
        assert row["dcterms:description @ko"] == expected.replace("|", "\u00a6")
        assert row["dcterms:coverage"] == expected.replace("|", "\u00a6")  # a bad language tag counts as none
        assert record["dc"]["title"] == [{"value": expected, "language": None}]
        assert "\x00" not in row["dcterms:title"] and "\ud800" not in record["dc"]["title"][0]["value"]


def test_cancel_keeps_no_half_written_file(tmp_path, catalog):
    token = CancelToken()

    def cancel_at_once(_progress) -> None:
        token.cancel()

    with pytest.raises(Cancelled):
        export_catalog(catalog, "dc-csv", tmp_path / "out", cancel_at_once, token)
    assert list((tmp_path / "out").iterdir()) == []
