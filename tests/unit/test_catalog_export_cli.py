"""``gyeongju-ai catalog export``: exit codes, one-line errors, progress, and untouched originals."""

from __future__ import annotations

import json

import pytest
from catalog_export_helpers import photo

from app.catalog.exports.outputs import MARKER
from app.cli import main


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err
    assert err.startswith("gyeongju-ai") and err.count("\n") == 1, err
    return err


def test_import_then_every_format_leaves_the_originals_alone(tmp_path, capsys, originals):
    photos = tmp_path / "photos"
    photos.mkdir()
    originals.register(photo(photos / "a.jpg", 700, 300))
    originals.register(photo(photos / "b.png", 30, 20))
    originals.bytes("photos/broken.jpg", b"\xff\xd8\xff not really a JPEG")
    db = tmp_path / "c.gjcat"
    assert main(["catalog", "create", str(db)]) == 0
    assert main(["catalog", "import", str(db), str(photos), "--workers", "1"]) == 0
    capsys.readouterr()
    for fmt in ("xmp", "dc-csv", "dc-json", "iiif"):
        # Exporting next to the originals is allowed: nothing there is ever replaced.
        out = photos if fmt == "xmp" else tmp_path / fmt
        assert main(["catalog", "export", str(db), "--format", fmt, str(out)]) == 0
        captured = capsys.readouterr()
        assert captured.out.startswith(f"exported 2 of 3 items as {fmt}"), captured.out
        assert "gyeongju-ai: skipped" in captured.err and "broken.jpg" in captured.err
        assert "items exported" in captured.err  # the progress line
        report = json.loads((out / MARKER).read_text(encoding="utf-8"))
        assert report["exported"] == 2 and report["skipped"][0]["path"].endswith("broken.jpg")
    assert sorted(p.name for p in photos.glob("*.xmp")) == ["a.xmp", "b.xmp"]
    assert (tmp_path / "dc-csv" / "dublin-core.csv").is_file() and (tmp_path / "iiif" / "collection.json").is_file()


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["--format", "pdf", "{db}", "{tmp}/out"], "invalid choice"),
        (["{db}", "{tmp}/out"], "required"),
        (["--format", "xmp", "{tmp}/notes.txt", "{tmp}/out"], "not a Gyeongju Heritage AI catalogue"),
        (["--format", "xmp", "{tmp}/absent.gjcat", "{tmp}/out"], "does not exist"),
        (["--format", "xmp", "{db}", "{tmp}/notes.txt"], "is a file"),
        (["--format", "xmp", "{db}", "{tmp}/no/such/out"], "does not exist"),
        (["--format", "iiif", "{db}", "{tmp}/out", "--base-url", "ftp://x/"], "base URL"),
        (["--format", "iiif", "{db}", "{tmp}/out", "--base-url", "http://x/a b/"], "base URL"),
        (["--format", "xmp", "{db}", "{tmp}/out", "--min-score", "2"], "between 0 and 1"),
        (["--format", "iiif", "{db}", "{tmp}/foreign"], "did not write"),
        (["--format", "dc-json", "{db}", "{tmp}/marked"], "did not write"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(tmp_path, capsys, argv, expected):
    db = tmp_path / "good.gjcat"
    assert main(["catalog", "create", str(db)]) == 0
    (tmp_path / "notes.txt").write_text("just some notes\n")
    (tmp_path / "foreign").mkdir()
    (tmp_path / "foreign" / "collection.json").write_text("{}")  # someone else's file
    (tmp_path / "marked").mkdir()
    (tmp_path / "marked" / MARKER).write_text("not ours")
    capsys.readouterr()
    args = [a.format(db=db, tmp=tmp_path) for a in argv]
    with pytest.raises(SystemExit) as exit_info:
        raise SystemExit(main(["catalog", "export", *args]))
    assert exit_info.value.code == 2
    assert expected in _one_line_error(capsys)
    assert (tmp_path / "foreign" / "collection.json").read_text() == "{}"
