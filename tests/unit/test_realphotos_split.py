"""The real-photo recipes train only on the manifest's train split and judge only on eval."""

from __future__ import annotations

import csv

import numpy as np
import pytest
from PIL import Image

from app.domain.errors import InvalidInput
from app.vision.training import realphotos


@pytest.fixture()
def manifest(tmp_path, monkeypatch):
    root = tmp_path / "real"
    monkeypatch.setattr(realphotos, "PHOTO_ROOT", root)
    path = tmp_path / "real_photos.csv"
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["source", "commit", "path", "terms", "sha256", "label", "split", "group"])
        for i in range(80):
            group = ("bsds500", "imagenet_sample", "multiview", "caltech101")[i % 4]
            split = "eval" if i % 3 == 0 or group == "multiview" else "train"
            name = f"p{i}.jpg"
            writer.writerow(["src", "c0", f"dir/{name}", "terms", f"{i:064x}", "lab", split, group])
            (root / group / "lab").mkdir(parents=True, exist_ok=True)
            Image.fromarray(np.full((40 + i, 300, 3), i, np.uint8)).save(root / group / "lab" / name)
    monkeypatch.setattr(realphotos, "MANIFEST", path)
    return path


def test_validation_and_training_come_from_train_only(manifest):
    rows = realphotos.manifest_rows(manifest)
    train, validation = realphotos.split_train(rows)
    assert train and validation
    assert all(r.split == "train" and r.group in realphotos.TRAINABLE_GROUPS for r in train + validation)
    assert not {r.sha256 for r in train} & {r.sha256 for r in validation}
    judged = realphotos.eval_rows({"bsds500": 50, "caltech101": 50, "imagenet_sample": 50})
    assert judged and all(r.split == "eval" for r in judged)
    assert not {r.sha256 for r in judged} & {r.sha256 for r in train + validation}


def test_choice_is_fixed_and_respects_the_minimum_side(manifest):
    rows = realphotos.manifest_rows(manifest)
    first = realphotos.choose(rows, {"bsds500": 3}, min_side=80)
    assert first == realphotos.choose(list(reversed(rows)), {"bsds500": 3}, min_side=80)
    assert all(min(realphotos._size(r.file)) >= 80 for r in first)
    photos = realphotos.load_rows(first)
    assert all(im.dtype == np.uint8 and im.shape[2] == 3 for im in photos.images)


def test_no_photos_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(realphotos, "MANIFEST", tmp_path / "missing.csv")
    with pytest.raises(InvalidInput):
        realphotos.train_and_validation({"bsds500": 1}, {"bsds500": 1})
