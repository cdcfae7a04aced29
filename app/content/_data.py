"""Shared plumbing for the heritage content files.

Fact cards and the taxonomy are plain JSON under ``assets/content``. This module
knows where that folder is, reads a file into a dict with errors a curator can
act on, and offers a small field reader so that each loader states *what* it
expects instead of repeating ``isinstance`` checks. Standard library only: the
content must load in the kiosk, the CLI and the tests alike, without Qt.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from app.domain.errors import InvalidInput

#: Languages every piece of visitor-facing content is written in, in menu order.
LANGUAGES: tuple[str, ...] = ("ko", "en", "zh", "ja")

#: Shown when a text is missing in the requested language: English is the one
#: language every content file is required to carry in full.
FALLBACK_LANGUAGE = "en"

#: ``<repo>/assets/content`` — found from this file so it works from any cwd.
DEFAULT_CONTENT_DIR = Path(__file__).resolve().parents[2] / "assets" / "content"

# ASCII snake_case: ids become file names and dictionary keys, so nothing that
# could climb out of the folder ("../") or differ by case may pass.
_ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")


def content_dir(base_dir: str | Path | None = None) -> Path:
    """Return ``base_dir`` (tests point it at a temporary folder) or the shipped folder."""
    return Path(base_dir) if base_dir is not None else DEFAULT_CONTENT_DIR


def is_valid_id(value: object) -> bool:
    """True when ``value`` is a snake_case ASCII id such as ``seongdeok_bell``."""
    return isinstance(value, str) and _ID_PATTERN.fullmatch(value) is not None


def file_stamp(path: Path, what: str) -> int:
    """Return the file's modification time in ns, used as a cache key.

    Keying caches on the stamp lets a curator edit a card while the app runs
    and see the change on the next lookup, without ever re-reading an
    unchanged file.
    """
    try:
        return path.stat().st_mtime_ns
    except FileNotFoundError:
        raise InvalidInput(f"The {what} file {path.name} is missing from {path.parent}.") from None
    except OSError as exc:
        raise InvalidInput(f"The {what} file {path} could not be opened ({exc.strerror}).") from exc


def read_json_object(path: Path, what: str) -> dict[str, Any]:
    """Read ``path`` as a UTF-8 JSON object, raising ``InvalidInput`` on any problem."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise InvalidInput(f"The {what} file {path.name} is missing from {path.parent}.") from None
    except UnicodeDecodeError:
        raise InvalidInput(f"The {what} file {path.name} is not UTF-8 text.") from None
    except OSError as exc:
        raise InvalidInput(f"The {what} file {path} could not be read ({exc.strerror}).") from exc
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InvalidInput(
            f"The {what} file {path.name} is not valid JSON (line {exc.lineno}, column {exc.colno})."
        ) from None
    if not isinstance(data, dict):
        raise InvalidInput(f"The {what} file {path.name} must hold a JSON object at the top level.")
    return data


@dataclass(frozen=True)
class Fields:
    """Typed access to one JSON object; every failure names the file and the key."""

    data: dict[str, Any]
    where: str  # e.g. "fact card dabotap.json, section 'ko'"

    def _fail(self, key: str, expected: str) -> InvalidInput:
        return InvalidInput(f"In the {self.where}, '{key}' must be {expected}.")

    def text(self, key: str) -> str:
        """A required, non-blank string."""
        value = self.data.get(key)
        if not isinstance(value, str) or not value.strip():
            raise self._fail(key, "a non-empty text")
        return value

    def optional_text(self, key: str) -> str | None:
        """A string, or null / absent; blank strings count as absent."""
        value = self.data.get(key)
        if value is None:
            return None
        if not isinstance(value, str):
            raise self._fail(key, "a text or null")
        return value if value.strip() else None

    def integer(self, key: str) -> int:
        """A required whole number (booleans are refused although JSON-wise they are ints)."""
        value = self.data.get(key)
        if not isinstance(value, int) or isinstance(value, bool):
            raise self._fail(key, "a whole number")
        return value

    def optional_integer(self, key: str) -> int | None:
        """A whole number or null / absent."""
        if self.data.get(key) is None:
            return None
        return self.integer(key)

    def identifier(self, key: str) -> str:
        """A snake_case ASCII id."""
        value = self.data.get(key)
        if not is_valid_id(value):
            raise self._fail(key, "a lower-case snake_case id")
        return value

    def section(self, key: str, *, required: bool = True) -> Fields | None:
        """A nested object, wrapped in its own ``Fields`` for precise messages."""
        value = self.data.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, dict):
            raise self._fail(key, "an object")
        return Fields(value, f"{self.where}, section '{key}'")

    def items(self, key: str) -> list[Any]:
        """A required JSON array (possibly empty)."""
        value = self.data.get(key)
        if not isinstance(value, list):
            raise self._fail(key, "a list")
        return value

    def numbers(self, key: str) -> tuple[tuple[str, float], ...]:
        """An optional object of snake_case names to numbers, as sorted pairs."""
        value = self.data.get(key, {})
        if not isinstance(value, dict):
            raise self._fail(key, "an object of numbers")
        pairs: list[tuple[str, float]] = []
        for name, number in value.items():
            if not is_valid_id(name) or not isinstance(number, int | float) or isinstance(number, bool):
                raise self._fail(key, "an object mapping snake_case names to numbers")
            pairs.append((name, float(number)))
        return tuple(sorted(pairs))


@dataclass(frozen=True)
class Localized:
    """A short text in several languages, stored as sorted ``(lang, text)`` pairs.

    Pairs rather than a dict keep the dataclass hashable and truly immutable,
    so names can sit in sets and caches.
    """

    pairs: tuple[tuple[str, str], ...]

    @classmethod
    def from_fields(cls, fields: Fields, required: tuple[str, ...] = (FALLBACK_LANGUAGE,)) -> Localized:
        """Read ``{"ko": ..., "en": ...}``: ``required`` languages must be present, others may be."""
        pairs = []
        for lang in LANGUAGES:
            value = fields.text(lang) if lang in required else fields.optional_text(lang)
            if value is not None:
                pairs.append((lang, value))
        return cls(tuple(pairs))

    def get(self, lang: str) -> str:
        """The text in ``lang``, else in English (always present by construction)."""
        table = dict(self.pairs)
        return table.get(lang) or table[FALLBACK_LANGUAGE]

    def has(self, lang: str) -> bool:
        """True when a text exists in ``lang`` itself (no fallback)."""
        return any(code == lang for code, _ in self.pairs)
