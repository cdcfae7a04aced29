"""Adding and removing reference photos: validate and embed everything first, then one atomic save.

A subject id of the taxonomy (``cheomseongdae``, ``bulguksa``…) takes its names and type from
``assets/content/taxonomy.json``; any other id is the museum's own subject and needs an English
name (a Korean name and a taxonomy type are optional). Originals are only read: their sha256, path
and a thumbnail are recorded, never a copy.

These functions are the gallery's only doors: the ``subjects`` command and the Studio's References
page call the same ones (:func:`list_subjects`, :func:`create_subject`, :func:`add_photos`,
:func:`remove_reference`, :func:`remove_subject`), so both refuse the same input with the same
sentence and write the same records.
"""

from __future__ import annotations

import getpass
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from app.content.taxonomy import load_taxonomy
from app.domain.errors import ImageLoadError, InvalidInput
from app.domain.ids import is_valid_id
from app.imaging.io import load_preview
from app.vision.recognition.loading import PREVIEW_SIDE
from app.vision.subjects.gallery import THUMB_SIDE, THUMBS_DIR, Gallery, Reference, SubjectRecord

if TYPE_CHECKING:
    from app.vision.recognition.backbone import Backbone

# The backbone and the embedding views (torch) are imported inside the functions that embed photos:
# listing, checking and removing stay instant, and the window that lists subjects opens before torch.

#: Fewest hex digits of a sha256 accepted to name a reference photo on the command line.
MIN_SHA_PREFIX = 8
#: Longest credit or licence text kept per photo (a line on a label, not a document).
MAX_CREDIT_CHARS = 300
#: Longest subject name kept.
MAX_NAME_CHARS = 120

#: Why a new subject cannot be created (see :func:`new_subject_problem`); the UI has a sentence for each.
BAD_ID, TAKEN, IN_TAXONOMY, NO_NAME = "bad_id", "taken", "in_taxonomy", "no_name"


class UnreadablePhoto(ImageLoadError):
    """A photo given as a reference could not be read; ``path`` names it (the UI shows its file name)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path


@dataclass(frozen=True)
class PhotoCredit:
    """Who made a photo and its licence, as the curator recorded them (both optional)."""

    credit: str = ""
    licence: str = ""


@dataclass(frozen=True)
class SubjectEntry:
    """A subject as the References page and ``subjects list`` show it: taxonomy or the museum's own."""

    id: str
    name_en: str
    name_ko: str
    type: str
    in_taxonomy: bool
    record: SubjectRecord | None  # None: no reference photos yet

    @property
    def references(self) -> tuple[Reference, ...]:
        return self.record.references if self.record is not None else ()


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


def list_subjects(gallery: Gallery | None = None, *, include_taxonomy: bool = True) -> list[SubjectEntry]:
    """Every taxonomy subject (in taxonomy order, with its photos if any), then the museum's own, by id.

    ``include_taxonomy=False`` lists only subjects that have reference photos. A broken record is
    logged and left out by :meth:`Gallery.records`.
    """
    gallery = gallery or Gallery()
    records = {record.id: record for record in gallery.records()}
    entries: list[SubjectEntry] = []
    taxonomy_ids = set()
    for subject in load_taxonomy().subjects:
        taxonomy_ids.add(subject.id)
        record = records.get(subject.id)
        if record is None and not include_taxonomy:
            continue
        en, ko, type_ = (record.name_en, record.name_ko, record.type) if record else (
            subject.name("en"), subject.name("ko"), subject.type_id)
        entries.append(SubjectEntry(subject.id, en, ko, type_, True, record))
    for subject_id in sorted(set(records) - taxonomy_ids):
        record = records[subject_id]
        entries.append(SubjectEntry(record.id, record.name_en, record.name_ko, record.type, False, record))
    return entries


def new_subject_problem(subject_id: str, name_en: str | None, gallery: Gallery | None = None) -> str | None:
    """Why ``subject_id`` cannot become a new subject (a code of this module), or None when it can.

    Only the id and name are checked; photos are checked as they are read by :func:`add_photos`.
    """
    gallery = gallery or Gallery()
    if not is_valid_id(subject_id):
        return BAD_ID
    if any(s.id == subject_id for s in load_taxonomy().subjects):
        return IN_TAXONOMY
    if gallery.exists(subject_id):
        return TAKEN
    if not (name_en and name_en.strip()):
        return NO_NAME
    return None


