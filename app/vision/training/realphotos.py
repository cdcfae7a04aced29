"""Real photographs for the restoration recipes, from the project's manifest of licence-clean photos.

The manifest ``benchmarks/data/real_photos.csv`` (source, commit, path, terms, sha256, label,
split, group; see ``benchmarks/realdata.py``) fixes a ``train`` / ``eval`` split per photo. The
photos themselves live in the git-ignored ``.devdata/real/<group>/<label>/<file>`` of a
development checkout; without them these sets are empty and the recipes refuse to run.

Rules kept here:

* only ``train`` rows are ever trained on; ``eval`` rows only judge (:func:`eval_photos`);
* a **validation part of train** (a fixed 5 % by sha256, :func:`split_train`) is held back from
  the optimiser: checkpoints and thresholds are chosen on it, never on ``eval``;
* only groups whose terms allow training (CC BY 4.0 Caltech-101, research-terms BSDS500
  train/test and ImageNet samples); the ``multiview`` group is eval-only.
"""

from __future__ import annotations

import csv
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from app.domain.errors import InvalidInput
from app.vision.training.data import PhotoSet

REPO_ROOT = Path(__file__).resolve().parents[3]
MANIFEST = REPO_ROOT / "benchmarks" / "data" / "real_photos.csv"
PHOTO_ROOT = REPO_ROOT / ".devdata" / "real"
TRAINABLE_GROUPS = ("bsds500", "imagenet_sample", "caltech101")
VALIDATION_SHARE = 0.05


@dataclass(frozen=True)
class RealRow:
    """One manifest row (the columns the recipes need)."""

    source: str
    commit: str
    path: str
    terms: str
    sha256: str
    label: str
    split: str
    group: str

    @property
    def file(self) -> Path:
        return PHOTO_ROOT / self.group / self.label / self.path.rsplit("/", 1)[-1]

    @property
    def name(self) -> str:
        return f"real:{self.group}:{self.path}"


def manifest_rows(manifest: Path | None = None) -> list[RealRow]:
    """Every row of the manifest (default :data:`MANIFEST`) whose photo is present on this machine."""
    manifest = manifest or MANIFEST
    if not manifest.exists():
        return []
    with manifest.open(newline="", encoding="utf-8") as handle:
        rows = [RealRow(**{k: record[k] for k in RealRow.__dataclass_fields__}) for record in csv.DictReader(handle)]
    return [row for row in rows if row.file.exists()]


def _order(row: RealRow, salt: str) -> str:
    return hashlib.sha256(f"{salt}:{row.sha256}".encode()).hexdigest()


def split_train(rows: Sequence[RealRow]) -> tuple[list[RealRow], list[RealRow]]:
    """``train`` rows → (rows to train on, validation rows held back), fixed by sha256."""
    train = sorted(
        (r for r in rows if r.split == "train" and r.group in TRAINABLE_GROUPS), key=lambda r: _order(r, "validation")
    )
    count = int(round(VALIDATION_SHARE * len(train)))
    return train[count:], train[:count]


def choose(rows: Sequence[RealRow], per_group: dict[str, int], min_side: int = 0) -> list[RealRow]:
    """Up to ``per_group[group]`` rows of each group (fixed order), optionally at least ``min_side`` px."""
    chosen: list[RealRow] = []
    for group, count in per_group.items():
        candidates = sorted((r for r in rows if r.group == group), key=lambda r: _order(r, "choice"))
        taken = 0
        for row in candidates:
            if taken >= count:
                break
            if min_side and min(_size(row.file)) < min_side:
                continue
            chosen.append(row)
            taken += 1
    return chosen


def _size(path: Path) -> tuple[int, int]:
    from PIL import Image

    with Image.open(path) as image:
        return image.size


def load_rows(rows: Sequence[RealRow]) -> PhotoSet:
    """The photos of ``rows`` as RGB uint8 arrays (greyscale files are stacked to RGB)."""
    from PIL import Image

    images = []
    for row in rows:
        with Image.open(row.file) as image:
            images.append(np.asarray(image.convert("RGB"), dtype=np.uint8).copy())
    return PhotoSet(tuple(r.name for r in rows), tuple(images))


def train_and_validation(
    per_group: dict[str, int], val_per_group: dict[str, int], min_side: int = 0
) -> tuple[list[RealRow], list[RealRow]]:
    """Rows to train on and validation rows (both from the ``train`` split); refuses without photos."""
    train, validation = split_train(manifest_rows())
    if not train:
        raise InvalidInput(
            "The real-photo recipes need the photos of benchmarks/data/real_photos.csv in .devdata/real "
            "(python -m benchmarks.realdata materialise)."
        )
    return choose(train, per_group, min_side), choose(validation, val_per_group, min_side)


def eval_rows(per_group: dict[str, int], min_side: int = 0) -> list[RealRow]:
    """Held-out rows of the ``eval`` split (never trained on, never used to choose anything)."""
    rows = [r for r in manifest_rows() if r.split == "eval" and r.group in TRAINABLE_GROUPS]
    return choose(rows, per_group, min_side)


def write_manifest(rows: Sequence[RealRow], role: str, path: Path) -> None:
    """Record which photos a run used: role, source, commit, path, terms, sha256, split."""
    new = not path.exists()
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("a", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        if new:
            writer.writerow(["role", "source", "commit", "path", "terms", "sha256", "split", "group"])
        for r in rows:
            writer.writerow([role, r.source, r.commit, r.path, r.terms, r.sha256, r.split, r.group])
