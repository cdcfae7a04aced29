"""Dublin Core as one CSV file (Omeka S CSV Import, spreadsheets) or one JSON file (scripts).

CSV: UTF-8, comma-separated, RFC 4180 quoting, CRLF line ends, one row per picture. Headers are
DCMI terms (``dcterms:title``), which Omeka S CSV Import maps to properties by itself. A field
with several values holds them in one cell joined by :data:`MULTIVALUE_SEPARATOR` — enter the same
character as "multivalue separator" when importing; a ``|`` inside a value is written as ``¦``
so that it cannot split the value. Language-tagged values sit in their own column headed
``dcterms:title @ko`` (untagged values stay in ``dcterms:title``). No byte-order mark by default:
Omeka S would read it as part of the first header; ``bom=True`` adds one for Excel.

JSON: a list with one object per picture, lossless (every value with its language, every tag
with its provenance, rejected suggestions included).
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from app.catalog.exports.common import mime_type, unique
from app.catalog.exports.effective_tags import EffectiveTag, TagSet
from app.catalog.exports.records import ItemRecord
from app.catalog.schema import DC_FIELDS
from app.content.taxonomy import LANGUAGES

MULTIVALUE_SEPARATOR = "|"
_SEPARATOR_STAND_IN = "\u00a6"
# Fields a visitor-facing text is expected in, so their language columns exist even when empty.
_MULTILINGUAL = ("title", "description", "subject")
# Column order: what a curator reads first, then the rest of the 15 elements.
_FIELD_ORDER = ("identifier", "title", "description", "subject", "creator", "date", "coverage", "rights", "source")
_EXTRA = ("gjai:aiSuggestions", "gjai:sha256", "gjai:sourcePath")


def _cell(values: Iterable[str]) -> str:
    return MULTIVALUE_SEPARATOR.join(v.replace(MULTIVALUE_SEPARATOR, _SEPARATOR_STAND_IN) for v in unique(list(values)))


def csv_columns(languages_by_field: dict[str, set[str]]) -> list[tuple[str, str | None]]:
    """(field, language) per column; ``languages_by_field`` holds the tags the catalogue uses."""
    fields = [*_FIELD_ORDER, *(f for f in DC_FIELDS if f not in _FIELD_ORDER)]
    columns: list[tuple[str, str | None]] = []
    for field in fields:
        columns.append((field, None))
        used = languages_by_field.get(field, set())
        standard = [lang for lang in LANGUAGES if field in _MULTILINGUAL or lang in used]
        columns += [(field, lang) for lang in [*standard, *sorted(used - set(LANGUAGES))]]
        if field == "date":
            columns.append(("created", None))  # the EXIF capture date, a DCMI refinement of date
    return columns


def csv_header(columns: list[tuple[str, str | None]]) -> list[str]:
    return [f"dcterms:{field}" + (f" @{lang}" if lang else "") for field, lang in columns] + list(_EXTRA)


def _tag_names(tag: EffectiveTag, language: str | None) -> list[str]:
    if not tag.name.names:
        return [tag.label] if language is None else []
    return [name for lang, name in tag.name.names if lang == language]


def csv_row(record: ItemRecord, tags: TagSet, columns: list[tuple[str, str | None]]) -> list[str]:
    """One CSV row in the order of ``columns`` (+ our three extra columns)."""
    row: list[str] = []
    for field, language in columns:
        values = [v.value for v in record.dc_values(field) if v.language == language]
        if field == "subject":
            values += [name for tag in tags.curated for name in _tag_names(tag, language)]
        elif field == "identifier" and language is None and not values:
            values = [record.sha256 or ""]
        elif field == "format" and language is None and not values:
            values = [mime_type(record.format) or ""]
        elif field == "created":
            values = [record.exif_date or ""] if language is None else []
        row.append(_cell(values))
    suggestions = [f"{t.name.name('en')} ({t.score:.2f})" for t in tags.suggested]
    row += [_cell(suggestions), record.sha256 or "", record.display_path]
    return row


class CsvWriter:
    """Streams rows into an open text file (the caller makes it atomic)."""

    def __init__(self, handle: IO[str], columns: list[tuple[str, str | None]], *, bom: bool) -> None:
        if bom:
            handle.write("\ufeff")
        self._columns = columns
        self._writer = csv.writer(handle, lineterminator="\r\n")
        self._writer.writerow(csv_header(columns))

    def add(self, record: ItemRecord, tags: TagSet) -> None:
        self._writer.writerow(csv_row(record, tags, self._columns))


def _tag_json(tag: EffectiveTag) -> dict[str, object]:
    e, d = tag.evidence, tag.decision
    return {
        "label": tag.label,
        "names": dict(tag.name.names),
        "hierarchy": list(tag.path),
        "status": tag.status,
        "score": None if e is None else e.score,
        "model": None if e is None else {
            "id": e.model_id, "version": e.model_version, "sha256": e.model_sha256, "tagged_at": e.created_at,
        },
        "decision": None if d is None else {
            "action": d.action, "decided_by": d.decided_by, "decided_at": d.decided_at, "note": d.note,
        },
    }


def json_record(record: ItemRecord, tags: TagSet) -> dict[str, object]:
    """One picture as a JSON object (see the module doc)."""
    identifiers = [v.value for v in record.dc_values("identifier")]
    return {
        "identifier": identifiers[0] if identifiers else record.sha256,
        "sha256": record.sha256,
        "source_path": record.display_path,
        "width": record.width,
        "height": record.height,
        "format": mime_type(record.format),
        "exif_date": record.exif_date,
        "camera": record.camera,
        "dc": {
            field: [{"value": v.value, "language": v.language} for v in values]
            for field, values in sorted(record.dc.items())
        },
        "tags": [_tag_json(t) for t in tags.kept],
        "rejected": [_tag_json(t) for t in tags.rejected],
    }


class JsonWriter:
    """Streams a JSON list, one record per line group, into an open text file."""

    def __init__(self, handle: IO[str]) -> None:
        self._handle = handle
        self._first = True
        handle.write("[")

    def add(self, record: ItemRecord, tags: TagSet) -> None:
        self._handle.write("\n" if self._first else ",\n")
        self._first = False
        self._handle.write(json.dumps(json_record(record, tags), ensure_ascii=False))

    def close(self) -> None:
        self._handle.write("\n]\n")
