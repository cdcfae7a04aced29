"""An item's tags as chips: what a model suggested and what a curator decided look different.

AI suggestions are outlined with a dashed border and carry their score and the model (id and
version) that gave them; curators' decisions are filled, carry who decided and when, and a
rejected label is struck through. A later decision hides nothing: the AI's answer stays visible
next to the curator's word, as the catalogue keeps both.
"""

from __future__ import annotations

import html

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from app.catalog.browse import AiTag, CuratorTag
from app.ui.retranslate import Retranslatable

_MARKS = {"accepted": "✓", "corrected": "✎", "added": "+", "rejected": "✗"}


class TagChips(Retranslatable, QWidget):
    """Chips for one item; ``show_tags`` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("TagChips")
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self.chips: list[QLabel] = []
        self._shown: tuple[tuple[AiTag, ...], tuple[CuratorTag, ...], object] = ((), (), str)

    def retranslate(self) -> None:
        self.show_tags(*self._shown)

    def _chip(self, kind: str, text: str, tip: str) -> QLabel:
        chip = QLabel(text)
        chip.setObjectName(kind)
        chip.setWordWrap(True)
        chip.setToolTip(tip)
        self._layout.addWidget(chip)
        self.chips.append(chip)
        return chip

    def show_tags(self, ai: tuple[AiTag, ...], decisions: tuple[CuratorTag, ...], name_of: object = str) -> None:
        self._shown = (ai, decisions, name_of)
        for chip in self.chips:
            chip.deleteLater()
        self.chips = []
        name = name_of if callable(name_of) else str
        for decision in decisions:
            verb = {
                "accepted": self.tr("accepted by {0}"), "corrected": self.tr("corrected by {0}"),
                "added": self.tr("added by {0}"), "rejected": self.tr("rejected by {0}"),
            }.get(decision.action, "{0}").format(html.escape(decision.decided_by))
            label = html.escape(name(decision.label))
            if decision.action == "rejected":
                label = f"<s>{label}</s>"
            text = f"{_MARKS.get(decision.action, '')} <b>{label}</b> — {verb}, {html.escape(decision.decided_at[:10])}"
            if decision.note:
                text += f"<br><i>{html.escape(decision.note)}</i>"
            kind = "RejectedChip" if decision.action == "rejected" else "CuratorChip"
            self._chip(kind, text, self.tr("A curator's decision"))
        for tag in ai:
            text = self.tr("AI · {label} {score} · {model} {version}").format(
                label=f"<b>{html.escape(name(tag.label))}</b>", score=f"{tag.score:.0%}",
                model=html.escape(tag.model_id), version=html.escape(tag.model_version),
            )
            tip = self.tr("A model's suggestion, not checked by a person unless a decision says so")
            self._chip("AiChip", text, tip)
        if not ai and not decisions:
            self._chip("EmptyChip", self.tr("No tags yet: run “Tag collection”."), "")

    def texts(self) -> list[tuple[str, str]]:
        """(kind, plain text) of each chip, for tests and accessibility."""
        return [(chip.objectName(), chip.text()) for chip in self.chips]
