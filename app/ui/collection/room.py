"""The collection room: open or create a catalogue, import, tag, browse, review and export.

It only wires its parts together: the session (the UI thread's catalogue handle), the jobs
(import, tagging, export — each on a worker with its own handle), the thumbnail cache and the two
views. Every problem reaches the curator as one sentence in the banner; nothing here ends the app.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.catalog.operations import ImportSummary, TagSummary
from app.catalog.restorations import record_restoration
from app.catalog.tagging import Executor
from app.domain.errors import GyeongjuError
from app.ui.collection.browse_view import CollectionView
from app.ui.collection.cluster_dialog import ClusterDialog
from app.ui.collection.export_dialog import ExportDialog
from app.ui.collection.jobs import import_job, tag_job
from app.ui.collection.progress_line import ProgressLine
from app.ui.collection.review_view import ReviewView
from app.ui.collection.session import CatalogSession
from app.ui.collection.thumbs import ThumbnailCache
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner

CATALOG_FILTER = "Gyeongju catalogue (*.gjcat);;All files (*)"


class CollectionRoom(Retranslatable, QWidget):
    backRequested = Signal()
    workbenchRequested = Signal(str)  # the picture to open in the Studio workbench

    def __init__(
        self, runner: JobRunner, *, tag_executor: Executor | None = None, import_workers: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("CollectionRoom")
        self.runner = runner
        self.tag_executor = tag_executor
        self.import_workers = import_workers
        self.session = CatalogSession(self)
        self.thumbs = ThumbnailCache(parent=self)
        #: (item id, path) of the picture last sent to the workbench.
        self.workbench_item: tuple[int, str] | None = None
        self.export_dialog: ExportDialog | None = None
        self.cluster_dialog: ClusterDialog | None = None
        self.language = "en"

        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.catalog_name = QLabel()
        self.catalog_name.setObjectName("InfoLine")
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.import_button, self.tag_button, self.export_button = QPushButton(), QPushButton(), QPushButton()
        self.cluster_button = QPushButton()
        self.tag_button.setObjectName("PrimaryButton")
        self.banner = QLabel()
        self.banner.setObjectName("Banner")
        self.banner.setWordWrap(True)
        self.banner.setVisible(False)
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._banner_timer = QTimer(self, singleShot=True, interval=8000)
        self._banner_timer.timeout.connect(lambda: self.banner.setVisible(False))
        self.progress = ProgressLine()

        self.browse = CollectionView(self.session, self.thumbs)
        self.review = ReviewView(self.session, self.thumbs)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.browse, "")
        self.tabs.addTab(self.review, "")
        self.empty = QLabel()
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading)
        top.addWidget(self.catalog_name, 1)
        for button in (self.new_button, self.open_button, self.import_button, self.tag_button, self.cluster_button,
                       self.export_button):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.progress)
        layout.addWidget(self.stack, 1)

        self.new_button.clicked.connect(self.choose_new)
        self.open_button.clicked.connect(self.choose_open)
        self.import_button.clicked.connect(self.choose_import)
        self.tag_button.clicked.connect(self.tag_collection)
        self.cluster_button.clicked.connect(self.show_cluster)
        self.export_button.clicked.connect(self.show_export)
        for view in (self.browse, self.review):
            view.errorRaised.connect(lambda sentence: self.show_error(sentence, self.tr("That did not work")))
        self.browse.infoRaised.connect(self.show_info)
        self.browse.workbenchRequested.connect(self._to_workbench)
        self.review.decided.connect(lambda: setattr(self, "_browse_stale", True))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.session.opened.connect(self._opened)
        self.session.changed.connect(self._reload)
        self._browse_stale = False
        self.retranslate()
        self._update_buttons()

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Collection"))
        self.new_button.setText(self.tr("New catalogue…"))
        self.open_button.setText(self.tr("Open catalogue…"))
        self.import_button.setText(self.tr("Import folder…"))
        self.tag_button.setText(self.tr("Tag collection"))
        self.cluster_button.setText(self.tr("Where to tag…"))
        self.export_button.setText(self.tr("Export…"))
        self.tabs.setTabText(0, self.tr("Pictures"))
        self.tabs.setTabText(1, self.tr("Review"))
        self.empty.setText(self.tr(
            "A catalogue keeps a museum's pictures, the AI's tags and the curators' decisions in one file. "
            "Open one, or create a new catalogue and import a folder of pictures."
        ))

    def set_language(self, language: str) -> None:
        self.language = language
        self.browse.set_language(language)
        self.review.set_language(language)

    # -- messages ------------------------------------------------------------------------------------
    def show_error(self, sentence: str, headline: str = "") -> None:
        """One sentence. The catalogue's own sentences are English: in another UI language a translated
        headline says what failed and the English sentence follows as the detail."""
        if headline and self.language != "en":
            sentence = f"{headline} — {sentence}"
        self._banner(sentence, problem=True)

    def show_info(self, sentence: str) -> None:
        self._banner(sentence, problem=False)

    def _banner(self, sentence: str, problem: bool) -> None:
        self.banner.setProperty("problem", problem)
        self.banner.style().polish(self.banner)
        self.banner.setText(sentence)
        self.banner.setVisible(True)
        if problem:
            self._banner_timer.stop()
        else:
            self._banner_timer.start()

    # -- the catalogue -------------------------------------------------------------------------------
    def choose_new(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New catalogue"), str(Path.home() / "collection.gjcat"),
                                              CATALOG_FILTER)
        if path:
            self.create_catalog(Path(path) if Path(path).suffix else Path(path + ".gjcat"))

    def choose_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open catalogue"), str(Path.home()), CATALOG_FILTER)
        if path:
            self.open_catalog(Path(path))

    def open_catalog(self, path: Path) -> bool:
        return self._switch(self.session.open, path, self.tr("The catalogue could not be opened"))

    def create_catalog(self, path: Path) -> bool:
        return self._switch(self.session.create, path, self.tr("The catalogue could not be created"))

    def _switch(self, action: object, path: Path, headline: str) -> bool:
        if self.progress.busy():
            self.show_error(
                self.tr("Wait for the running task to finish, or cancel it, before opening another catalogue.")
            )
            return False
        try:
            action(path)  # type: ignore[operator]
        except GyeongjuError as exc:
            self.show_error(str(exc), headline)
            return False
        self.banner.setVisible(False)
        return True

    def _opened(self, path: str) -> None:
        self.thumbs.set_catalog(Path(path) if path else None)
        self.catalog_name.setText(path)
        self.stack.setCurrentWidget(self.tabs if path else self.empty)
        self._reload()
        self._update_buttons()

    def _reload(self) -> None:
        self.browse.reload()
        self.review.reload()
        self._browse_stale = False

    def _tab_changed(self, index: int) -> None:
        if self.tabs.widget(index) is self.review:
            self.review.grid.setFocus(Qt.FocusReason.TabFocusReason)
        elif self._browse_stale:
            self._browse_stale = False
            self.browse.run_query()

    def _update_buttons(self) -> None:
        has = self.session.catalog is not None
        busy = self.progress.busy()
        for button in (self.import_button, self.tag_button, self.cluster_button, self.export_button):
            button.setEnabled(has and not busy)
        self.new_button.setEnabled(not busy)
        self.open_button.setEnabled(not busy)

    # -- jobs ----------------------------------------------------------------------------------------
    def choose_import(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Import pictures from"), str(Path.home()))
        if folder:
            self.import_folder(Path(folder))

    def import_folder(self, folder: Path) -> JobHandle | None:
        """Import every picture under ``folder`` (already imported ones are skipped quickly)."""
        if self.session.path is None:
            return None
        handle = self._run(import_job(self.session.path, [folder], self.import_workers), self.tr("Importing"),
                           self.tr("The import stopped"))
        handle.succeeded.connect(self._imported)
        return handle

    def tag_collection(self) -> JobHandle | None:
        """Tag every readable picture the installed tagger has not tagged yet."""
        if self.session.path is None:
            return None
        job = tag_job(self.session.path, self.tag_executor)
        handle = self._run(job, self.tr("Tagging"), self.tr("Tagging stopped"))
        handle.succeeded.connect(self._tagged)
        return handle

    def _run(self, job: object, title: str, headline: str) -> JobHandle:
        handle = self.runner.start(job)  # type: ignore[arg-type]
        self.progress.follow(handle, title)
        handle.failed.connect(lambda sentence: self.show_error(sentence, headline))
        handle.cancelled.connect(
            lambda: self.show_info(self.tr("Stopped. What was finished is kept; run it again to go on."))
        )
        # Whatever happened, the catalogue may hold new rows now.
        handle.finished.connect(self.session.touch)
        handle.finished.connect(self._update_buttons)
        self._update_buttons()
        return handle

    def _imported(self, summary: ImportSummary) -> None:
        self.show_info(self.tr("Import finished: {0} new, {1} could not be read.").format(
            summary.added, summary.unreadable))

    def _tagged(self, summary: TagSummary) -> None:
        self.show_info(self.tr("Tagging finished: {0} tagged.").format(summary.tagged))

    def show_cluster(self) -> ClusterDialog | None:
        """Choose whether this collection is tagged here or on a Dask cluster (kept in the catalogue)."""
        if self.session.catalog is None:
            return None
        self.cluster_dialog = ClusterDialog(self.runner, self.session.catalog, self)
        self.cluster_dialog.show()
        return self.cluster_dialog

    def show_export(self) -> ExportDialog | None:
        if self.session.path is None:
            return None
        self.export_dialog = ExportDialog(self.runner, self.session.path, self.language, self)
        self.export_dialog.show()
        return self.export_dialog

    # -- the workbench -------------------------------------------------------------------------------
    def _to_workbench(self, item_id: int, path: str) -> None:
        self.workbench_item = (item_id, path)
        self.workbenchRequested.emit(path)

    def restoration_saved(self, source: str, sidecar: str) -> str | None:
        """Record a restoration saved in the workbench when its source is the picture sent there from here.

        Returns the sentence to show (recorded, or why not), None when the picture is not from this catalogue.
        """
        if self.workbench_item is None or self.session.catalog is None:
            return None
        item_id, path = self.workbench_item
        if Path(source).resolve() != Path(path).resolve():
            return None
        try:
            record_restoration(self.session.catalog, item_id, sidecar)
        except GyeongjuError as exc:
            self.show_error(str(exc), self.tr("The restoration was not recorded"))
            return str(exc)
        if self.browse.detail.item_id == item_id:
            self.browse.show_item(item_id)
        sentence = self.tr("The restoration was recorded in the catalogue with its provenance.")
        self.show_info(sentence)
        return sentence

    def shutdown(self, timeout_ms: int = 5000) -> bool:
        """Stop background work and close the catalogue (the window is closing)."""
        if self.export_dialog is not None and self.export_dialog.handle is not None:
            self.export_dialog.handle.cancel()
        stopped = self.thumbs.shutdown(timeout_ms)
        self.session.close(announce=False)
        return stopped
