"""The chosen subject's reference photos: thumbnail, file name, who added it and when, credit and licence."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from app.ui.qt_image import to_pixmap
from app.vision.subjects.gallery import Reference

#: Side of a thumbnail in the list, in pixels.
ICON_SIDE = 112


def local_time(iso: str) -> str:
    """An ISO 8601 UTC time as local "YYYY-MM-DD HH:MM" (the text itself when it is not a time)."""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class PhotoList(QListWidget):
    """One row per reference photo; rows are keyed by the photo's sha256."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReferencePhotos")
        self.setIconSize(QSize(ICON_SIDE, ICON_SIDE))
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.references: list[Reference] = []
        self._placeholder = QPixmap(ICON_SIDE, ICON_SIDE)
        self._placeholder.fill(QColor(128, 128, 128, 60))
        self._icons: dict[str, QIcon] = {}

    def show_references(self, references: Sequence[Reference]) -> None:
        self.references = list(references)
        self.clear()
        for ref in self.references:
            item = QListWidgetItem(self._icons.get(ref.sha256) or QIcon(self._placeholder), self.row_text(ref))
            item.setData(Qt.ItemDataRole.UserRole, ref.sha256)
            item.setToolTip(ref.path)
            item.setSizeHint(QSize(0, ICON_SIDE + 12))
            self.addItem(item)

    def row_text(self, ref: Reference) -> str:
        lines = [
            Path(ref.path).name,
            self.tr("Added by {0} on {1}").format(ref.added_by or "?", local_time(ref.added_at)),
            self.tr("{0} × {1} px").format(ref.width, ref.height),
        ]
        if ref.credit:
            lines.append(self.tr("Credit: {0}").format(ref.credit))
        if ref.licence:
            lines.append(self.tr("Licence: {0}").format(ref.licence))
        return "\n".join(lines)

    def retranslate(self) -> None:
        for row, ref in enumerate(self.references):
            self.item(row).setText(self.row_text(ref))

    def set_thumbnails(self, pixels: Mapping[str, np.ndarray]) -> None:
        """Put decoded thumbnails (sha256 → RGB) on their rows; kept for the next time they are shown."""
        for sha, image in pixels.items():
            pixmap = to_pixmap(image).scaled(
                ICON_SIDE, ICON_SIDE, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
            self._icons[sha] = QIcon(pixmap)
        for row in range(self.count()):
            item = self.item(row)
            icon = self._icons.get(str(item.data(Qt.ItemDataRole.UserRole)))
            if icon is not None:
                item.setIcon(icon)

    def has_thumbnail(self, sha256: str) -> bool:
        return sha256 in self._icons

    def current_sha(self) -> str | None:
        item = self.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def select_sha(self, sha256: str) -> None:
        for row in range(self.count()):
            if self.item(row).data(Qt.ItemDataRole.UserRole) == sha256:
                self.setCurrentRow(row)
                return
