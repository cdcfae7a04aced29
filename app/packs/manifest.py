"""``manifest.json``: the versioned, schema-checked description of a pack and every file in it.

The schema is checked by hand, field by field, so that each problem becomes one sentence a
curator can act on ("The pack manifest's “version” …"), not a stack trace.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from app.domain.errors import InvalidInput
from app.domain.ids import check_id
from app.packs.paths import (
    REFERENCE_SUBJECT_NAME,
    REFERENCES_FOLDER,
    ROLE_FOLDERS_TEXT,
    ROLES,
    check_member_path,
    fold,
    role_for_path,
    shown,
)

FORMAT_NAME = "gjpack"
FORMAT_VERSION = 1
MANIFEST_NAME = "manifest.json"
SIGNATURE_NAME = "signature.json"
#: Largest manifest.json accepted (bytes); a real one is a few kilobytes.
MAX_MANIFEST_BYTES = 1 << 20
MAX_TEXT = 4000
#: Longest credit or licence of a reference photo (the gallery keeps one line of at most this).
MAX_REFERENCE_TEXT = 300
MAX_FILES = 10_000

# Semantic Versioning 2.0.0 (the official pattern, ASCII only).
SEMVER = re.compile(
    r"(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})\.(0|[1-9]\d{0,8})"
    r"(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?"
    r"(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?"
)
_LANGUAGE = re.compile(r"[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*")
_SHA256 = re.compile(r"[0-9a-f]{64}")
#: Model formats that can run code when loaded (pickle) or that the app does not load from packs.
UNSAFE_MODEL_SUFFIXES = (".pt", ".pth", ".ckpt", ".bin", ".pkl", ".pickle", ".npy", ".npz", ".h5", ".onnx", ".joblib")


@dataclass(frozen=True)
class PackFile:
    path: str
    role: str
    licence: str
    credit: str
    sha256: str
    size: int

    def to_json(self) -> dict[str, Any]:
        return {
            "path": self.path, "role": self.role, "licence": self.licence,
            "credit": self.credit, "sha256": self.sha256, "size": self.size,
        }


@dataclass(frozen=True)
class Manifest:
    id: str
    version: str
    title: dict[str, str]
    description: dict[str, str]
    institution: str
    institution_url: str
    created_at: str
    app_version_needed: str
    files: tuple[PackFile, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT_NAME,
            "format_version": FORMAT_VERSION,
            "id": self.id,
            "version": self.version,
            "title": dict(self.title),
            "description": dict(self.description),
            "institution": {"name": self.institution, "url": self.institution_url},
            "created_at": self.created_at,
            "app_version_needed": self.app_version_needed,
            "files": [f.to_json() for f in self.files],
        }

    def to_bytes(self) -> bytes:
        return (json.dumps(self.to_json(), ensure_ascii=False, indent=2, sort_keys=False) + "\n").encode("utf-8")

    def display_title(self, language: str = "en") -> str:
        return self.title.get(language) or next(iter(self.title.values()))


def _bad(field: str, problem: str) -> InvalidInput:
    return InvalidInput(f"The pack manifest's “{field}” {problem}, so the pack was refused.")


def check_version(value: object, field: str = "version") -> str:
    """Return ``value`` when it is a semantic version such as ``1.2.0``."""
    if not isinstance(value, str) or len(value) > 64 or not SEMVER.fullmatch(value):
        raise _bad(field, f"must be a semantic version such as 1.0.0 (got {shown(str(value))!s})")
    return value


def version_key(value: str) -> tuple[int, int, int, int]:
    """Order versions by major.minor.patch; a pre-release sorts before its release."""
    match = SEMVER.match(value)
    if match is None:
        return (0, 0, 0, 0)
    return int(match[1]), int(match[2]), int(match[3]), 0 if match[4] else 1


def _text(data: dict[str, Any], key: str, *, required: bool = True, label: str = "") -> str:
    value = data.get(key, None if required else "")
    field = f"{label}.{key}" if label else key
    if not isinstance(value, str) or (required and not value.strip()):
        raise _bad(field, "must be a non-empty text")
    if len(value) > MAX_TEXT:
        raise _bad(field, f"is longer than {MAX_TEXT} characters")
    return value


def _languages(data: dict[str, Any], key: str, *, required: bool) -> dict[str, str]:
    value = data.get(key, {} if not required else None)
    if not isinstance(value, dict) or (required and not value):
        raise _bad(key, "must map language codes (en, ko, zh, ja…) to texts")
    out: dict[str, str] = {}
    for lang, text in value.items():
        if not isinstance(lang, str) or not _LANGUAGE.fullmatch(lang):
            raise _bad(key, f"has “{shown(str(lang))}”, which is not a language code such as en or ko")
        if not isinstance(text, str) or not text.strip() or len(text) > MAX_TEXT:
            raise _bad(f"{key}.{lang}", f"must be a non-empty text of at most {MAX_TEXT} characters")
        out[lang] = text
    return out


def _file(index: int, entry: object) -> PackFile:
    field = f"files[{index}]"
    if not isinstance(entry, dict):
        raise _bad(field, "must be an object with path, role, licence, credit, sha256 and size")
    unknown = set(entry) - {"path", "role", "licence", "credit", "sha256", "size"}
    if unknown:
        raise _bad(field, f"has unknown fields ({', '.join(sorted(map(str, unknown)))})")
    path = check_member_path(entry.get("path"))
    if path.lower().endswith(UNSAFE_MODEL_SUFFIXES):
        raise InvalidInput(
            f"The pack file “{shown(path)}” is a model format that can run code when loaded (only .safetensors "
            "models are accepted), so the pack was refused."
        )
    role = entry.get("role")
    if role not in ROLES:
        raise _bad(f"{field}.role", f"must be one of {', '.join(ROLES)}")
    expected = role_for_path(path)
    if expected != role:
        raise _bad(
            f"{field}.role",
            f"says {role} for “{shown(path)}”, but files of that kind belong in their role's folder "
            f"({ROLE_FOLDERS_TEXT})",
        )
    if role in ("reference_photo", "reference_subject"):
        try:
            check_id(path.split("/")[1], "subject id")
        except InvalidInput as exc:
            raise InvalidInput(f"The pack file “{shown(path)}” is refused: {exc}") from None
    sha = entry.get("sha256")
    if not isinstance(sha, str) or not _SHA256.fullmatch(sha):
        raise _bad(f"{field}.sha256", "must be 64 lower-case hexadecimal digits")
    size = entry.get("size")
    if not isinstance(size, int) or isinstance(size, bool) or size < 0:
        raise _bad(f"{field}.size", "must be a whole number of bytes")
    licence, credit = _text(entry, "licence", label=field), _text(entry, "credit", label=field)
    if role == "reference_photo":
        for key, value in (("licence", licence), ("credit", credit)):
            if len(value) > MAX_REFERENCE_TEXT or any(ord(c) < 32 or ord(c) == 127 for c in value):
                raise _bad(f"{field}.{key}", f"of a reference photo must be one line of at most "
                    f"{MAX_REFERENCE_TEXT} characters")
    return PackFile(path=path, role=role, licence=licence, credit=credit, sha256=sha, size=size)


def _strict_constant(name: str) -> float:
    raise ValueError(f"{name} is not allowed")


def load_json_object(raw: bytes, what: str, max_bytes: int) -> dict[str, Any]:
    """Parse ``raw`` as one JSON object of at most ``max_bytes``; one sentence on any failure."""
    if len(raw) > max_bytes:
        raise InvalidInput(f"{what} is larger than {max_bytes:,} bytes, so the pack was refused.")
    try:
        data = json.loads(raw.decode("utf-8"), parse_constant=_strict_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise InvalidInput(f"{what} is not valid UTF-8 JSON, so the pack was refused.") from None
    if not isinstance(data, dict):
        raise InvalidInput(f"{what} must hold one JSON object, so the pack was refused.")
    return data


def parse_manifest(raw: bytes) -> Manifest:
    """Check ``manifest.json`` bytes against the schema and return the manifest."""
    data = load_json_object(raw, "The pack manifest (manifest.json)", MAX_MANIFEST_BYTES)
    if data.get("format") != FORMAT_NAME:
        raise _bad("format", f"must be “{FORMAT_NAME}”")
    fv = data.get("format_version")
    if not isinstance(fv, int) or isinstance(fv, bool) or fv < 1:
        raise _bad("format_version", "must be a whole number")
    if fv > FORMAT_VERSION:
        raise InvalidInput(
            f"The pack uses format version {fv}, newer than the {FORMAT_VERSION} this app reads; "
            "update Gyeongju Heritage AI to open it."
        )
    try:
        pack_id = check_id(data.get("id"), "pack id")
    except InvalidInput as exc:
        raise InvalidInput(f"The pack manifest's “id” is refused: {exc}") from None
    version = check_version(data.get("version"))
    institution = data.get("institution")
    if isinstance(institution, str):
        institution = {"name": institution}
    if not isinstance(institution, dict):
        raise _bad("institution", "must name the institution that made the pack")
    name = _text(institution, "name")
    url = _text(institution, "url", required=False)
    created = _text(data, "created_at")
    try:
        datetime.fromisoformat(created.replace("Z", "+00:00"))
    except ValueError:
        raise _bad("created_at", "must be a date and time such as 2026-05-01T09:00:00Z") from None
    needed = check_version(data.get("app_version_needed"), "app_version_needed")
    files = data.get("files")
    if not isinstance(files, list):
        raise _bad("files", "must be a list of files")
    if len(files) > MAX_FILES:
        raise _bad("files", f"lists more than {MAX_FILES:,} files")
    parsed = tuple(_file(i, entry) for i, entry in enumerate(files))
    seen: dict[str, str] = {}
    for f in parsed:
        key = fold(f.path)
        if key in seen:
            raise InvalidInput(
                f"The pack manifest lists “{shown(f.path)}” and “{shown(seen[key])}”, which are the same "
                "file on many systems, so the pack was refused."
            )
        seen[key] = f.path
    described = {f.path.split("/")[1] for f in parsed if f.role == "reference_subject"}
    for f in parsed:
        if f.role == "reference_photo" and f.path.split("/")[1] not in described:
            subject = f.path.split("/")[1]
            raise InvalidInput(
                f"The pack's reference photo “{shown(f.path)}” has no "
                f"{REFERENCES_FOLDER}/{subject}/{REFERENCE_SUBJECT_NAME} naming its subject, so the pack was refused."
            )
    return Manifest(
        id=pack_id, version=version,
        title=_languages(data, "title", required=True),
        description=_languages(data, "description", required=False),
        institution=name, institution_url=url, created_at=created,
        app_version_needed=needed, files=parsed,
    )
