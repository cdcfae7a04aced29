"""The subjects column: every taxonomy site and every subject the museum added, with photo counts."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from app.ui.references.texts import type_name
from app.ui.widgets.result_card import subject_display_name
from app.vision.subjects.manage import SubjectEntry


class SubjectList(QListWidget):
    """One row per subject; ``subjectChosen`` gives the id of the row chosen."""

    subjectChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SubjectList")
        self.setWordWrap(True)
        self.setUniformItemSizes(False)
        self.setSpacing(3)
        self.entries: list[SubjectEntry] = []
        self.language = "en"
        self.currentItemChanged.connect(self._changed)

    def fill(self, entries: Sequence[SubjectEntry], language: str, select: str | None = None) -> None:
        """Show ``entries`` and choose ``select`` (or keep the current row's subject)."""
        keep = select or self.current_id()
        self.entries, self.language = list(entries), language
        self.blockSignals(True)
        self.clear()
        chosen = None
        for entry in self.entries:
            item = QListWidgetItem(self.row_text(entry))
            item.setData(Qt.ItemDataRole.UserRole, entry.id)
            item.setToolTip(entry.id)
            self.addItem(item)
            if entry.id == keep:
                chosen = item
        self.blockSignals(False)
        self.setCurrentItem(chosen or self.item(0))

    def row_text(self, entry: SubjectEntry) -> str:
        name = subject_display_name(entry.id, entry.name_en, entry.name_ko, self.language)
        count = len(entry.references)
        if count == 0:
            photos = self.tr("no reference photos yet")
        elif count == 1:
            photos = self.tr("1 reference photo")
        else:
            photos = self.tr("{0} reference photos").format(count)
        kind = type_name(entry.type, self.language)
        own = "" if entry.in_taxonomy else " · " + self.tr("the museum's own")
        return f"{name}\n{kind} · {photos}{own}"

    def current_id(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def entry(self, subject_id: str | None) -> SubjectEntry | None:
        return next((e for e in self.entries if e.id == subject_id), None)

    def ids(self) -> list[str]:
        return [e.id for e in self.entries]

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.subjectChosen.emit(str(current.data(Qt.ItemDataRole.UserRole)))
