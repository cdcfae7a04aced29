"""Catalogue import: metadata, idempotence, moves, missing files, resume, time limit, cancel."""

from __future__ import annotations

import io
import os
import shutil

import numpy as np
import pytest
from PIL import Image

from app.catalog.operations import catalog_status, create_catalog, import_paths
from app.domain.errors import Cancelled, InvalidInput
from app.domain.hashing import sha256_file
from app.domain.progress import CancelToken, Progress


def _photo(path, size=(320, 240), seed=0, *, camera=("Canon", "Canon EOS R5"), date="2023:10:05 14:30:00"):
    rng = np.random.default_rng(seed)
    im = Image.fromarray(rng.integers(0, 256, (size[1], size[0], 3), dtype=np.uint8))
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = camera
    exif.get_ifd(0x8769)[0x9003] = date
    im.save(path, exif=exif.tobytes())
    return path


@pytest.fixture
def collection(tmp_path):
    root = tmp_path / "photos"
    (root / "sub" / "deeper").mkdir(parents=True)
    _photo(root / "a.jpg", seed=1)
    _photo(root / "sub" / "b.png", size=(200, 300), seed=2, camera=("NIKON", "D850"), date="2021:01:02 03:04:05")
    _photo(root / "sub" / "deeper" / "c.JPEG", seed=3)
    (root / "notes.txt").write_text("not an image and not picked up from a folder")
    return root


@pytest.fixture
def catalog(tmp_path):
    with create_catalog(tmp_path / "c.gjcat") as catalog:
        yield catalog


def _items(catalog) -> dict[str, dict]:
    return {os.path.basename(r["path"]): dict(r) for r in catalog.conn.execute("SELECT * FROM items")}


def test_import_reads_size_exif_and_thumbnail(catalog, collection):
    before = {p: sha256_file(p) for p in collection.rglob("*") if p.is_file()}
    messages: list[Progress] = []
    summary = import_paths(catalog, [collection], messages.append, workers=2)
    assert (summary.found, summary.added, summary.unreadable) == (3, 3, 0)
    items = _items(catalog)
    assert set(items) == {"a.jpg", "b.png", "c.JPEG"}
    a, b = items["a.jpg"], items["b.png"]
    assert (a["width"], a["height"], a["format"], a["state"]) == (320, 240, "JPEG", "ok")
    assert (a["exif_date"], a["camera"]) == ("2023-10-05T14:30:00", "Canon EOS R5")
    assert (b["width"], b["height"], b["format"]) == (200, 300, "PNG")
    assert (b["exif_date"], b["camera"]) == ("2021-01-02T03:04:05", "NIKON D850")
    assert a["sha256"] == sha256_file(collection / "a.jpg") and a["size"] == (collection / "a.jpg").stat().st_size
    for item in items.values():
        jpeg, width, height = catalog.conn.execute(
            "SELECT jpeg, width, height FROM thumbnails WHERE sha256 = ?", (item["sha256"],)
        ).fetchone()
        thumb = Image.open(io.BytesIO(jpeg))
        assert thumb.format == "JPEG" and thumb.size == (width, height) and max(thumb.size) <= 256
    assert messages[-1].fraction == 1.0 and messages[-1].message.startswith("3/3 files")
    assert "files/s" in messages[-1].message
    assert {p: sha256_file(p) for p in before} == before, "an original was modified"
    assert catalog_status(catalog)["integrity"] == "ok"


def test_reimport_is_idempotent_and_skips_unchanged_files(catalog, collection):
    import_paths(catalog, [collection], workers=1)
    first = {name: row["id"] for name, row in _items(catalog).items()}
    again = import_paths(catalog, [collection, collection / "a.jpg"], workers=1)
    assert (again.found, again.unchanged, again.added, again.read) == (3, 3, 0, 0)
    assert {name: row["id"] for name, row in _items(catalog).items()} == first
    # A touched file (new mtime, same bytes) is read again but stays the same item.
    os.utime(collection / "a.jpg", ns=(1, 1))
    touched = import_paths(catalog, [collection], workers=1)
    assert (touched.read, touched.updated, touched.added) == (1, 1, 0)
    assert {name: row["id"] for name, row in _items(catalog).items()} == first


def test_moved_file_is_relinked_and_a_copy_is_a_duplicate(catalog, collection):
    import_paths(catalog, [collection], workers=1)
    item_id = _items(catalog)["a.jpg"]["id"]
    shutil.move(collection / "a.jpg", collection / "sub" / "renamed.jpg")
    summary = import_paths(catalog, [collection], workers=1)
    assert (summary.relinked, summary.added, summary.missing) == (1, 0, 0)
    items = _items(catalog)
    assert "a.jpg" not in items and items["renamed.jpg"]["id"] == item_id and items["renamed.jpg"]["state"] == "ok"
    shutil.copy(collection / "sub" / "renamed.jpg", collection / "copy.jpg")
    summary = import_paths(catalog, [collection], workers=1)
    assert (summary.duplicates, summary.added) == (1, 0)
    assert len(_items(catalog)) == 3
    paths = [r[0] for r in catalog.conn.execute("SELECT path FROM files WHERE item_id = ?", (item_id,))]
    assert sorted(os.path.basename(p) for p in paths) == ["copy.jpg", "renamed.jpg"]


