"""The collection view: filters, the thumbnail grid of every matching picture, one picture in detail."""

from __future__ import annotations

import time

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from app.catalog.browse import item_detail, item_file, item_ids, model_versions, thumbnail_jpegs
from app.catalog.dublin_core import item_dublin_core, save_dublin_core
from app.catalog.restorations import restorations_of
from app.domain.errors import GyeongjuError
from app.ui.collection.detail import ItemDetailPane
from app.ui.collection.filters import FilterBar
from app.ui.collection.grid_model import ItemGridModel
from app.ui.collection.grid_view import ThumbGrid
from app.ui.collection.names import LabelNames
from app.ui.collection.session import CatalogSession
from app.ui.collection.thumbs import ThumbnailCache
from app.ui.retranslate import Retranslatable


class CollectionView(Retranslatable, QWidget):
    errorRaised = Signal(str)
    infoRaised = Signal(str)
    workbenchRequested = Signal(int, str)  # item id, path of its picture

    def __init__(self, session: CatalogSession, thumbs: ThumbnailCache, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CollectionView")
        self.session = session
        self.thumbs = thumbs
        self.names = LabelNames("en")
        self.filters = FilterBar()
        self.count = QLabel()
        self.count.setObjectName("InfoLine")
        self.model = ItemGridModel(thumbs, lambda: session.catalog, self)
        self.grid = ThumbGrid()
        self.grid.setModel(self.model)
        self.detail = ItemDetailPane()
        self.last_query_s = 0.0
        #: The query shown by the grid failed (one sentence), or "".
        self.problem = ""

        splitter = QSplitter()
        splitter.addWidget(self.grid)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([900, 420])
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)

        self.filters.changed.connect(self.run_query)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.detail.saveRequested.connect(self.save_description)
        self.detail.workbenchRequested.connect(self._open_in_workbench)
        self.thumbs.ready.connect(self.grid.repaint_items)
        self.thumbs.ready.connect(self._thumbnails_arrived)
        self.retranslate()

    def retranslate(self) -> None:
        self.grid.texts = {"unreadable": self.tr("Cannot be read"), "missing": self.tr("File missing")}
        self._show_count()

    def set_language(self, language: str) -> None:
        self.names = LabelNames(language)
        self.model.name_of = self.names.name
        self.model.language = language
        self.model.forget_all()
        self.grid.set_name_of(self.names.name)
        self.filters.set_tag_choices(self.names.choices())
        if self.detail.item_id is not None:
            self.show_item(self.detail.item_id)

    # -- the grid ------------------------------------------------------------------------------------
    def reload(self) -> None:
        """Run the query again (the catalogue changed); the current picture stays current if it still matches."""
        if self.session.catalog is not None:
            self.filters.set_models(model_versions(self.session.catalog))
        self.run_query()

    def run_query(self) -> None:
        catalog = self.session.catalog
        current = self.current_item()
        if catalog is None:
            self.model.set_ids([])
            self.detail.show_nothing()
            self._show_count()
            return
        started = time.perf_counter()
        query = self.filters.query()
        self.model.model_id = query.model
        try:
            ids = item_ids(catalog, query)
        except GyeongjuError as exc:
            self.problem = str(exc)
            self.errorRaised.emit(self.problem)
            return
        self.problem = ""
        self.model.set_ids(ids)
        self.last_query_s = time.perf_counter() - started
        self._show_count()
        row = self.model.row_of(current) if current is not None else -1
        if row < 0 and len(ids):
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self.detail.show_nothing()

    def select_row(self, row: int) -> None:
        index = self.model.index(row)
        self.grid.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self.grid.scrollTo(index)

    def current_item(self) -> int | None:
        index = self.grid.currentIndex()
        return self.model.item_id(index.row()) if index.isValid() else None

    def _show_count(self) -> None:
        total = len(self.model.ids())
        self.count.setText(self.tr("Pictures: {0}").format(total) if self.session.catalog is not None else "")

    # -- the detail pane -----------------------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_item(self.model.item_id(current.row()))
        else:
            self.detail.show_nothing()

    def show_item(self, item_id: int) -> None:
        catalog = self.session.catalog
        if catalog is None:
            return
        try:
            detail = item_detail(catalog, item_id)
            record = item_dublin_core(catalog, item_id)
            restored = restorations_of(catalog, item_id)
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return
        self.detail.show_item(detail, record, restored, self.names.name)
        self._load_preview(item_id)

    def _load_preview(self, item_id: int) -> None:
        catalog = self.session.catalog
        jpeg = thumbnail_jpegs(catalog, [item_id]).get(item_id) if catalog is not None else None
        # A stored thumbnail is at most 256 px: decoding one here takes about a millisecond.
        image = QImage.fromData(jpeg, "JPEG") if jpeg else None
        if image is None:
            self.thumbs.image(item_id)  # made in the background; _thumbnails_arrived shows it
        self.detail.set_preview(image)

    def _thumbnails_arrived(self, ids: list[int]) -> None:
        if self.detail.item_id is not None and self.detail.item_id in ids:
            self._load_preview(self.detail.item_id)

    def save_description(self, item_id: int) -> bool:
        catalog = self.session.catalog
        if catalog is None:
            return False
        try:
            save_dublin_core(catalog, item_id, self.detail.form.values())
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return False
        self.detail.save_button.setEnabled(False)
        self.model.forget([item_id])
        self.infoRaised.emit(self.tr("The description was saved."))
        return True

    def _open_in_workbench(self, item_id: int) -> None:
        catalog = self.session.catalog
        if catalog is None:
            return
        try:
            path = item_file(catalog, item_id)
        except GyeongjuError as exc:
            self.errorRaised.emit(str(exc))
            return
        self.workbenchRequested.emit(item_id, path)

    def focus_grid(self) -> None:
        self.grid.setFocus(Qt.FocusReason.OtherFocusReason)
