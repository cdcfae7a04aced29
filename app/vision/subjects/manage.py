"""Adding and removing reference photos: validate and embed everything first, then one atomic save.

A subject id of the taxonomy (``cheomseongdae``, ``bulguksa``…) takes its names and type from
``assets/content/taxonomy.json``; any other id is the museum's own subject and needs an English
name (a Korean name and a taxonomy type are optional). Originals are only read: their sha256, path
and a thumbnail are recorded, never a copy.
"""

from __future__ import annotations

import getpass
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

import numpy as np

from app.content.taxonomy import load_taxonomy
from app.domain.errors import InvalidInput
from app.imaging.io import load_preview
from app.vision.recognition.backbone import BACKBONE_ID, Backbone, shared_backbone
from app.vision.recognition.loading import PREVIEW_SIDE
from app.vision.subjects.embed import REFERENCE_VIEWS, file_sha256, reference_features, thumbnail_jpeg
from app.vision.subjects.gallery import THUMB_SIDE, THUMBS_DIR, Gallery, Reference, SubjectRecord

#: Fewest hex digits of a sha256 accepted to name a reference photo on the command line.
MIN_SHA_PREFIX = 8


@dataclass
class AddResult:
    """What ``add_photos`` saved, and which photos it left out because the subject already had them."""

    record: SubjectRecord
    added: list[Reference] = field(default_factory=list)
    already_there: list[str] = field(default_factory=list)


def resolve_names(
    subject_id: str,
    existing: SubjectRecord | None,
    name_en: str | None,
    name_ko: str | None,
    type_id: str | None,
) -> tuple[str, str, str]:
    """(name_en, name_ko, type) of a subject: flags first, then the stored record, then the taxonomy."""
    taxonomy = load_taxonomy()
    if type_id is not None:
        taxonomy.type_by_id(type_id)  # InvalidInput for an unknown type
    known = next((s for s in taxonomy.subjects if s.id == subject_id), None)
    if existing is not None:
        base = (existing.name_en, existing.name_ko, existing.type)
    elif known is not None:
        base = (known.name("en"), known.name("ko"), known.type_id)
    else:
        if not (name_en and name_en.strip()):
            raise InvalidInput(
                f"“{subject_id}” is not a subject of the taxonomy; give its English name with --name-en."
            )
        base = ("", "", "other")
    en = name_en.strip() if name_en and name_en.strip() else base[0]
    ko = name_ko.strip() if name_ko and name_ko.strip() else base[1]
    return en, ko, type_id or base[2]


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no user name in the environment or the password database
        return "unknown"


def add_photos(
    subject_id: str,
    photos: Sequence[str | Path],
    *,
    name_en: str | None = None,
    name_ko: str | None = None,
    type_id: str | None = None,
    gallery: Gallery | None = None,
    backbone: Backbone | None = None,
) -> AddResult:
    """Add reference photos to a subject (created when new). Nothing is written unless all photos read."""
    gallery = gallery or Gallery()
    gallery.folder(subject_id)  # refuses a hostile id before anything else
    existing = gallery.load(subject_id) if gallery.exists(subject_id) else None
    en, ko, type_ = resolve_names(subject_id, existing, name_en, name_ko, type_id)
    if not photos and existing is None:
        raise InvalidInput(f"Give at least one reference photo of “{subject_id}”.")
    known = {ref.sha256 for ref in existing.references} if existing else set()
    already_there: list[str] = []
    images: list[np.ndarray] = []
    new_refs: list[Reference] = []
    thumbs: dict[str, bytes] = {}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    user = _user()
    for photo in photos:
        path = Path(photo)
        if not path.is_file():
            raise InvalidInput(f"The photo “{path}” does not exist or is not a file.")
        sha = file_sha256(path)
        if sha in known:
            already_there.append(str(path))
            continue
        known.add(sha)
        pixels = np.asarray(load_preview(path, PREVIEW_SIDE).pixels)  # ImageLoadError names the file
        images.append(pixels)
        thumbnail = f"{THUMBS_DIR}/{sha[:16]}.jpg"
        thumbs[thumbnail] = thumbnail_jpeg(pixels, THUMB_SIDE)
        height, width = pixels.shape[:2]
        new_refs.append(Reference(sha, str(path.resolve()), thumbnail, user, now, width, height))
    backbone_record = existing.backbone if existing else {}
    if images:
        backbone = backbone or shared_backbone()
        features = reference_features(backbone, images)
        backbone_record = {"id": BACKBONE_ID, "sha256": backbone.spec.weights.sha256, "precision": backbone.precision}
        if existing is not None and existing.backbone.get("sha256") not in (None, backbone_record["sha256"]):
            raise InvalidInput(
                f"The references of “{subject_id}” were made with another backbone; remove the subject and add "
                "its photos again."
            )
    else:
        features = np.zeros((0, len(REFERENCE_VIEWS), 1280), np.float32)
    old = gallery.embeddings(existing) if existing is not None else features[:0]
    record = SubjectRecord(
        id=subject_id,
        name_en=en,
        name_ko=ko,
        type=type_,
        views=tuple(REFERENCE_VIEWS),
        backbone=backbone_record,
        references=(existing.references if existing else ()) + tuple(new_refs),
    )
    if existing is not None and existing.views != record.views:
        raise InvalidInput(f"The references of “{subject_id}” use other views; remove the subject and add it again.")
    if existing is not None and not new_refs and (en, ko, type_) == (existing.name_en, existing.name_ko, existing.type):
        return AddResult(existing, [], already_there)  # nothing new: leave the files alone
    saved = gallery.save(record, np.concatenate([old, features]), thumbs)
    return AddResult(saved, new_refs, already_there)


def _find_reference(record: SubjectRecord, token: str) -> int:
    """Index of the reference named by a path (as added, or a file with the same content) or a sha256."""
    text = token.strip().lower()
    if len(text) >= MIN_SHA_PREFIX and all(c in "0123456789abcdef" for c in text):
        hits = [i for i, ref in enumerate(record.references) if ref.sha256.startswith(text)]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise InvalidInput(f"“{token}” names several reference photos of “{record.id}”; give more digits.")
    path = Path(token)
    resolved = str(path.resolve())
    hits = [i for i, ref in enumerate(record.references) if ref.path == resolved]
    if not hits and path.is_file():
        sha = file_sha256(path)
        hits = [i for i, ref in enumerate(record.references) if ref.sha256 == sha]
    if not hits:
        raise InvalidInput(f"“{token}” is not a reference photo of “{record.id}”.")
    return hits[0]


def remove_photos(subject_id: str, photos: Sequence[str], *, gallery: Gallery | None = None) -> SubjectRecord | None:
    """Remove some reference photos (by path or sha256), or the whole subject when none are named.

    Returns the record as saved, or None when the subject is gone (also when its last photo went).
    Every name is checked before anything is written.
    """
    gallery = gallery or Gallery()
    record = gallery.load(subject_id)
    if not photos:
        gallery.remove_subject(subject_id)
        return None
    drop = {_find_reference(record, token) for token in photos}
    keep = [i for i in range(len(record.references)) if i not in drop]
    if not keep:
        gallery.remove_subject(subject_id)
        return None
    embeddings = gallery.embeddings(record)[keep]
    return gallery.save(replace(record, references=tuple(record.references[i] for i in keep)), embeddings, {})
