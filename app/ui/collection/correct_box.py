"""Type-ahead for a correction: names of the taxonomy in the UI language, Enter to confirm, Esc to leave.

Any name in Korean, English, Chinese or Japanese (or a label id) is understood when confirmed; the
list only offers the UI language's names, matching anywhere in the name ("탑" finds "석탑").
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


class CorrectBox(QLineEdit):
    chosen = Signal(str)  # the text as typed or picked
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CorrectBox")
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)
        self.returnPressed.connect(self._confirm)

    def set_names(self, names: list[str]) -> None:
        self._names.setStringList(sorted(dict.fromkeys(names), key=str.casefold))

    def open(self) -> None:
        self.clear()
        self.setVisible(True)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _confirm(self) -> None:
        popup = self.completer().popup()
        if popup.isVisible():
            index = popup.currentIndex()
            if index.isValid():
                self.setText(index.data())
            popup.hide()
        text = self.text().strip()
        if text:
            self.chosen.emit(text)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() == Qt.Key.Key_Escape:
            self.completer().popup().hide()
            self.dismissed.emit()
            return
        super().keyPressEvent(event)
