"""Reading and editing an item's Dublin Core record: the curator's description of a picture.

Values live in the ``dc`` table as (field, language, position, value) rows: a title may exist once
per language, a subject several times. Editing works per (field, language) pair: the pairs a form
sends are replaced as a whole, every other pair is left exactly as it was, so a form that shows
only some languages never deletes the others. The full-text index follows through the triggers
of ``schema.py``; exports read the same rows.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from app.catalog.database import Catalog, now_iso
from app.catalog.exports.text import language_tag
from app.catalog.schema import DC_FIELDS
from app.domain.errors import InvalidInput

#: The fields Curator Studio's form edits, in the order it shows them.
EDITABLE_FIELDS = (
    "title", "description", "creator", "date", "subject", "coverage", "rights", "source", "identifier",
)
#: Longest value accepted, in characters (a long description fits; a pasted file does not).
MAX_VALUE_CHARS = 20_000

DublinCore = dict[str, list[tuple[str, str]]]


def _check_item(catalog: Catalog, item_id: int) -> None:
    if catalog.conn.execute("SELECT 1 FROM items WHERE id = ?", (item_id,)).fetchone() is None:
        raise InvalidInput(f"There is no item {item_id} in this catalogue.")


def item_dublin_core(catalog: Catalog, item_id: int) -> DublinCore:
    """field → [(language, value), …] of one item, by language then position ('' = no language)."""
    _check_item(catalog, item_id)
    found: DublinCore = {}
    for row in catalog.conn.execute(
        "SELECT field, language, value FROM dc WHERE item_id = ? ORDER BY field, language, position", (item_id,)
    ):
        found.setdefault(str(row[0]), []).append((str(row[1]), str(row[2])))
    return found


def _checked(field: str, language: str, values: Sequence[str]) -> tuple[str, str, list[str]]:
    if field not in DC_FIELDS:
        raise InvalidInput(f"“{field}” is not a Dublin Core element; use one of {', '.join(DC_FIELDS)}.")
    language = language.strip()
    if language and language_tag(language) is None:
        raise InvalidInput(f"“{language}” is not a language code such as “ko” or “en”.")
    kept = [v.strip() for v in values if v.strip()]
    for value in kept:
        if len(value) > MAX_VALUE_CHARS:
            raise InvalidInput(
                f"The {field} is {len(value)} characters long; at most {MAX_VALUE_CHARS} are kept per value."
            )
    return field, language, kept


def save_dublin_core(catalog: Catalog, item_id: int, values: Mapping[tuple[str, str], Sequence[str]]) -> int:
    """Replace the values of each given (field, language) pair of one item; return the rows now stored.

    Empty and blank values are dropped, so sending ``[]`` (or ``[""]``) for a pair clears it. All
    pairs are written in one transaction: a refused value leaves the record as it was.
    """
    _check_item(catalog, item_id)
    pairs = [_checked(field, language, list(vals)) for (field, language), vals in values.items()]
    written = 0
    with catalog.transaction() as conn:
        for field, language, kept in pairs:
            conn.execute("DELETE FROM dc WHERE item_id = ? AND field = ? AND language = ?", (item_id, field, language))
            conn.executemany(
                "INSERT INTO dc (item_id, field, language, position, value) VALUES (?, ?, ?, ?, ?)",
                [(item_id, field, language, position, value) for position, value in enumerate(kept)],
            )
            written += len(kept)
        if pairs:
            conn.execute("UPDATE items SET updated_at = ? WHERE id = ?", (now_iso(), item_id))
    return written
