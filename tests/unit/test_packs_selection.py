"""pack create from a selection (catalogue items, taught models, scripts), script validation, and pack export."""

from __future__ import annotations

import zipfile

import pytest
from pack_fixtures import SCRIPT, make_source, snapshot
from PIL import Image
from presentation_fixtures import picture

from app.catalog.database import create_catalog
from app.catalog.importer import import_paths
from app.cli import main
from app.packs import operations

SELECTION_SCRIPT = """\
[show]
languages = ["ko", "en"]
title = {{ ko = "우리 소장품", en = "Our collection" }}

[[step]]
kind = "restore"
image = "images/item-{item}.png"
captions = {{ ko = "복원", en = "Restoration" }}

[[step]]
kind = "closing"
url = "https://gyeongju.museum.go.kr"
captions = {{ ko = "감사합니다", en = "Thank you" }}
"""


@pytest.fixture
def catalogue(tmp_path, app_home):
    photos = tmp_path / "photos"
    photos.mkdir()
    Image.fromarray(picture(1)).save(photos / "old.png")
    Image.fromarray(picture(2)).save(photos / "stone.png")
    db = tmp_path / "museum.gjcat"
    with create_catalog(db) as catalog:
        import_paths(catalog, [photos], workers=1)
        ids = {row[1].rsplit("/", 1)[-1]: row[0] for row in catalog.conn.execute("SELECT id, path FROM items")}
    return db, ids


def test_create_from_catalogue_items_and_a_script(tmp_path, catalogue, capsys):
    db, ids = catalogue
    script = tmp_path / "show.toml"
    script.write_text(SELECTION_SCRIPT.format(item=ids["old.png"]), encoding="utf-8")
    out = tmp_path / "chosen.gjpack"
    code = main(
        [
            "pack",
            "create",
            "--from-catalog",
            str(db),
            "--item",
            str(ids["old.png"]),
            "--item",
            str(ids["stone.png"]),
            "--script",
            str(script),
            "--id",
            "our-collection",
            "--title",
            "ko=우리 소장품",
            "--title",
            "en=Our collection",
            "--institution",
            "Gyeongju National Museum",
            "--licence",
            "CC-BY-4.0",
            str(out),
        ]
    )
    assert code == 0, capsys.readouterr().err
    manifest = operations.verify(out).manifest
    assert manifest.title == {"ko": "우리 소장품", "en": "Our collection"}
    assert {f.path: f.role for f in manifest.files} == {
        f"images/item-{ids['old.png']}.png": "image",
        f"images/item-{ids['stone.png']}.png": "image",
        "scripts/show.toml": "script",
    }
    assert all(f.credit == "Gyeongju National Museum" for f in manifest.files)


def test_a_bad_script_is_one_sentence_exit_2_and_nothing_written(tmp_path, catalogue, capsys):
    db, ids = catalogue
    script = tmp_path / "show.toml"
    script.write_text(
        SELECTION_SCRIPT.format(item=ids["old.png"]).replace('en = "Thank you"', 'fr = "Merci"'), encoding="utf-8"
    )
    out = tmp_path / "chosen.gjpack"
    before = snapshot(tmp_path)
    code = main(
        [
            "pack",
            "create",
            "--from-catalog",
            str(db),
            "--item",
            str(ids["old.png"]),
            "--script",
            str(script),
            "--id",
            "x",
            "--title",
            "X",
            "--institution",
            "M",
            "--licence",
            "CC0",
            str(out),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1
    assert "show.toml" in err and "line 13" in err and "“en”" in err
    assert snapshot(tmp_path) == before

    # A script naming a picture the pack does not carry is refused too, by folder as by selection.
    src = make_source(tmp_path / "src")
    (src / "scripts" / "show.toml").write_text(
        SCRIPT.replace("images/bell.png", "images/missing.png"), encoding="utf-8"
    )
    assert main(["pack", "create", str(src), str(tmp_path / "folder.gjpack")]) == 2
    assert "images/missing.png" in capsys.readouterr().err
    assert not (tmp_path / "folder.gjpack").exists()


def test_selection_needs_id_title_and_the_catalogue(tmp_path, capsys):
    assert main(["pack", "create", "--item", "3", "--id", "x", "--title", "X", str(tmp_path / "o.gjpack")]) == 2
    assert "--from-catalog" in capsys.readouterr().err
    assert main(["pack", "create", "--script", str(tmp_path / "s.toml"), str(tmp_path / "o.gjpack")]) == 2
    assert "--id" in capsys.readouterr().err


def test_export_keeps_the_installed_bytes_and_leaves_the_cache_behind(tmp_path, app_home, capsys):
    src = make_source(tmp_path / "src")
    built = tmp_path / "demo.gjpack"
    operations.create(src, built)
    pack = operations.install(built, confirm_unsigned=True)
    (pack.path / "cache" / "2-restore").mkdir(parents=True)
    (pack.path / "cache" / "2-restore" / "result.json").write_text("{}")
    out = tmp_path / "again.gjpack"
    assert main(["pack", "export", "bulguksa-demo", str(out)]) == 0
    with zipfile.ZipFile(out) as zf, zipfile.ZipFile(built) as original:
        assert sorted(zf.namelist()) == sorted(original.namelist())
        assert zf.read("manifest.json") == original.read("manifest.json")
    (pack.path / "images" / "bell.png").write_bytes(b"changed")
    assert main(["pack", "export", "bulguksa-demo@1.0.0", str(tmp_path / "changed.gjpack")]) == 2
    assert "changed on this computer" in capsys.readouterr().err
    assert not (tmp_path / "changed.gjpack").exists()
