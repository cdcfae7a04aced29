"""The heritage taxonomy: types of heritage, Gyeongju subjects and materials.

``assets/content/taxonomy.json`` holds::

    {
      "version": 1,
      "types":     [{"id": "pagoda", "names": {ko, en, zh, ja}, "definition": {en, ko}}],
      "subjects":  [{"id": "dabotap", "type": "pagoda", "names": {...}, "period": "...",
                     "material": ["granite"], "year_start": 751, "year_end": 751}],
      "materials": [{"id": "granite", "names": {...}}]
    }

Recognition labels, batch-tagging exports and the kiosk all name things through
this file, so the loader checks that every reference resolves: a subject whose
type or material is unknown would otherwise surface later as an empty label.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from app.content._data import LANGUAGES, Fields, Localized, content_dir, file_stamp, read_json_object
from app.domain.errors import InvalidInput

__all__ = ["LANGUAGES", "HeritageType", "Material", "Subject", "Taxonomy", "load_taxonomy"]

#: The newest taxonomy layout this code understands.
TAXONOMY_VERSION = 1


@dataclass(frozen=True)
class HeritageType:
    """A kind of heritage (pagoda, bell, royal tomb…)."""

    id: str
    names: Localized
    definition: Localized  # English and Korean only: a curator's gloss, not kiosk text

    def name(self, lang: str) -> str:
        """Display name in ``lang`` (English fallback)."""
        return self.names.get(lang)


@dataclass(frozen=True)
class Material:
    """A material such as granite or gilt bronze."""

    id: str
    names: Localized

    def name(self, lang: str) -> str:
        """Display name in ``lang`` (English fallback)."""
        return self.names.get(lang)


@dataclass(frozen=True)
class Subject:
    """One Gyeongju heritage subject that the app can recognise or tag."""

    id: str
    type_id: str
    names: Localized
    period: str  # English; the fact card carries the translated period
    materials: tuple[str, ...]
    year_start: int | None
    year_end: int | None

    def name(self, lang: str) -> str:
        """Display name in ``lang`` (English fallback)."""
        return self.names.get(lang)


@dataclass(frozen=True)
class Taxonomy:
    """All types, subjects and materials, with lookups by id."""

    version: int
    types: tuple[HeritageType, ...]
    subjects: tuple[Subject, ...]
    materials: tuple[Material, ...]
    # Indexes built once; compare=False keeps them out of equality and hashing.
    _types: dict[str, HeritageType] = field(init=False, repr=False, compare=False)
    _subjects: dict[str, Subject] = field(init=False, repr=False, compare=False)
    _materials: dict[str, Material] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_types", _index(self.types, "type"))
        object.__setattr__(self, "_subjects", _index(self.subjects, "subject"))
        object.__setattr__(self, "_materials", _index(self.materials, "material"))
        for subject in self.subjects:
            if subject.type_id not in self._types:
                raise InvalidInput(f"The subject '{subject.id}' has an unknown type '{subject.type_id}'.")
            unknown = [m for m in subject.materials if m not in self._materials]
            if unknown:
                raise InvalidInput(f"The subject '{subject.id}' names an unknown material '{unknown[0]}'.")

    def type_by_id(self, type_id: str) -> HeritageType:
        """The heritage type ``type_id``; ``InvalidInput`` when unknown."""
        try:
            return self._types[type_id]
        except KeyError:
            raise InvalidInput(f"'{type_id}' is not a known heritage type.") from None

    def subject_by_id(self, subject_id: str) -> Subject:
        """The subject ``subject_id``; ``InvalidInput`` when unknown."""
        try:
            return self._subjects[subject_id]
        except KeyError:
            raise InvalidInput(f"'{subject_id}' is not a known heritage subject.") from None

    def material_by_id(self, material_id: str) -> Material:
        """The material ``material_id``; ``InvalidInput`` when unknown."""
        try:
            return self._materials[material_id]
        except KeyError:
            raise InvalidInput(f"'{material_id}' is not a known material.") from None

    def subjects_of_type(self, type_id: str) -> tuple[Subject, ...]:
        """All subjects of one type, in file order (checks that the type exists)."""
        self.type_by_id(type_id)
        return tuple(s for s in self.subjects if s.type_id == type_id)


def _index(entries: tuple, what: str) -> dict:
    table: dict = {}
    for entry in entries:
        if entry.id in table:
            raise InvalidInput(f"The taxonomy lists the {what} '{entry.id}' twice.")
        table[entry.id] = entry
    return table


def load_taxonomy(base_dir: str | Path | None = None) -> Taxonomy:
    """Load and check ``taxonomy.json``; ``InvalidInput`` with one sentence when it is unusable."""
    path = content_dir(base_dir) / "taxonomy.json"
    return _load_cached(path, file_stamp(path, "taxonomy"))


@lru_cache(maxsize=8)
def _load_cached(path: Path, stamp: int) -> Taxonomy:
    # ``stamp`` only keys the cache, so an edited file is picked up on the next call.
    root = Fields(read_json_object(path, "taxonomy"), f"taxonomy file {path.name}")
    version = root.integer("version")
    if version > TAXONOMY_VERSION:
        raise InvalidInput(f"The taxonomy {path.name} was written by a newer version of the app.")
    return Taxonomy(
        version=version,
        types=tuple(_parse_type(e, root.where) for e in root.items("types")),
        subjects=tuple(_parse_subject(e, root.where) for e in root.items("subjects")),
        materials=tuple(_parse_material(e, root.where) for e in root.items("materials")),
    )


def _entry(item: object, where: str, what: str) -> Fields:
    if not isinstance(item, dict):
        raise InvalidInput(f"In the {where}, every {what} must be an object.")
    fields_ = Fields(item, f"{where}, {what} '{item.get('id', '?')}'")
    fields_.identifier("id")
    return fields_


def _parse_type(item: object, where: str) -> HeritageType:
    entry = _entry(item, where, "type")
    return HeritageType(
        id=entry.identifier("id"),
        names=Localized.from_fields(entry.section("names")),
        definition=Localized.from_fields(entry.section("definition"), required=("en", "ko")),
    )


def _parse_material(item: object, where: str) -> Material:
    entry = _entry(item, where, "material")
    return Material(id=entry.identifier("id"), names=Localized.from_fields(entry.section("names")))


def _parse_subject(item: object, where: str) -> Subject:
    entry = _entry(item, where, "subject")
    materials = entry.items("material")
    if not all(isinstance(m, str) for m in materials):
        raise InvalidInput(f"In the {entry.where}, 'material' must be a list of material ids.")
    return Subject(
        id=entry.identifier("id"),
        type_id=entry.identifier("type"),
        names=Localized.from_fields(entry.section("names")),
        period=entry.text("period"),
        materials=tuple(materials),
        year_start=entry.optional_integer("year_start"),
        year_end=entry.optional_integer("year_end"),
    )
