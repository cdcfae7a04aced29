"""A pack's reference photos → the user's reference gallery (and back out again).

A pack may carry ``references/<subject_id>/subject.toml`` and photos beside it (roles
``reference_subject`` and ``reference_photo``). Installing keeps them in the installed pack's folder;
:func:`use_pack_references` adds them to the gallery through the gallery's own named operations
(:mod:`app.vision.subjects.manage`, the only code that writes the gallery), each with the credit and
licence the manifest gives and ``added by: pack <id>@<version>``. It is idempotent: a photo whose
sha256 the gallery already holds (under any subject) is not added again, and a subject the gallery
(or the taxonomy) already has keeps its own names. :func:`remove_pack_references` removes only the
photos a pack added; uninstalling a pack leaves the gallery alone unless asked.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import InvalidInput
from app.domain.hashing import sha256_file
from app.packs.install import InstalledPack, list_packs
from app.packs.manifest import PackFile, version_key
from app.packs.paths import shown
from app.packs.reference_subject import ReferenceSubject, parse_reference_subject, subject_toml_path

if TYPE_CHECKING:
    from app.vision.recognition.backbone import Backbone
    from app.vision.subjects.gallery import Gallery

#: ``added_by`` of the photos a pack added starts with this.
ADDED_BY_PREFIX = "pack "


def added_by(pack_id: str, version: str) -> str:
    """What a pack's photos record as who added them: ``pack <id>@<version>``."""
    return f"{ADDED_BY_PREFIX}{pack_id}@{version}"


@dataclass(frozen=True)
class PackSubject:
    """One subject of an installed pack, with its photos (installed files) and their manifest entries."""

    subject: ReferenceSubject
    photos: tuple[tuple[Path, PackFile], ...]


@dataclass
class UseReport:
    """What :func:`use_pack_references` did, by subject."""

    pack_id: str
    version: str
    added: dict[str, int] = field(default_factory=dict)
    already_there: int = 0
    new_subjects: list[str] = field(default_factory=list)

    @property
    def total_added(self) -> int:
        return sum(self.added.values())


def find_installed(pack_id: str, version: str | None = None) -> InstalledPack:
    """The installed pack ``pack_id`` (``version``, or its newest installed version)."""
    found = [p for p in list_packs() if p.id == pack_id and (version is None or p.version == version)]
    if not found:
        what = f"“{pack_id}” version {version}" if version else f"“{pack_id}”"
        raise InvalidInput(f"The pack {what} is not installed (see pack list).")
    return max(found, key=lambda p: version_key(p.version))


def pack_subjects(pack: InstalledPack) -> list[PackSubject]:
    """The subjects and photos an installed pack carries, each file checked again against its manifest."""
    by_subject: dict[str, list[PackFile]] = {}
    for entry in pack.manifest.files:
        if entry.role == "reference_photo":
            by_subject.setdefault(entry.path.split("/")[1], []).append(entry)
    out = []
    for subject_id, entries in sorted(by_subject.items()):
        toml = pack.path.joinpath(*subject_toml_path(subject_id).split("/"))
        try:
            raw = toml.read_bytes()
        except OSError:
            raise InvalidInput(
                f"The installed pack “{pack.id}” lacks “{shown(str(toml))}”; install it again."
            ) from None
        subject = parse_reference_subject(raw, subject_id)
        photos = []
        for entry in entries:
            path = pack.path.joinpath(*entry.path.split("/"))
            if not path.is_file() or sha256_file(path) != entry.sha256:
                raise InvalidInput(
                    f"The installed pack “{pack.id}” file “{shown(entry.path)}” is missing or was changed; "
                    "install the pack again."
                )
            photos.append((path, entry))
        out.append(PackSubject(subject, tuple(photos)))
    return out


def use_pack_references(
    pack_id: str,
    version: str | None = None,
    *,
    gallery: Gallery | None = None,
    backbone: Backbone | None = None,
) -> UseReport:
    """Add an installed pack's reference photos to the gallery (idempotent; see the module text)."""
    from app.vision.subjects.gallery import Gallery
    from app.vision.subjects.manage import PhotoCredit, add_photos

    pack = find_installed(pack_id, version)
    subjects = pack_subjects(pack)  # everything is checked before the gallery is touched
    if not subjects:
        raise InvalidInput(f"The pack “{pack.id}” version {pack.version} carries no reference photos.")
    gallery = gallery or Gallery()
    for item in subjects:
        gallery.folder(item.subject.id)  # the id rule once more, before anything is written
    held = {ref.sha256 for record in gallery.records() for ref in record.references}
    report = UseReport(pack.id, pack.version)
    for item in subjects:
        subject = item.subject
        photos = [(path, entry) for path, entry in item.photos if entry.sha256 not in held]
        report.already_there += len(item.photos) - len(photos)
        if not photos:
            continue
        was_stored = gallery.exists(subject.id)
        keeps_names = was_stored or subject.in_taxonomy
        result = add_photos(
            subject.id,
            [path for path, _ in photos],
            name_en=None if keeps_names else subject.name_en,
            name_ko=None if keeps_names else (subject.name_ko or None),
            type_id=None if keeps_names else subject.type,
            credits={str(path): PhotoCredit(entry.credit, entry.licence) for path, entry in photos},
            gallery=gallery,
            backbone=backbone,
            added_by=added_by(pack.id, pack.version),
        )
        if not was_stored:
            report.new_subjects.append(subject.id)
        report.added[subject.id] = len(result.added)
        report.already_there += len(result.already_there)
        held.update(ref.sha256 for ref in result.added)
    return report


def remove_pack_references(
    pack_id: str, versions: Sequence[str] | None = None, *, gallery: Gallery | None = None
) -> dict[str, int]:
    """Remove from the gallery only the photos ``pack_id`` added (those ``versions``, or any).

    Returns the number of photos removed per subject; a subject left with no photo is removed.
    """
    from app.vision.subjects.gallery import Gallery
    from app.vision.subjects.manage import remove_photos

    gallery = gallery or Gallery()
    if versions is None:
        wanted = lambda text: text.startswith(f"{ADDED_BY_PREFIX}{pack_id}@")  # noqa: E731
    else:
        names = {added_by(pack_id, v) for v in versions}
        wanted = names.__contains__
    removed: dict[str, int] = {}
    for record in gallery.records():
        shas = [ref.sha256 for ref in record.references if wanted(ref.added_by)]
        if shas:
            remove_photos(record.id, shas, gallery=gallery)
            removed[record.id] = len(shas)
    return removed
