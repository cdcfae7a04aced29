"""Heritage fact cards: the visitor-facing text about each subject, in four languages.

One JSON file per subject, ``assets/content/cards/<subject_id>.json``::

    {
      "schema_version": 1,
      "id": "cheomseongdae",
      "heritage_type": "stone_monument",        # a type id of taxonomy.json
      "year_start": 632, "year_end": 647,       # ints (negative = BCE) or null
      "measures": {"height_m": 9.17},           # optional numbers, unit in the name
      "ko": {"name": ..., "period": ..., "dimensions": ... or null, "location": ...,
             "designation": ..., "description": ..., "image_note": ...},
      "en": {...}, "zh": {...}, "ja": {...},
      "sources": [{"title": ..., "publisher": ..., "url": "https://..."}]
    }

English is required in full; another language may be missing and then falls
back to English, so a half-translated card still shows something sensible.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from functools import lru_cache
from pathlib import Path

from app.content._data import (
    FALLBACK_LANGUAGE,
    LANGUAGES,
    Fields,
    content_dir,
    file_stamp,
    is_valid_id,
    read_json_object,
)
from app.domain.errors import InvalidInput

__all__ = ["LANGUAGES", "TEXT_FIELDS", "CardText", "FactCard", "Source", "card_ids", "load_card"]

#: The newest card layout this code understands.
SCHEMA_VERSION = 1


@dataclass(frozen=True)
class CardText:
    """The card's texts in one language.

    In English every field but ``dimensions`` is present (``dimensions`` is None
    where size means nothing, e.g. a village). In other languages a None field
    means "not translated yet": :meth:`FactCard.text` then shows the English one.
    """

    lang: str
    name: str | None
    period: str | None
    dimensions: str | None
    location: str | None
    designation: str | None
    description: str | None
    image_note: str | None


#: Field names accepted by :meth:`FactCard.text`.
TEXT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(CardText) if f.name != "lang")


@dataclass(frozen=True)
class Source:
    """A public source of the card's facts."""

    title: str
    publisher: str
    url: str


@dataclass(frozen=True)
class FactCard:
    """Everything a kiosk or handout shows about one heritage subject."""

    id: str
    heritage_type: str
    year_start: int | None
    year_end: int | None
    measures: tuple[tuple[str, float], ...]
    texts: tuple[CardText, ...]
    sources: tuple[Source, ...]

    def languages(self) -> tuple[str, ...]:
        """Languages the card is actually written in (before any fallback)."""
        return tuple(block.lang for block in self.texts)

    def text(self, lang: str, field: str) -> str | None:
        """Return ``field`` in ``lang``, falling back to English when the language is missing.

        Returns None only for a field that is null in English too (``dimensions``
        of a village, say). An unknown field is a programming slip, reported as
        ``InvalidInput`` so it surfaces as one sentence rather than a traceback.
        """
        if field not in TEXT_FIELDS:
            raise InvalidInput(f"'{field}' is not a fact-card field; use one of {', '.join(TEXT_FIELDS)}.")
        blocks = {block.lang: block for block in self.texts}
        wanted = blocks.get(lang)
        value = getattr(wanted, field) if wanted is not None else None
        return value if value is not None else getattr(blocks[FALLBACK_LANGUAGE], field)

    def name(self, lang: str) -> str:
        """The subject's display name in ``lang`` (English fallback)."""
        return self.text(lang, "name") or self.id

    def measure(self, key: str) -> float | None:
        """A structured figure such as ``height_m``, or None when not recorded."""
        return dict(self.measures).get(key)

    @property
    def height_m(self) -> float | None:
        """Height in metres, when meaningful and known."""
        return self.measure("height_m")


def card_path(subject_id: str, base_dir: str | Path | None = None) -> Path:
    """Where the card of ``subject_id`` lives; refuses ids that are not snake_case."""
    if not is_valid_id(subject_id):
        raise InvalidInput(f"'{subject_id}' is not a valid heritage subject id.")
    return content_dir(base_dir) / "cards" / f"{subject_id}.json"


def card_ids(base_dir: str | Path | None = None) -> tuple[str, ...]:
    """Ids of all cards present on disk, sorted."""
    folder = content_dir(base_dir) / "cards"
    if not folder.is_dir():
        return ()
    return tuple(sorted(p.stem for p in folder.glob("*.json") if is_valid_id(p.stem)))


def load_card(subject_id: str, base_dir: str | Path | None = None) -> FactCard:
    """Load and validate the fact card of ``subject_id``.

    Raises ``InvalidInput`` with one sentence when the card is missing,
    malformed, or written for a newer version of the app.
    """
    path = card_path(subject_id, base_dir)
    if not path.is_file():
        raise InvalidInput(f"There is no fact card for '{subject_id}' in {path.parent}.")
    return _load_card_cached(path, file_stamp(path, "fact card"), subject_id)


@lru_cache(maxsize=64)
def _load_card_cached(path: Path, stamp: int, subject_id: str) -> FactCard:
    # ``stamp`` is unused in the body: it is part of the cache key so an edited
    # file is re-read while unchanged ones cost nothing.
    return _parse_card(read_json_object(path, "fact card"), path.name, subject_id)


def _parse_card(data: dict, file_name: str, subject_id: str) -> FactCard:
    root = Fields(data, f"fact card {file_name}")
    version = root.integer("schema_version")
    if version > SCHEMA_VERSION:
        raise InvalidInput(f"The fact card {file_name} was written by a newer version of the app.")
    if root.identifier("id") != subject_id:
        raise InvalidInput(f"The fact card {file_name} describes '{data.get('id')}', not '{subject_id}'.")
    texts = tuple(
        _parse_text(section, lang)
        for lang in LANGUAGES
        if (section := root.section(lang, required=lang == FALLBACK_LANGUAGE)) is not None
    )
    sources = tuple(_parse_source(item, root.where) for item in root.items("sources"))
    if not sources:
        raise InvalidInput(f"The {root.where} lists no sources; every fact needs a public source.")
    return FactCard(
        id=subject_id,
        heritage_type=root.identifier("heritage_type"),
        year_start=root.optional_integer("year_start"),
        year_end=root.optional_integer("year_end"),
        measures=root.numbers("measures"),
        texts=texts,
        sources=sources,
    )


def _parse_text(section: Fields, lang: str) -> CardText:
    # Only English must be complete; elsewhere a blank field falls back to it.
    required = lang == FALLBACK_LANGUAGE

    def read(key: str) -> str | None:
        return section.text(key) if required else section.optional_text(key)

    return CardText(
        lang=lang,
        name=read("name"),
        period=read("period"),
        dimensions=section.optional_text("dimensions"),
        location=read("location"),
        designation=read("designation"),
        description=read("description"),
        image_note=read("image_note"),
    )


def _parse_source(item: object, where: str) -> Source:
    if not isinstance(item, dict):
        raise InvalidInput(f"In the {where}, each source must be an object with title, publisher and url.")
    source = Fields(item, f"{where}, sources")
    url = source.text("url")
    if not url.startswith(("https://", "http://")):
        raise InvalidInput(f"In the {where}, the source url '{url}' is not a web address.")
    return Source(title=source.text("title"), publisher=source.text("publisher"), url=url)
