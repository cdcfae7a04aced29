"""Label ids as people read them: names in the UI language, and names back to ids.

Heritage types and subjects are named by the taxonomy in ko/en/zh/ja; a model's own labels (such as
``not_heritage``) by its model card, which names them in English and Korean — the other languages
get the UI's translation of the few the app ships, else the English name.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from app.domain.errors import ModelUnavailable
from app.vision.recognition import DEFAULT_MODEL_ID


def _shipped_names() -> dict[str, str]:
    # Written out so that Qt Linguist collects them (context "LabelNames").
    return {"not_heritage": QCoreApplication.translate("LabelNames", "Not heritage")}


@lru_cache(maxsize=8)
def _card_names(model_id: str) -> tuple[tuple[str, str, str], ...]:
    """(label id, English name, Korean name) of an installed model card; empty when not installed."""
    from app.vision.registry import default_registry

    try:
        labels = default_registry().get(model_id).labels
    except ModelUnavailable:
        return ()
    ids = list(labels.get("ids", []))
    english = list(labels.get("names_en", [])) + [""] * len(ids)
    korean = list(labels.get("names_ko", [])) + [""] * len(ids)
    return tuple((str(i), str(english[n] or i), str(korean[n] or english[n] or i)) for n, i in enumerate(ids))


class LabelNames:
    """label id ↔ name in one language."""

    def __init__(self, language: str, models: tuple[str, ...] = (DEFAULT_MODEL_ID,)) -> None:
        from app.content.taxonomy import load_taxonomy

        self.language = language
        self._names: dict[str, str] = {}
        taxonomy = load_taxonomy()
        for entry in (*taxonomy.types, *taxonomy.subjects):
            self._names[entry.id] = entry.name(language)
        shipped = _shipped_names()
        for model_id in models:
            for label_id, english, korean in _card_names(model_id):
                if label_id not in self._names:
                    own = korean if language == "ko" else english
                    self._names[label_id] = own if language in ("ko", "en") else shipped.get(label_id, english)
        self._ids = {name.casefold(): label_id for label_id, name in self._names.items()}

    def name(self, label_id: str) -> str:
        return self._names.get(label_id, label_id.replace("_", " "))

    def label_for(self, text: str) -> str | None:
        """The id a name in this language (or an id) stands for, or None."""
        text = text.strip()
        return text if text in self._names else self._ids.get(text.casefold())

    def choices(self) -> list[tuple[str, str]]:
        """(id, name) of every label: the taxonomy's types, its subjects, then models' own labels."""
        return list(self._names.items())
