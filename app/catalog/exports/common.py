"""Small facts every export format shares, so that the four exports of one picture agree."""

from __future__ import annotations

from datetime import UTC, datetime

from app.catalog.exports.effective_tags import TagSet
from app.catalog.exports.records import DcValue
from app.content.taxonomy import LANGUAGES
from app.version import __version__

#: Our XMP namespace (prefix ``gjai``). ``.example`` is reserved by RFC 2606: nobody else can ever
#: own the name, so the URI stays unique and stable even though it does not resolve. Bump the
#: version segment only if the meaning of an existing property changes.
NAMESPACE = "https://gyeongju-heritage-ai.example/ns/1.0/"
NAMESPACE_PREFIX = "gjai"

#: Which value stands for a multilingual text when one is needed (XMP ``x-default``, the single
#: ``dcterms:title`` of a CSV row, a IIIF label): an untagged value first, then English (the
#: language every content file carries in full), then the other kiosk languages.
PREFERENCE = (None, "en", *(lang for lang in LANGUAGES if lang != "en"))

_MIME = {
    "JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff", "WEBP": "image/webp",
    "BMP": "image/bmp", "GIF": "image/gif",
}


def exporter() -> str:
    """The name and version written into every export."""
    return f"Gyeongju Heritage AI {__version__}"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def mime_type(pillow_format: str | None) -> str | None:
    """The MIME type of a Pillow format name (``JPEG`` → ``image/jpeg``), None if unknown."""
    return _MIME.get((pillow_format or "").upper())


def preferred(values: tuple[DcValue, ...]) -> DcValue | None:
    """The value that stands for all of them (see :data:`PREFERENCE`); None when there is none."""
    for language in PREFERENCE:
        for value in values:
            if value.language == language:
                return value
    return values[0] if values else None


def by_preference(values: tuple[DcValue, ...] | list[DcValue]) -> list[DcValue]:
    """``values`` ordered by language as :data:`PREFERENCE` ranks them (others after, by tag)."""
    rank = {language: n for n, language in enumerate(PREFERENCE)}
    return sorted(values, key=lambda v: (rank.get(v.language, len(rank)), v.language or ""))


def first_per_language(values: tuple[DcValue, ...]) -> dict[str, str]:
    """``{language: value}`` for the language-tagged values, first one per language, by preference."""
    table: dict[str, str] = {}
    for value in by_preference(values):
        if value.language is not None:
            table.setdefault(value.language, value.value)
    return table


def unique(values: list[str]) -> list[str]:
    """``values`` without repeats or empty strings, first occurrence kept."""
    return list(dict.fromkeys(v for v in values if v))


def keyword_names(tags: TagSet) -> list[str]:
    """Curated tags' names in every language they have (suggestions are never plain keywords)."""
    names: list[str] = []
    for tag in tags.curated:
        names.extend(name for _, name in tag.name.names)
        if not tag.name.names:
            names.append(tag.label)
    return unique(names)
