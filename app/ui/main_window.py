"""The main window: menus, and a stack of the start screen and the three modes.

It only wires widgets together; each page owns its behaviour.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.config.paths import AppPaths
from app.config.settings import Settings, save_settings
from app.content.gallery import aged_sample_job, sample_image_job, subject_name
from app.jobs import Job
from app.ui.collection.room import CollectionRoom
from app.ui.dialogs import AboutDialog, SettingsDialog
from app.ui.exhibition.page import ExhibitionPage
from app.ui.i18n import UI_LANGUAGES, LanguageManager
from app.ui.packs.page import PacksPage
from app.ui.presentation.page import PresentationPage
from app.ui.references.page import ReferencesPage
from app.ui.runner import JobHandle, JobRunner
from app.ui.script_editor.page import ScriptEditorPage
from app.ui.start_screen import StartScreen
from app.ui.studio.page import StudioPage
from app.ui.widgets.background_task import BackgroundTask
from app.ui.widgets.sample_strip import Thumb
from app.ui.widgets.showcase import Showcase
from app.vision.registry import ModelRegistry

log = logging.getLogger(__name__)
IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp);;All files (*)"


class MainWindow(QMainWindow):
    def __init__(
        self,
        settings: Settings,
        paths: AppPaths,
        languages: LanguageManager,
        registry: ModelRegistry | None = None,
        gallery_job: Job[list[Thumb]] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("MainWindow")
        self.settings = settings
        self.paths = paths
        self.languages = languages
        self.registry = registry
        self.runner = JobRunner(parent=self)
        self.resize(1440, 900)

        self.start = StartScreen()
        self.studio = StudioPage(self.runner, settings.images.max_megapixels * 1_000_000, registry)
        self.studio.recognise_panel.set_language(languages.language)
        self.exhibition = ExhibitionPage()
        self.presentation = PresentationPage(self.runner)
        self.packs = PacksPage(self.runner, languages.language)
        self.script_editor = ScriptEditorPage(self.runner)
        self.collection = CollectionRoom(self.runner)
        self.collection.set_language(languages.language)
        self.pages = QStackedWidget()
        self.references = ReferencesPage(self.runner, languages)
        extra = (self.packs, self.script_editor)
        for page in (self.start, self.studio, self.exhibition, self.presentation, self.collection, self.references,
                     *extra):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        # Packs and the script editor are reached from the Presentation page and from each other.
        for signal, target in ((self.presentation.packsRequested, "packs"), (self.script_editor.packsRequested,
                               "packs"), (self.packs.scriptEditorRequested, "script_editor"),
                               (self.presentation.scriptEditorRequested, "script_editor")):
            signal.connect(lambda m=target: self.show_mode(m))
        self.languages.changed.connect(self.packs.set_language)
        self.languages.changed.connect(self.script_editor.set_language)
        self.collection.session.opened.connect(lambda p: self.script_editor.set_catalogue(Path(p) if p else None))

        self.start.modeChosen.connect(self.show_mode)
        for page in (self.studio, self.exhibition, self.presentation, self.collection, self.references):
            page.backRequested.connect(lambda: self.show_mode("start"))
        for page in extra:
            page.backRequested.connect(lambda: self.show_mode("presentation"))
        # Reference photos name sites in the Studio's answers; "Add from catalogue" offers the open catalogue.
        self.studio.recognise_panel.referencesRequested.connect(lambda: self.show_mode("references"))
        self.collection.session.opened.connect(lambda p: self.references.set_catalogue(Path(p) if p else None))
        # The collection room and the Studio workbench send pictures and restorations to each other.
        self.studio.collectionRequested.connect(lambda: self.show_mode("collection"))
        self.collection.workbenchRequested.connect(lambda path: self.open_image(Path(path)))
        self.studio.restorationSaved.connect(self.collection.restoration_saved)
        self.studio.errorRaised.connect(self.show_error)
        self.start.sampleChosen.connect(lambda key: self.show_sample(key, self.exhibition))
        self.studio.sampleChosen.connect(self.open_aged_sample)
        for showcase in (self.exhibition, self.presentation):
            showcase.sampleChosen.connect(lambda key, page=showcase: self.show_sample(key, page))
        self.languages.changed.connect(self._content_language_changed)
        self._gallery: list[Thumb] = []
        self._build_menus()
        self.retranslate()
        if gallery_job is not None:
            handle = self.runner.start(gallery_job)
            handle.succeeded.connect(self._set_gallery)
            handle.failed.connect(lambda msg: log.warning("sample gallery unavailable: %s", msg))

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self.open_action = QAction(self, shortcut=QKeySequence.StandardKey.Open)
        self.open_action.triggered.connect(self.choose_image)
        self.open_catalog_action = QAction(self)
        self.open_catalog_action.triggered.connect(self.choose_catalog)
        self.settings_action = QAction(self)
        self.settings_action.triggered.connect(self.edit_settings)
        self.quit_action = QAction(self, shortcut=QKeySequence.StandardKey.Quit)
        self.quit_action.triggered.connect(self.close)
        self.file_menu.addActions([self.open_action, self.open_catalog_action, self.settings_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)

        self.go_menu = bar.addMenu("")
        self.mode_actions: dict[str, QAction] = {}
        for mode in ("start", "studio", "collection", "references", "exhibition", "presentation", "packs",
                     "script_editor"):
            action = QAction(self)
            action.triggered.connect(lambda _=False, m=mode: self.show_mode(m))
            self.go_menu.addAction(action)
            self.mode_actions[mode] = action

        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        for code, name in UI_LANGUAGES.items():
            action = QAction(name, self, checkable=True)
            action.setChecked(code == self.languages.language)
            action.triggered.connect(lambda _=False, c=code: self.set_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
            self.language_actions[code] = action

        self.help_menu = bar.addMenu("")
        self.about_action = QAction(self)
        self.about_action.triggered.connect(self.show_about)
        self.help_menu.addAction(self.about_action)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Gyeongju Heritage AI"))
        self.file_menu.setTitle(self.tr("&File"))
        self.open_action.setText(self.tr("&Open image…"))
        self.open_catalog_action.setText(self.tr("Open &catalogue…"))
        self.settings_action.setText(self.tr("&Settings…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.go_menu.setTitle(self.tr("&Go"))
        titles = {
            "start": self.tr("Start screen"),
            "studio": self.tr("Studio"),
            "collection": self.tr("Collection"),
            "references": self.tr("Reference photos"),
            "exhibition": self.tr("Exhibition"),
            "presentation": self.tr("Presentation"),
            "packs": self.packs.mode_title(),
            "script_editor": self.script_editor.mode_title(),
        }
        for mode, action in self.mode_actions.items():
            action.setText(titles[mode])
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.about_action.setText(self.tr("&About"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- actions -----------------------------------------------------------------------------------
    def show_mode(self, mode: str) -> None:
        page = {
            "start": self.start,
            "studio": self.studio,
            "collection": self.collection,
            "references": self.references,
            "exhibition": self.exhibition,
            "presentation": self.presentation,
            "packs": self.packs,
            "script_editor": self.script_editor,
        }[mode]
        self.pages.setCurrentWidget(page)

    def current_mode(self) -> str:
        return self.pages.currentWidget().objectName()

    def choose_image(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open image"), str(Path.home()), IMAGE_FILTER)
        if path:
            self.open_image(Path(path))

    def choose_catalog(self) -> None:
        self.show_mode("collection")
        self.collection.choose_open()

    def open_image(self, path: Path) -> None:
        self.show_mode("studio")
        self.studio.open_path(path)

    def set_language(self, code: str) -> None:
        self.languages.set_language(code)
        if code in self.language_actions:
            self.language_actions[code].setChecked(True)
        self.settings = self.settings.with_language(code)
        self._save_settings()

    def edit_settings(self) -> None:
        dialog = SettingsDialog(self.settings, self)
        if dialog.exec():
            new = dialog.result_settings()
            language_changed = new.language != self.settings.language
            self.settings = new
            self._save_settings()
            if language_changed:
                self.set_language(new.language)

    def _save_settings(self) -> None:
        try:
            save_settings(self.settings, self.paths.settings_file)
        except OSError as exc:
            self.show_error(self.tr("Your settings could not be saved ({0}).").format(exc.strerror or exc))

    def show_about(self) -> None:
        AboutDialog(self.registry, self).exec()

    def show_error(self, message: str) -> None:
        log.info("shown to user: %s", message)
        QMessageBox.warning(self, self.tr("Gyeongju Heritage AI"), message)

    def prepare_samples(self, job: Job[int], gallery_job: Job[list[Thumb]]) -> JobHandle:
        """Build the sample images in the background with visible progress, then reload the gallery."""
        task = BackgroundTask(self)
        self.statusBar().addPermanentWidget(task)
        task.started(self.tr("Preparing sample images…"))
        handle = self.runner.start(job)
        handle.progressed.connect(lambda fraction, _msg: task.progressed(
            self.tr("Preparing sample images… {0} %").format(round(fraction * 100)), fraction))
        handle.failed.connect(lambda msg: task.failed(self.tr("Sample images could not be prepared: {0}").format(msg)))

        def finished(built: int) -> None:
            task.done()
            if built:
                reload = self.runner.start(gallery_job)
                reload.succeeded.connect(self._set_gallery)

        handle.succeeded.connect(finished)
        return handle

    def _set_gallery(self, thumbs: list[Thumb]) -> None:
        self._gallery = thumbs
        self.start.samples.set_thumbs(thumbs)
        self.studio.samples.set_thumbs(thumbs)
        self.exhibition.set_thumbs(thumbs)
        self.presentation.set_thumbs(thumbs)
        # Each showcase opens on its first sample rather than an empty frame.
        if thumbs:
            for page in (self.exhibition, self.presentation):
                if page.card.subject_id is None:
                    self.show_sample(thumbs[0].key, page, switch=False)

    def show_sample(self, key: str, page: Showcase, switch: bool = True) -> JobHandle:
        """Load a sample off the UI thread and show it with its fact card on ``page``."""
        handle = self.runner.start(sample_image_job(key))
        handle.succeeded.connect(
            lambda sample: page.show_sample(sample.pixels, sample.subject_id, self.languages.language)
        )
        handle.failed.connect(self.show_error)
        if switch:
            self.pages.setCurrentWidget(page)
        return handle

    def open_aged_sample(self, key: str) -> JobHandle:
        """Open the aged copy of a sample in Studio, scored against its clean original."""
        handle = self.runner.start(aged_sample_job(key, self.paths.cache_dir / "samples"))
        handle.succeeded.connect(lambda sample: self.studio.open_path(sample.aged_path, reference=sample.clean))
        handle.failed.connect(self.show_error)
        self.show_mode("studio")
        return handle

    def _content_language_changed(self, language: str) -> None:
        for page in (self.exhibition, self.presentation):
            page.card.set_language(language)
        self.studio.recognise_panel.set_language(language)
        self.collection.set_language(language)
        captions = {t.key: subject_name(t.subject_id, language) for t in self._gallery}
        for strip in (self.start.samples, self.studio.samples, self.exhibition.strip, self.presentation.strip):
            strip.set_captions(captions)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.runner.shutdown(3000)
        self.collection.shutdown(3000)
        super().closeEvent(event)