def create_subject(
    subject_id: str,
    photos: Sequence[str | Path],
    *,
    name_en: str,
    name_ko: str | None = None,
    type_id: str | None = None,
    credits: Mapping[str, PhotoCredit] | None = None,
    gallery: Gallery | None = None,
    backbone: Backbone | None = None,
) -> AddResult:
    """A new subject of the museum's own with its first reference photos; refuses an id already used."""
    gallery = gallery or Gallery()
    problem = new_subject_problem(subject_id, name_en, gallery)
    if problem == BAD_ID:
        gallery.folder(subject_id)  # raises the id rule's own sentence
    sentences = {
        IN_TAXONOMY: f"“{subject_id}” is already a subject of the taxonomy; add photos to it instead.",
        TAKEN: f"There is already a subject “{subject_id}” in the reference gallery; add photos to it instead.",
        NO_NAME: f"Give the new subject “{subject_id}” an English name.",
    }
    if problem is not None:
        raise InvalidInput(sentences[problem])
    if not photos:
        raise InvalidInput(f"Give at least one reference photo of “{subject_id}”.")
    return add_photos(
        subject_id, photos, name_en=name_en, name_ko=name_ko, type_id=type_id or "other", credits=credits,
        gallery=gallery, backbone=backbone,
    )


def remove_reference(subject_id: str, sha256: str, *, gallery: Gallery | None = None) -> SubjectRecord | None:
    """Remove one reference photo named by its sha256; None when it was the subject's last one."""
    return remove_photos(subject_id, [sha256], gallery=gallery)


def remove_subject(subject_id: str, *, gallery: Gallery | None = None) -> None:
    """Remove a subject and all its reference photos (the originals are not touched)."""
    gallery = gallery or Gallery()
    gallery.load(subject_id)  # one sentence for an unknown or hostile id
    gallery.remove_subject(subject_id)


def _clean_text(value: str | None, what: str, limit: int) -> str:
    """A one-line text field: trimmed, control characters refused, at most ``limit`` characters."""
    text = (value or "").strip()
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise InvalidInput(f"The {what} “{text[:40]}” contains control characters; write it on one line.")
    if len(text) > limit:
        raise InvalidInput(f"The {what} is {len(text)} characters long; at most {limit} are kept.")
    return text


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
    credits: Mapping[str, PhotoCredit] | None = None,
    gallery: Gallery | None = None,
    backbone: Backbone | None = None,
    added_by: str | None = None,
) -> AddResult:
    """Add reference photos to a subject (created when new). Nothing is written unless all photos read.

    ``credits`` maps a photo, as given in ``photos``, to its credit and licence. ``added_by`` is
    recorded as who added the photos (default: the user's login name; a pack's photos say
    ``pack <id>@<version>``).
    """
    from app.vision.recognition.backbone import BACKBONE_ID, shared_backbone
    from app.vision.subjects.embed import REFERENCE_VIEWS, file_sha256, reference_features, thumbnail_jpeg

    gallery = gallery or Gallery()
    gallery.folder(subject_id)  # refuses a hostile id before anything else
    existing = gallery.load(subject_id) if gallery.exists(subject_id) else None
    name_en = _clean_text(name_en, "English name", MAX_NAME_CHARS) or None
    name_ko = _clean_text(name_ko, "Korean name", MAX_NAME_CHARS) or None
    en, ko, type_ = resolve_names(subject_id, existing, name_en, name_ko, type_id)
    checked_credits = {
        str(photo): PhotoCredit(
            _clean_text(credit.credit, "credit", MAX_CREDIT_CHARS),
            _clean_text(credit.licence, "licence", MAX_CREDIT_CHARS),
        )
        for photo, credit in (credits or {}).items()
    }
    if not photos and existing is None:
        raise InvalidInput(f"Give at least one reference photo of “{subject_id}”.")
    known = {ref.sha256 for ref in existing.references} if existing else set()
    already_there: list[str] = []
    images: list[np.ndarray] = []
    new_refs: list[Reference] = []
    thumbs: dict[str, bytes] = {}
    now = datetime.now(UTC).isoformat(timespec="seconds")
    user = _clean_text(added_by, "added-by text", MAX_CREDIT_CHARS) or _user()
    for photo in photos:
        path = Path(photo)
        if not path.is_file():
            raise UnreadablePhoto(path, f"The photo “{path}” does not exist or is not a file.")
        try:
            sha = file_sha256(path)
            if sha in known:
                already_there.append(str(path))
                continue
            pixels = np.asarray(load_preview(path, PREVIEW_SIDE).pixels)  # ImageLoadError names the file
        except InvalidInput as exc:
            raise UnreadablePhoto(path, str(exc)) from None
        known.add(sha)
        images.append(pixels)
        thumbnail = f"{THUMBS_DIR}/{sha[:16]}.jpg"
        thumbs[thumbnail] = thumbnail_jpeg(pixels, THUMB_SIDE)
        height, width = pixels.shape[:2]
        credit = checked_credits.get(str(photo), PhotoCredit())
        new_refs.append(
            Reference(sha, str(path.resolve()), thumbnail, user, now, width, height, credit.credit, credit.licence)
        )
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
    from app.vision.subjects.embed import file_sha256

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
