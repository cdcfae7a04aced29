"""Pick catalogue items as reference photos: a catalogue file, a search, ticked rows.

The catalogue is opened for each search and closed again (``app.catalog.operations``), so this dialog
never holds a handle another room is using. Items whose file is missing or unreadable are shown but
cannot be ticked.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.catalog.operations import SearchQuery, open_catalog, search_items
from app.domain.errors import GyeongjuError

#: Items listed per search: enough to pick a handful, few enough to read.
PAGE = 200
CATALOGUE_FILTER = "Catalogues (*.gjcat *.db *.sqlite);;All files (*)"


class CataloguePickDialog(QDialog):
    def __init__(self, catalogue: Path | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CataloguePickDialog")
        self.setWindowTitle(self.tr("Add photos from the catalogue"))
        self.catalogue: Path | None = None
        self.path_label = QLabel()
        self.path_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("Choose catalogue…"))
        self.choose_button.clicked.connect(self.choose_catalogue)
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("Words in titles, descriptions or tags"))
        self.search_edit.returnPressed.connect(self.search)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.clicked.connect(self.search)
        self.items = QListWidget()
        self.all_button = QPushButton(self.tr("Tick all"))
        self.all_button.clicked.connect(self.tick_all)
        self.message = QLabel()
        self.message.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add the ticked photos"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.path_label, 1)
        top.addWidget(self.choose_button)
        query = QHBoxLayout()
        query.addWidget(self.search_edit, 1)
        query.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(query)
        layout.addWidget(self.items, 1)
        layout.addWidget(self.all_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 520)
        self.set_catalogue(catalogue)

    def choose_catalogue(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open a catalogue"), "", CATALOGUE_FILTER)
        if path:
            self.set_catalogue(Path(path))

    def set_catalogue(self, path: Path | None) -> None:
        self.catalogue = path
        self.items.clear()
        self.path_label.setText(str(path) if path else self.tr("No catalogue is open."))
        enabled = path is not None
        self.search_button.setEnabled(enabled)
        self.search_edit.setEnabled(enabled)
        if enabled:
            self.search()

    def search(self) -> None:
        """List the items matching the search words (all items when there are none)."""
        if self.catalogue is None:
            return
        self.items.clear()
        try:
            with open_catalog(self.catalogue) as catalog:
                result = search_items(catalog, SearchQuery(text=self.search_edit.text(), limit=PAGE))
        except GyeongjuError as exc:
            self.message.setText(str(exc))
            return
        for hit in result.hits:
            name = hit.title or Path(hit.path).name
            item = QListWidgetItem(f"{name}\n{hit.path}")
            item.setData(Qt.ItemDataRole.UserRole, hit.path)
            if hit.state == "ok":
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
            else:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            self.items.addItem(item)
        if result.total > len(result.hits):
            self.message.setText(
                self.tr("Showing the first {0} of {1} items; add words to narrow the search.").format(
                    len(result.hits), result.total
                )
            )
        elif not result.hits:
            self.message.setText(self.tr("No items match."))
        else:
            self.message.setText(self.tr("{0} items.").format(result.total))

    def tick_all(self) -> None:
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable:
                item.setCheckState(Qt.CheckState.Checked)

    def checked_paths(self) -> list[Path]:
        found = []
        for row in range(self.items.count()):
            item = self.items.item(row)
            if item.flags() & Qt.ItemFlag.ItemIsUserCheckable and item.checkState() == Qt.CheckState.Checked:
                found.append(Path(item.data(Qt.ItemDataRole.UserRole)))
        return found