def test_deleted_file_becomes_missing_and_keeps_its_tags(catalog, collection):
    import_paths(catalog, [collection], workers=1)
    item_id = _items(catalog)["b.png"]["id"]
    catalog.conn.execute(
        "INSERT INTO ai_tags (item_id, model_id, model_version, model_sha256, label, score, created_at) "
        "VALUES (?, 'tagger', '1', 'ff', 'dabotap', 0.9, 't')",
        (item_id,),
    )
    catalog.conn.execute(
        "INSERT INTO decisions (item_id, label, action, decided_by, decided_at) "
        "VALUES (?, 'dabotap', 'accepted', 'lee', 't')",
        (item_id,),
    )
    (collection / "sub" / "b.png").unlink()
    summary = import_paths(catalog, [collection], workers=1)
    assert summary.missing == 1
    row = _items(catalog)["b.png"]
    assert row["id"] == item_id and row["state"] == "missing" and "no longer" in row["reason"]
    assert catalog.conn.execute("SELECT label FROM ai_tags WHERE item_id = ?", (item_id,)).fetchall()[0][0] == "dabotap"
    assert catalog.conn.execute("SELECT COUNT(*) FROM decisions WHERE item_id = ?", (item_id,)).fetchone()[0] == 1
    status = catalog_status(catalog)
    assert (status["items"], status["missing"], status["integrity"]) == (3, 1, "ok")
    # The picture comes back somewhere else: the same item is found again, with its tags.
    _photo(collection / "back.png", size=(200, 300), seed=2, camera=("NIKON", "D850"), date="2021:01:02 03:04:05")
    summary = import_paths(catalog, [collection], workers=1)
    assert summary.relinked == 1
    assert _items(catalog)["back.png"]["id"] == item_id and _items(catalog)["back.png"]["state"] == "ok"


def test_files_outside_the_imported_folder_are_not_marked_missing(catalog, collection, tmp_path):
    import_paths(catalog, [collection / "sub"], workers=1)
    other = tmp_path / "other"
    other.mkdir()
    _photo(other / "x.jpg", seed=9)
    assert import_paths(catalog, [other], workers=1).missing == 0
    assert catalog_status(catalog)["missing"] == 0


def test_slow_file_is_cut_off_recorded_and_retried_next_time(catalog, tmp_path):
    big = tmp_path / "big.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (2000, 2000, 3), dtype=np.uint8)).save(big)
    digest = sha256_file(big)
    summary = import_paths(catalog, [big], per_file_timeout_s=0.001, workers=1)
    row = _items(catalog)["big.png"]
    assert summary.unreadable == 1 and row["state"] == "unreadable" and "took longer" in row["reason"]
    assert row["sha256"] == digest
    retried = import_paths(catalog, [big], workers=1)
    assert retried.read == 1 and _items(catalog)["big.png"]["state"] == "ok"
    assert _items(catalog)["big.png"]["id"] == row["id"]


def test_cancel_keeps_finished_work_and_the_next_run_resumes(catalog, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(12):
        _photo(folder / f"p{i:02d}.jpg", size=(64, 48), seed=100 + i)
    token = CancelToken()

    def cancel_after_first(p: Progress) -> None:
        if p.message.split("/")[0] not in ("0",):
            token.cancel()

    with pytest.raises(Cancelled):
        import_paths(catalog, [folder], cancel_after_first, token, workers=1)
    done = catalog_status(catalog)["items"]
    assert 1 <= done < 12
    resumed = import_paths(catalog, [folder], workers=1)
    assert resumed.unchanged == done and resumed.added == 12 - done
    assert catalog_status(catalog)["items"] == 12


def test_bad_arguments_are_refused_before_anything_happens(catalog, tmp_path):
    with pytest.raises(InvalidInput, match="does not exist"):
        import_paths(catalog, [tmp_path / "absent"])
    with pytest.raises(InvalidInput, match="No files"):
        import_paths(catalog, [])
    assert catalog_status(catalog)["items"] == 0


def test_special_file_named_like_an_image_does_not_hang(catalog, tmp_path):
    if not hasattr(os, "mkfifo"):
        pytest.skip("no FIFOs on this platform")
    fifo = tmp_path / "pipe.jpg"
    os.mkfifo(fifo)
    summary = import_paths(catalog, [fifo], per_file_timeout_s=5, workers=1)
    assert summary.unreadable == 1 and "not a regular file" in _items(catalog)["pipe.jpg"]["reason"]
