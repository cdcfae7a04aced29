"""Shows a heritage fact card in the current content language."""

from __future__ import annotations

import logging

from PySide6.QtWidgets import QTextBrowser, QWidget

from app.content.card_html import card_html
from app.content.facts import load_card
from app.domain.errors import GyeongjuError

log = logging.getLogger(__name__)


class FactCardView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FactCard")
        self.setOpenLinks(False)
        self.subject_id: str | None = None
        self.language = "en"

    def show_subject(self, subject_id: str | None, language: str) -> None:
        self.subject_id, self.language = subject_id, language
        if subject_id is None:
            self.clear()
            return
        try:
            self.setHtml(card_html(load_card(subject_id), language))
        except GyeongjuError as exc:
            log.warning("no fact card for %s: %s", subject_id, exc)
            self.setPlainText(str(exc))

    def set_language(self, language: str) -> None:
        self.show_subject(self.subject_id, language)
