"""The reference gallery on disk: one folder per subject under ``<data>/subjects/``.

Layout of ``<data>/subjects/<id>/`` (``GYEONGJU_AI_HOME`` moves ``<data>``)::

    subject.json            id, names, type, views, backbone, and one record per reference photo
    embeddings-<tag>.npy    float32 (references, views, 1280): pooled backbone features
    thumbs/<sha16>.jpg      a ≤ 384 px JPEG per reference, for the Studio and the kiosk

The original photo is never copied or modified: the record keeps its path and sha256 (so a moved
or edited original can be recognised), who added it and when. A save is one atomic commit: the new
embeddings go to a *new* file name and thumbnails to new files, then ``subject.json`` (which names
the embeddings file) replaces the old one with ``os.replace``; only then are files no record
names any more deleted. A crash at any point leaves the old subject or the new one, never a mix.

numpy only: listing or removing subjects never loads torch.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import secrets
import shutil
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

from app.config.paths import app_paths
from app.domain.errors import InvalidInput
from app.domain.ids import check_id, child_path
from app.imaging.atomic import atomic_output, atomic_write_bytes

log = logging.getLogger(__name__)

#: Layout version of ``subject.json``.
GALLERY_VERSION = 1
RECORD_NAME = "subject.json"
THUMBS_DIR = "thumbs"
#: Long side of the stored thumbnail of a reference photo.
THUMB_SIDE = 384


def gallery_dir() -> Path:
    """``<data>/subjects`` of this installation (not created here)."""
    return app_paths().data_dir / "subjects"


@dataclass(frozen=True)
class Reference:
    """One reference photo: where its original was, its content hash, its thumbnail, who added it."""

    sha256: str
    path: str
    thumbnail: str  # relative to the subject's folder
    added_by: str
    added_at: str  # ISO 8601, UTC
    width: int
    height: int
    #: Who made the photo (photographer, archive) and under which licence, when the curator recorded it.
    credit: str = ""
    licence: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "sha256": self.sha256,
            "path": self.path,
            "thumbnail": self.thumbnail,
            "added_by": self.added_by,
            "added_at": self.added_at,
            "width": self.width,
            "height": self.height,
            "credit": self.credit,
            "licence": self.licence,
        }

    @classmethod
    def from_json(cls, item: dict[str, Any]) -> Reference:
        return cls(
            sha256=str(item["sha256"]),
            path=str(item["path"]),
            thumbnail=str(item["thumbnail"]),
            added_by=str(item.get("added_by", "")),
            added_at=str(item.get("added_at", "")),
            width=int(item.get("width", 0)),
            height=int(item.get("height", 0)),
            credit=str(item.get("credit", "")),
            licence=str(item.get("licence", "")),
        )


@dataclass(frozen=True)
class SubjectRecord:
    """A subject of the gallery and its reference photos (embeddings live in ``embeddings_file``)."""

    id: str
    name_en: str
    name_ko: str
    type: str
    views: tuple[str, ...]
    backbone: dict[str, Any]
    references: tuple[Reference, ...] = ()
    embeddings_file: str = ""

    def to_json(self) -> dict[str, Any]:
        return {
            "version": GALLERY_VERSION,
            "id": self.id,
            "name_en": self.name_en,
            "name_ko": self.name_ko,
            "type": self.type,
            "views": list(self.views),
            "backbone": self.backbone,
            "embeddings": self.embeddings_file,
            "references": [ref.to_json() for ref in self.references],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SubjectRecord:
        if int(data.get("version", 0)) > GALLERY_VERSION:
            raise ValueError("written by a newer version of the app")
        return cls(
            id=check_id(data["id"], "subject id"),
            name_en=str(data["name_en"]),
            name_ko=str(data.get("name_ko", "")),
            type=str(data.get("type", "other")),
            views=tuple(str(v) for v in data["views"]),
            backbone=dict(data.get("backbone", {})),
            references=tuple(Reference.from_json(item) for item in data.get("references", [])),
            embeddings_file=str(data.get("embeddings", "")),
        )


class Gallery:
    """The subjects stored under one folder (by default :func:`gallery_dir`)."""

    def __init__(self, root: str | Path | None = None) -> None:
        self.root = Path(root) if root is not None else gallery_dir()

    def folder(self, subject_id: str) -> Path:
        """The folder of ``subject_id`` (checked: a hostile id never becomes a path)."""
        return child_path(self.root, subject_id, "subject id")

    def ids(self) -> list[str]:
        """Ids of the stored subjects, sorted (folders without a record are ignored)."""
        if not self.root.is_dir():
            return []
        return sorted(
            entry.name
            for entry in self.root.iterdir()
            if not entry.name.startswith(".") and (entry / RECORD_NAME).is_file()
        )

    def exists(self, subject_id: str) -> bool:
        return (self.folder(subject_id) / RECORD_NAME).is_file()

    def load(self, subject_id: str) -> SubjectRecord:
        """The record of ``subject_id``; :class:`InvalidInput` when unknown or unreadable."""
        path = self.folder(subject_id) / RECORD_NAME
        if not path.is_file():
            raise InvalidInput(f"There is no subject “{subject_id}” in the reference gallery.")
        try:
            record = SubjectRecord.from_json(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise InvalidInput(f"The reference gallery's record of “{subject_id}” cannot be read ({exc}).") from None
        if record.id != subject_id:
            raise InvalidInput(f"The reference gallery's folder “{subject_id}” holds a record of “{record.id}”.")
        return record

    def records(self) -> list[SubjectRecord]:
        """Every readable subject, sorted by id; a broken one is logged and left out."""
        records = []
        for subject_id in self.ids():
            try:
                records.append(self.load(subject_id))
            except InvalidInput as exc:
                log.warning("%s", exc)
        return records

    def embeddings(self, record: SubjectRecord) -> np.ndarray:
        """(references, views, D) float32 features of a record; checked against the record."""
        path = self.folder(record.id) / record.embeddings_file
        try:
            array = np.load(path, allow_pickle=False)
        except (OSError, ValueError) as exc:
            raise InvalidInput(f"The reference features of “{record.id}” cannot be read ({exc}).") from None
        expected = (len(record.references), len(record.views))
        if array.ndim != 3 or array.shape[:2] != expected:
            raise InvalidInput(
                f"The reference features of “{record.id}” do not match its record "
                f"({array.shape} for {expected[0]} photos × {expected[1]} views)."
            )
        return array.astype(np.float32, copy=False)

    def save(self, record: SubjectRecord, embeddings: np.ndarray, thumbnails: dict[str, bytes]) -> SubjectRecord:
        """Commit a subject atomically: new thumbnails and features first, the record last.

        ``thumbnails`` maps a reference's ``thumbnail`` (relative path) to JPEG bytes for the
        references that are new. Returns the record as saved (with its new embeddings file name).
        """
        embeddings = np.ascontiguousarray(embeddings, dtype=np.float32)
        if embeddings.shape[:2] != (len(record.references), len(record.views)):
            raise ValueError(f"embeddings {embeddings.shape} do not fit {len(record.references)} references")
        folder = self.folder(record.id)
        (folder / THUMBS_DIR).mkdir(parents=True, exist_ok=True)
        for relative, data in thumbnails.items():
            atomic_write_bytes(_inside(folder, relative), data)
        name = f"embeddings-{secrets.token_hex(4)}.npy"
        with atomic_output(folder / name, ".npy", overwrite=False) as temp, open(temp, "wb") as handle:
            np.save(handle, embeddings, allow_pickle=False)
        saved = replace(record, embeddings_file=name)
        text = json.dumps(saved.to_json(), ensure_ascii=False, indent=1) + "\n"
        atomic_write_bytes(folder / RECORD_NAME, text.encode("utf-8"))
        self._sweep(folder, saved)
        return saved

    def remove_subject(self, subject_id: str) -> None:
        """Delete a subject: renamed out of sight in one step, then its files removed."""
        folder = self.folder(subject_id)
        if not (folder / RECORD_NAME).is_file():
            raise InvalidInput(f"There is no subject “{subject_id}” in the reference gallery.")
        hidden = self.root / f".removed-{subject_id}-{secrets.token_hex(4)}"
        os.replace(folder, hidden)
        shutil.rmtree(hidden, ignore_errors=True)

    @staticmethod
    def _sweep(folder: Path, record: SubjectRecord) -> None:
        """Delete features and thumbnails the committed record no longer names (best effort)."""
        keep = {record.embeddings_file}
        for path in folder.glob("embeddings-*.npy"):
            if path.name not in keep:
                with contextlib.suppress(OSError):
                    path.unlink()
        thumbs = {Path(ref.thumbnail).name for ref in record.references}
        for path in (folder / THUMBS_DIR).glob("*.jpg"):
            if path.name not in thumbs:
                with contextlib.suppress(OSError):
                    path.unlink()


def _inside(folder: Path, relative: str) -> Path:
    """``folder / relative`` for a path the app itself made (``thumbs/<hex>.jpg``), checked anyway."""
    parts = Path(relative).parts
    if len(parts) != 2 or parts[0] != THUMBS_DIR:
        raise ValueError(f"unexpected thumbnail path {relative!r}")
    return child_path(folder / THUMBS_DIR, Path(parts[1]).stem, "thumbnail").with_suffix(".jpg")
