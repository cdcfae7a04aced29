"""XMP sidecars, read back by an independent reader: exiv2 (through pyexiv2, a test-only extra)."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pyexiv2  # the independent reader: a test-only extra (GPL), never imported by the app
import pytest
from catalog_export_helpers import HOSTILE, MODEL, TITLES, add_item, new_catalog, photo

from app.catalog.exports.run import export_catalog
from app.catalog.exports.text import clean_text
from app.content.taxonomy import load_taxonomy


def _read(path) -> dict:
    image = pyexiv2.Image(str(path))
    try:
        return image.read_xmp()
    finally:
        image.close()


def _names(subject_id: str) -> dict[str, str]:
    return dict(load_taxonomy().subject_by_id(subject_id).names.pairs)


def test_sidecar_carries_keywords_hierarchy_titles_and_provenance(tmp_path, originals):
    (tmp_path / "photos").mkdir()
    source = originals.register(photo(tmp_path / "photos" / "IMG.jpg"))
    catalog = new_catalog(tmp_path)
    add_item(
        catalog, source,
        dc=(*TITLES, ("description", "ko", "불국사 석가탑"), ("description", "en", "Seokgatap at Bulguksa"),
            ("creator", "", "Kim Photographer")),
        ai=[("seokgatap", 0.91), ("dabotap", 0.42), ("bell", 0.2)],
        decisions=[("seokgatap", "accepted"), ("bell", "rejected")],
    )
    summary = export_catalog(catalog, "xmp", tmp_path / "out")
    assert (summary.exported, summary.skipped) == (1, [])
    xmp = _read(tmp_path / "out" / "IMG.xmp")

    seokgatap, dabotap = _names("seokgatap"), _names("dabotap")
    assert set(seokgatap.values()) <= set(xmp["Xmp.dc.subject"])  # the curated tag, in all four languages
    assert "Kim Photographer" in xmp["Xmp.dc.creator"]
    assert not set(dabotap.values()) & set(xmp["Xmp.dc.subject"])  # a suggestion is no plain keyword
    assert xmp["Xmp.lr.hierarchicalSubject"] == [
        f"Heritage|Pagoda|{seokgatap['en']}", f"AI suggestions|Heritage|Pagoda|{dabotap['en']}",
    ]
    assert xmp["Xmp.digiKam.TagsList"] == [
        f"Heritage/Pagoda/{seokgatap['en']}", f"AI suggestions/Heritage/Pagoda/{dabotap['en']}",
    ]
    assert not any("Temple bell" in k or "범종" in k for k in xmp["Xmp.dc.subject"])  # rejected: gone
    titles = {key.split('"')[1]: value for key, value in xmp["Xmp.dc.title"].items()}
    assert titles == {"x-default": "Seokgatap, south face", "ko": "석가탑 남면", "en": "Seokgatap, south face",
                      "zh": "释迦塔南面", "ja": "釈迦塔の南面"}
    assert {k.split('"')[1] for k in xmp["Xmp.dc.description"]} == {"x-default", "ko", "en"}

    tag = {key.rsplit(":", 1)[1]: value for key, value in xmp.items() if key.startswith("Xmp.gjai.tags[1]/")}
    assert tag["label"] == "seokgatap" and tag["status"] == "accepted" and float(tag["score"]) == pytest.approx(0.91)
    assert (tag["modelId"], tag["modelVersion"], tag["modelSha256"]) == MODEL
    assert tag["decidedBy"] == "curator kim" and tag["taggedAt"].startswith("2026-03-01")
    assert xmp["Xmp.gjai.tags[2]/gjai:status"] == "suggested" and xmp["Xmp.gjai.tags[2]/gjai:label"] == "dabotap"
    assert xmp["Xmp.gjai.rejected[1]/gjai:label"] == "bell"
    assert xmp["Xmp.gjai.itemSha256"] == originals.hashes[source]


def test_sidecar_names_never_collide_or_replace_foreign_files(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
    catalog = new_catalog(tmp_path)
    add_item(catalog, photo(tmp_path / "a" / "IMG.jpg", 40, 30))
    add_item(catalog, photo(tmp_path / "a" / "IMG.png", 41, 30))
    third = add_item(catalog, photo(tmp_path / "b" / "IMG.jpg", 42, 30))
    out = tmp_path / "out"
    out.mkdir()
    (out / "IMG.xmp").write_text("a Lightroom sidecar the curator made")  # not ours: must survive
    export_catalog(catalog, "xmp", out)
    names = sorted(p.name for p in out.glob("*.xmp"))
    sha = catalog.conn.execute("SELECT sha256 FROM items WHERE id = ?", (third,)).fetchone()[0]
    assert (out / "IMG.xmp").read_text() == "a Lightroom sidecar the curator made"
    assert names == sorted(["IMG.xmp", "IMG.jpg.xmp", "IMG.png.xmp", f"IMG-{sha[:8]}.xmp"])
    before = {p.name: p.read_bytes() for p in out.glob("*.xmp")}
    export_catalog(catalog, "xmp", out)  # a re-export replaces its own files under the same names
    assert sorted(p.name for p in out.glob("*.xmp")) == names
    assert (out / "IMG.xmp").read_bytes() == before["IMG.xmp"]
    assert not [p for p in out.iterdir() if p.name.startswith(".")]  # no temporary files left


def test_hostile_values_give_well_formed_sidecars(tmp_path):
    (tmp_path / "p").mkdir()
    catalog = new_catalog(tmp_path)
    for n, value in enumerate(HOSTILE):
        add_item(catalog, photo(tmp_path / "p" / f"{n}.jpg", 40 + n, 30),
                 dc=[("title", "", value), ("description", "ko", value), ("creator", "", value),
                     ("title", "x\"<bad lang>", value)],
                 ai=[("<label & \"quote\">|/", 0.5)], decisions=[("<label & \"quote\">|/", "accepted")])
    export_catalog(catalog, "xmp", tmp_path / "out")
    for n, value in enumerate(HOSTILE):
        path = tmp_path / "out" / f"{n}.xmp"
        ET.fromstring(path.read_bytes().split(b"?>", 1)[1].rsplit(b"<?xpacket", 1)[0])  # well-formed XML
        xmp = _read(path)
        text = value.decode("utf-8", "replace") if isinstance(value, bytes) else value
        expected = clean_text(text)
        assert xmp["Xmp.dc.title"]['lang="x-default"'].replace("\r\n", "\n") == expected.replace("\r\n", "\n")
        assert xmp["Xmp.dc.description"]['lang="ko"'].replace("\r\n", "\n") == expected.replace("\r\n", "\n")
        assert xmp["Xmp.lr.hierarchicalSubject"] == ["<label & \"quote\">\u00a6/"]
        assert xmp["Xmp.digiKam.TagsList"] == ["<label & \"quote\">|\u2215"]
    assert len(HOSTILE[-1]) == 10_000
