"""Which labels a curator may give or search for, and how a typed name becomes a label id.

A label is a heritage type or subject of the taxonomy (``assets/content/taxonomy.json``), or an
output of a recognition model that ran on this catalogue (``not_heritage``, a museum's own taught
labels). People type names, not ids: "Pagoda", "탑", "佛塔" and "仏塔" all mean ``pagoda``, so any
display name in Korean, English, Chinese or Japanese is accepted, case and spacing aside.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass

from app.catalog.database import Catalog
from app.domain.errors import InvalidInput, ModelUnavailable
from app.vision.recognition import DEFAULT_MODEL_ID


@dataclass(frozen=True)
class LabelBook:
    """Known label ids and every display name that leads to one."""

    ids: frozenset[str]
    by_name: dict[str, str]

    def resolve(self, text: str) -> str | None:
        """The label id ``text`` names (an id or a display name), or None."""
        key = _key(text)
        if text.strip() in self.ids:
            return text.strip()
        return self.by_name.get(key)


def _key(text: str) -> str:
    return " ".join(text.casefold().split())


def _model_labels(model_ids: set[str]) -> list[tuple[str, list[str]]]:
    """(label id, display names) of each model card still installed; a missing card adds nothing."""
    from app.vision.registry import default_registry

    registry = default_registry()
    found = []
    for model_id in sorted(model_ids):
        try:
            labels = registry.get(model_id).labels
        except ModelUnavailable:
            continue
        ids = list(labels.get("ids", []))
        names = [list(labels.get(key, [])) for key in ("names_en", "names_ko")]
        for index, label_id in enumerate(ids):
            found.append((str(label_id), [str(n[index]) for n in names if index < len(n)]))
    return found


def label_book(catalog: Catalog) -> LabelBook:
    """The labels this catalogue accepts: the taxonomy's, plus those of models that ran on it."""
    from app.content.taxonomy import LANGUAGES, load_taxonomy

    ids: set[str] = set()
    by_name: dict[str, str] = {}
    taxonomy = load_taxonomy()
    for entry in (*taxonomy.types, *taxonomy.subjects):
        ids.add(entry.id)
        for lang in LANGUAGES:
            if entry.names.has(lang):
                by_name.setdefault(_key(entry.name(lang)), entry.id)
    models = {DEFAULT_MODEL_ID} | {r[0] for r in catalog.conn.execute("SELECT DISTINCT model_id FROM tag_models")}
    for label_id, names in _model_labels(models):
        ids.add(label_id)
        for name in names:
            by_name.setdefault(_key(name), label_id)
    for label_id in ids:
        by_name.setdefault(_key(label_id.replace("_", " ")), label_id)
    return LabelBook(frozenset(ids), by_name)


def _seen_in_catalogue(conn: sqlite3.Connection, label: str) -> bool:
    # A label an earlier model version gave, whose card is gone, is still a label of this catalogue.
    return conn.execute("SELECT 1 FROM ai_tags WHERE label = ? LIMIT 1", (label,)).fetchone() is not None


def resolve_label(catalog: Catalog, text: str) -> str:
    """The label id for ``text`` (an id or a display name in any language); ``InvalidInput`` if unknown."""
    stripped = text.strip()
    if not stripped:
        raise InvalidInput("The label is empty; give a heritage type or subject, such as “pagoda”.")
    found = label_book(catalog).resolve(stripped)
    if found is not None:
        return found
    if _seen_in_catalogue(catalog.conn, stripped):
        return stripped
    raise InvalidInput(
        f"“{stripped}” is not a known label; use a heritage type or subject of the taxonomy, such as “pagoda” "
        "or “dabotap”, or its name in Korean, English, Chinese or Japanese."
    )
