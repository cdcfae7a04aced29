"""``references/<subject_id>/subject.toml``: the names and type of a subject whose photos a pack carries.

A small TOML file, checked like every other pack file before anything is written::

    name_en = "Museum bell"      # required unless <subject_id> is a subject of the taxonomy
    name_ko = "박물관 종"          # optional
    type = "bell"                # optional: a type of the taxonomy (default "other")
    id = "museum_bell"           # optional: when given, must equal the folder name

The subject id is the folder name, checked by :mod:`app.domain.ids` (a hostile id never becomes
a path). The pack's photos of the subject sit beside this file (role ``reference_photo``).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass

from app.content.taxonomy import load_taxonomy
from app.domain.errors import InvalidInput
from app.domain.ids import check_id
from app.packs.paths import REFERENCE_SUBJECT_NAME, REFERENCES_FOLDER, shown

#: Largest subject.toml accepted (bytes); a real one is a few lines.
MAX_SUBJECT_TOML_BYTES = 16 * 1024
#: Longest subject name accepted (the gallery keeps at most this many characters).
MAX_NAME_CHARS = 120
_KEYS = frozenset({"id", "name_en", "name_ko", "type"})


@dataclass(frozen=True)
class ReferenceSubject:
    """A subject as a pack describes it."""

    id: str
    name_en: str
    name_ko: str
    type: str
    in_taxonomy: bool


def subject_toml_path(subject_id: str) -> str:
    return f"{REFERENCES_FOLDER}/{subject_id}/{REFERENCE_SUBJECT_NAME}"


def _refuse(where: str, problem: str) -> InvalidInput:
    return InvalidInput(f"The pack file “{shown(where)}” {problem}, so the pack was refused.")


def _name(data: dict[str, object], key: str, where: str) -> str:
    value = data.get(key, "")
    if not isinstance(value, str):
        raise _refuse(where, f"gives “{key}” as something other than a text")
    text = value.strip()
    if any(ord(c) < 32 or ord(c) == 127 for c in text):
        raise _refuse(where, f"has control characters in “{key}”")
    if len(text) > MAX_NAME_CHARS:
        raise _refuse(where, f"has a “{key}” longer than {MAX_NAME_CHARS} characters")
    return text


def parse_reference_subject(raw: bytes, subject_id: str) -> ReferenceSubject:
    """Check the bytes of ``references/<subject_id>/subject.toml``; one sentence on any problem."""
    where = subject_toml_path(shown(subject_id))
    try:
        check_id(subject_id, "subject id")
    except InvalidInput as exc:
        raise InvalidInput(f"The pack's reference folder is refused: {exc}") from None
    if len(raw) > MAX_SUBJECT_TOML_BYTES:
        raise _refuse(where, f"is larger than {MAX_SUBJECT_TOML_BYTES:,} bytes")
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, tomllib.TOMLDecodeError, RecursionError):
        raise _refuse(where, "is not valid TOML") from None
    unknown = set(data) - _KEYS
    if unknown:
        raise _refuse(where, f"has unknown keys ({', '.join(sorted(unknown))}); use name_en, name_ko, type")
    if "id" in data and data["id"] != subject_id:
        shown_id = shown(str(data["id"]))
        raise _refuse(where, f"names the subject “{shown_id}”, but it sits in the folder of “{subject_id}”")
    taxonomy = load_taxonomy()
    known = next((s for s in taxonomy.subjects if s.id == subject_id), None)
    name_en, name_ko = _name(data, "name_en", where), _name(data, "name_ko", where)
    type_value = data.get("type", known.type_id if known else "other")
    if not isinstance(type_value, str):
        raise _refuse(where, "gives “type” as something other than a text")
    try:
        taxonomy.type_by_id(type_value)
    except InvalidInput:
        raise _refuse(where, f"gives the type “{shown(type_value)}”, which the taxonomy does not have") from None
    if known is None and not name_en:
        raise _refuse(where, f"gives no English name (name_en) for “{subject_id}”, which is not a taxonomy subject")
    return ReferenceSubject(subject_id, name_en, name_ko, type_value, known is not None)
