"""The filter bar of the collection view: every filter of ``SearchQuery``, in the UI language.

Typing waits a quarter of a second before the query runs, so a word is searched once, not once per
letter. A tag can be picked from the list (names in the UI language) or typed in any language; a
date counts once it is a whole ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QGridLayout, QLineEdit, QPushButton, QWidget

from app.catalog.search import SearchQuery
from app.ui.retranslate import Retranslatable

_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
#: Confidence bands: (key, min score, max score).
BANDS = (("any", None, None), ("low", None, 0.4999), ("middle", 0.5, 0.7999), ("high", 0.8, None))
STATES = ("any", "unreviewed", "accepted", "rejected", "corrected")
DEBOUNCE_MS = 250


class FilterBar(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FilterBar")
        self.text = QLineEdit()
        self.text.setClearButtonEnabled(True)
        self.tag = QComboBox()
        self.tag.setEditable(True)
        self.tag.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.tag.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.tag.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.state = QComboBox()
        self.model = QComboBox()
        self.band = QComboBox()
        self.since = QLineEdit()
        self.until = QLineEdit()
        self.site = QLineEdit()
        self.clear_button = QPushButton()
        for combo in (self.state, self.band):
            for _ in range(len(STATES) if combo is self.state else len(BANDS)):
                combo.addItem("")
        self.model.addItem("", None)
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.changed)
        for edit in (self.text, self.since, self.until, self.site):
            edit.textChanged.connect(self._soon)
        self.tag.currentTextChanged.connect(self._soon)
        for combo in (self.state, self.model, self.band):
            combo.currentIndexChanged.connect(self._now)
        self.clear_button.clicked.connect(self.clear)

        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.text, 0, 0, 1, 3)
        grid.addWidget(self.tag, 0, 3, 1, 2)
        grid.addWidget(self.state, 0, 5)
        grid.addWidget(self.band, 1, 0)
        grid.addWidget(self.model, 1, 1)
        grid.addWidget(self.site, 1, 2)
        grid.addWidget(self.since, 1, 3)
        grid.addWidget(self.until, 1, 4)
        grid.addWidget(self.clear_button, 1, 5)
        for column in range(6):
            grid.setColumnStretch(column, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.text.setPlaceholderText(self.tr("Search titles, descriptions and notes"))
        self.tag.lineEdit().setPlaceholderText(self.tr("Any tag"))
        self.tag.setToolTip(self.tr("Pick a tag or type its name in any language"))
        for index, text in enumerate((self.tr("Any review state"), self.tr("Not reviewed"), self.tr("Accepted"),
                                      self.tr("Rejected"), self.tr("Corrected"))):
            self.state.setItemText(index, text)
        for index, text in enumerate((self.tr("Any confidence"), self.tr("Below 50 %"), self.tr("50–80 %"),
                                      self.tr("80 % and above"))):
            self.band.setItemText(index, text)
        self.model.setItemText(0, self.tr("Any model"))
        self.site.setPlaceholderText(self.tr("Site (coverage)"))
        self.since.setPlaceholderText(self.tr("From YYYY-MM-DD"))
        self.until.setPlaceholderText(self.tr("To YYYY-MM-DD"))
        self.clear_button.setText(self.tr("Clear filters"))

    def set_tag_choices(self, choices: list[tuple[str, str]]) -> None:
        """(label id, name in the UI language) of every tag; keeps what is typed."""
        typed = self.tag.currentText()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem("", None)
        for label_id, name in choices:
            self.tag.addItem(name, label_id)
        self.tag.setCurrentIndex(-1)
        self.tag.setEditText(typed)
        self.tag.blockSignals(False)

    def set_models(self, models: list[tuple[str, str]]) -> None:
        """(model id, version) of the models that tagged the catalogue."""
        chosen = self.model.currentData()
        self.model.blockSignals(True)
        while self.model.count() > 1:
            self.model.removeItem(1)
        for model_id, version in models:
            self.model.addItem(f"{model_id} {version}", model_id)
        self.model.setCurrentIndex(max(0, self.model.findData(chosen)))
        self.model.blockSignals(False)

    def clear(self) -> None:
        for widget in (self.text, self.since, self.until, self.site, self.state, self.model, self.band, self.tag):
            widget.blockSignals(True)
        for edit in (self.text, self.since, self.until, self.site):
            edit.clear()
        self.tag.setCurrentIndex(-1)
        self.tag.setEditText("")
        for combo in (self.state, self.model, self.band):
            combo.setCurrentIndex(0)
        for widget in (self.text, self.since, self.until, self.site, self.state, self.model, self.band, self.tag):
            widget.blockSignals(False)
        self._now()

    def _soon(self) -> None:
        self._timer.start()

    def _now(self) -> None:
        self._timer.stop()
        self.changed.emit()

    def flush(self) -> None:
        """Run a waiting query now (tests, and Enter in a field)."""
        if self._timer.isActive():
            self._now()

    def _tag_text(self) -> str | None:
        text = self.tag.currentText().strip()
        if not text:
            return None
        index = self.tag.findText(text)
        data = self.tag.itemData(index) if index > 0 else None
        return str(data) if data else text

    @staticmethod
    def _date(edit: QLineEdit) -> str | None:
        text = edit.text().strip()
        whole = bool(_DATE.fullmatch(text))
        edit.setProperty("invalid", bool(text) and not whole)
        return text if whole else None

    def query(self) -> SearchQuery:
        _, low, high = BANDS[max(0, self.band.currentIndex())]
        state = STATES[max(0, self.state.currentIndex())]
        return SearchQuery(
            text=self.text.text(),
            tag=self._tag_text(),
            state=None if state == "any" else state,
            model=self.model.currentData(),
            min_score=low,
            max_score=high,
            site=self.site.text().strip() or None,
            since=self._date(self.since),
            until=self._date(self.until),
        )
