"""The open catalogue of the collection room, as the UI thread holds it.

One :class:`Catalog` handle for the UI thread: quick indexed reads (a block of grid cells, one
item's record) and the curator's decisions, each a few milliseconds. Jobs open their own handles
(``jobs.py``). ``changed`` tells every view that the catalogue's content moved on (an import, a
tagging run, a decision), so each one reloads what it shows.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal

from app.catalog.operations import Catalog, create_catalog, open_catalog


class CatalogSession(QObject):
    opened = Signal(str)  # the catalogue's path ("" when closed)
    changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.catalog: Catalog | None = None

    @property
    def path(self) -> Path | None:
        return None if self.catalog is None else self.catalog.path

    def open(self, path: Path) -> None:
        """Open an existing catalogue; InvalidInput (one sentence) when it is not one. The old one stays open then."""
        self._switch(open_catalog(path))

    def create(self, path: Path) -> None:
        """Create a new, empty catalogue and open it."""
        self._switch(create_catalog(path))

    def _switch(self, catalog: Catalog) -> None:
        self.close(announce=False)
        self.catalog = catalog
        self.opened.emit(str(catalog.path))

    def close(self, announce: bool = True) -> None:
        if self.catalog is not None:
            self.catalog.close()
            self.catalog = None
            if announce:
                self.opened.emit("")

    def touch(self) -> None:
        """Announce that the catalogue's content changed."""
        self.changed.emit()
