"""The committed manifest of real photos, and materialise's hash check. No .devdata, no network."""

from __future__ import annotations

import csv
import dataclasses
import hashlib
import random
import re
import shutil
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from benchmarks import realdata  # noqa: E402

EXPECTED_COLUMNS = ["source", "commit", "path", "terms", "sha256", "label", "split", "group"]
GROUPS = {"caltech101": {"toyo97/Homework2-Caltech101"}, "bsds500": {"BIDS/BSDS500"},
          "imagenet_sample": {"EliSchwartz/imagenet-sample-images"},
          "multiview": {"openMVG/ImageDataset_SceauxCastle", "mapillary/OpenSfM", "cvg/Hierarchical-Localization",
                        "zju3dv/LoFTR"}}
HEX64 = re.compile(r"[0-9a-f]{64}")


@pytest.fixture(scope="module")
def manifest() -> list[realdata.Row]:
    return realdata.load_manifest()


def test_manifest_has_the_documented_columns():
    with realdata.MANIFEST.open(newline="", encoding="utf-8") as handle:
        assert next(csv.reader(handle)) == EXPECTED_COLUMNS


def test_every_row_is_complete_and_pinned(manifest):
    assert len(manifest) > 9000
    pinned = {source.repo: source.pinned_commit for source in realdata.SOURCES}
    for row in manifest:
        assert HEX64.fullmatch(row.sha256), row
        assert row.terms.strip() and row.label.strip(), row
        assert row.split in ("train", "eval"), row
        assert row.source in GROUPS[row.group], row
        assert row.commit == pinned[row.source], row
    assert len({(row.source, row.path) for row in manifest}) == len(manifest)
    # One terms string per source, so a reader can trust any single row's terms.
    terms = defaultdict(set)
    for row in manifest:
        terms[row.source].add(row.terms)
    assert all(len(values) == 1 for values in terms.values()), terms


def test_bsds_val_and_caltech_background_are_left_out(manifest):
    bsds = [row for row in manifest if row.group == "bsds500"]
    assert len(bsds) == 400
    assert not [row.path for row in bsds if "/val/" in row.path]
    assert all(row.path.split("/")[3] in ("train", "test") for row in bsds)
    caltech_labels = {row.label for row in manifest if row.group == "caltech101"}
    assert "BACKGROUND_Google" not in caltech_labels
    assert {"Faces", "Faces_easy", "pagoda", "buddha", "ewer"} <= caltech_labels
    assert len(caltech_labels) == 101


def test_recorded_split_is_the_one_derived_from_the_paths(manifest):
    strata: dict[tuple[str, ...], dict[str, str]] = defaultdict(dict)
    for row in manifest:
        if realdata.fixed_split(row.group) is None:
            strata[realdata.split_stratum(row.group, row.label)][row.path] = row.split
        else:
            assert row.split == realdata.fixed_split(row.group), row
    for stratum, recorded in strata.items():
        assert realdata.assign_splits(recorded) == recorded, stratum
        assert sum(split == "eval" for split in recorded.values()) == len(recorded) // 2, stratum


def test_split_ignores_input_order_and_keeps_face_crops_with_their_photos(manifest):
    paths = [row.path for row in manifest if row.label == "pagoda"]
    shuffled = paths[:]
    random.Random(7).shuffle(shuffled)
    assert realdata.assign_splits(shuffled) == realdata.assign_splits(paths)
    faces = {row.path.rsplit("/", 1)[1]: row.split for row in manifest if row.label == "Faces"}
    easy = {row.path.rsplit("/", 1)[1]: row.split for row in manifest if row.label == "Faces_easy"}
    assert faces == easy


def test_multiview_places_are_eval_only(manifest):
    places = defaultdict(int)
    for row in manifest:
        if row.group == "multiview":
            assert row.split == "eval", row
            places[row.label] += 1
    # At least five places seen from three or more viewpoints (two references + queries).
    assert sum(count >= 3 for count in places.values()) >= 5, places


def test_rows_filter_and_photo_path(manifest, tmp_path):
    pagoda_eval = realdata.rows(split="eval", labels=["pagoda"])
    assert pagoda_eval and all(row.label == "pagoda" and row.split == "eval" for row in pagoda_eval)
    assert len(realdata.rows(group="bsds500")) == 400
    row = pagoda_eval[0]
    assert realdata.photo_path(row, tmp_path) == tmp_path / "caltech101" / "pagoda" / row.path.rsplit("/", 1)[1]
    with pytest.raises(realdata.RealDataError):
        realdata.photo_path(dataclasses.replace(row, label=".."), tmp_path)


def _tiny_repo(root: Path, data: bytes) -> tuple[Path, str]:
    """A one-commit git repository holding photos/a.jpg; returns (git dir, commit)."""
    root.mkdir()
    (root / "photos").mkdir()
    (root / "photos" / "a.jpg").write_bytes(data)
    git = ["git", "-C", str(root), "-c", "user.name=test", "-c", "user.email=test@example.invalid"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "photos/a.jpg"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "one photo"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    return root / ".git", commit


def _manifest_for(path: Path, commit: str, sha256: str) -> None:
    realdata.write_manifest([realdata.Row("me/tiny", commit, "photos/a.jpg", "test only", sha256, "thing",
                                          "eval", "tiny")], path)


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_materialise_refuses_bytes_that_do_not_match(tmp_path, capsys):
    git_dir, commit = _tiny_repo(tmp_path / "src", b"the real bytes")
    manifest = tmp_path / "manifest.csv"
    _manifest_for(manifest, commit, hashlib.sha256(b"other bytes").hexdigest())
    out = tmp_path / "out"
    code = realdata.main(["--manifest", str(manifest), "materialise", "--mirror", f"me/tiny={git_dir}",
                          "--out", str(out)])
    assert code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "sha256 mismatch" in err
    assert not out.exists() or not any(path.is_file() for path in out.rglob("*"))


@pytest.mark.skipif(shutil.which("git") is None, reason="needs git")
def test_materialise_writes_verified_bytes_once(tmp_path, capsys):
    data = b"the real bytes"
    git_dir, commit = _tiny_repo(tmp_path / "src", data)
    manifest = tmp_path / "manifest.csv"
    _manifest_for(manifest, commit, hashlib.sha256(data).hexdigest())
    out = tmp_path / "out"
    argv = ["--manifest", str(manifest), "materialise", "--mirror", f"me/tiny={git_dir}", "--out", str(out)]
    target = out / "tiny" / "thing" / "a.jpg"
    assert realdata.main(argv) == 0
    assert target.read_bytes() == data
    assert realdata.main(argv) == 0
    assert "0 photos written, 1 already present" in capsys.readouterr().out
    target.write_bytes(b"damaged")
    assert realdata.main(argv) == 0
    assert target.read_bytes() == data
