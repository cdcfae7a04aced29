"""The script's steps as a list the presenter reorders by dragging (or with the move buttons).

The model is a thin view over ``ScriptDraft.steps``: a drop moves the step in the draft itself
(``ScriptDraft.move``), so what is saved is always what the list shows.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QByteArray, QMimeData, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

from app.presentation.draft import ScriptDraft, StepDraft

MIME = "application/x-gyeongju-step-row"
Index = QModelIndex | QPersistentModelIndex


class StepListModel(QAbstractListModel):
    moved = Signal(int, int)  # from row, to row (after the move)

    def __init__(self, draft: ScriptDraft, describe, parent=None) -> None:  # noqa: ANN001 - callable, QObject
        super().__init__(parent)
        self.draft = draft
        self.describe = describe  # StepDraft, number → the line shown (in the UI language)

    def set_draft(self, draft: ScriptDraft) -> None:
        self.beginResetModel()
        self.draft = draft
        self.endResetModel()

    def step(self, row: int) -> StepDraft:
        return self.draft.steps[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008 - Qt override
        return 0 if parent.isValid() else len(self.draft.steps)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or index.row() >= len(self.draft.steps):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.describe(self.draft.steps[index.row()], index.row() + 1)
        return None

    def changed(self, row: int) -> None:
        index = self.index(row)
        self.dataChanged.emit(index, index)

    def refresh_all(self) -> None:
        if self.draft.steps:
            self.dataChanged.emit(self.index(0), self.index(len(self.draft.steps) - 1))

    def insert(self, row: int, step: StepDraft) -> int:
        row = max(0, min(row, len(self.draft.steps)))
        self.beginInsertRows(QModelIndex(), row, row)
        self.draft.steps.insert(row, step)
        self.endInsertRows()
        self.refresh_all()  # numbers after it changed
        return row

    def remove(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self.draft.steps[row]
        self.endRemoveRows()
        self.refresh_all()

    def move_step(self, source: int, target: int) -> bool:
        """Move step ``source`` to end up at row ``target``; False when that is no move."""
        count = len(self.draft.steps)
        if not (0 <= source < count and 0 <= target < count) or source == target:
            return False
        # Qt's destination is the row *before* which the item lands, counted before the move.
        destination = target + 1 if target > source else target
        self.beginMoveRows(QModelIndex(), source, source, QModelIndex(), destination)
        self.draft.move(source, target)
        self.endMoveRows()
        self.refresh_all()
        self.moved.emit(source, target)
        return True

    # -- drag and drop ----------------------------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:  # noqa: N802 - Qt override
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:  # noqa: N802 - Qt override
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # noqa: N802 - Qt override
        mime = QMimeData()
        if indexes:
            mime.setData(MIME, QByteArray(str(indexes[0].row()).encode()))
        return mime

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,  # noqa: N802
        parent: Index,
    ) -> bool:
        if action != Qt.DropAction.MoveAction or not data.hasFormat(MIME):
            return False
        source = int(bytes(data.data(MIME).data()).decode() or -1)
        if row < 0:  # dropped on an item (or below the last): land in its place, or at the end
            row = parent.row() if parent.isValid() else len(self.draft.steps)
        target = row - 1 if row > source else row
        self.move_step(source, min(target, len(self.draft.steps) - 1))
        return False  # the move is done; Qt must not remove the source row again


class StepList(QListView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepList")
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setWordWrap(True)
        self.setSpacing(2)
