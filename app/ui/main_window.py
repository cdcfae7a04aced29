"""The main window: menus, and a stack of the start screen and the three modes.

It only wires widgets together; each page owns its behaviour.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from app.config.paths import AppPaths
from app.config.settings import Settings, save_settings
from app.content.gallery import aged_sample_job, sample_image_job, subject_name
from app.jobs import Job
from app.ui.dialogs import AboutDialog, SettingsDialog
from app.ui.i18n import UI_LANGUAGES, LanguageManager
from app.ui.runner import JobHandle, JobRunner
from app.ui.start_screen import StartScreen
from app.ui.widgets.background_task import BackgroundTask
from app.ui.widgets.sample_strip import Thumb
from app.ui.widgets.showcase import Showcase
from app.vision.registry import ModelRegistry

if TYPE_CHECKING:
    from app.ui.collection.room import CollectionRoom
    from app.ui.exhibition.page import ExhibitionPage
    from app.ui.packs.page import PacksPage
    from app.ui.presentation.page import PresentationPage
    from app.ui.references.page import ReferencesPage
    from app.ui.script_editor.page import ScriptEditorPage
    from app.ui.studio.page import StudioPage

log = logging.getLogger(__name__)
IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp);;All files (*)"
#: Every mode of the Go menu, in its order.
MODES = ("start", "studio", "collection", "references", "exhibition", "presentation", "packs", "script_editor")


class MainWindow(QMainWindow):
    """The start screen at once; every other page built (and its module imported) when first shown.

    Importing and building all eight pages cost about half of the launch (the collection room alone,
    with its Qt subclasses, ~0.3 s warm), and most sessions use one or two of them. A page is made by
    its ``_build_<mode>`` method the first time anything asks for it (``window.studio`` and the like
    are properties), and is wired to the pages that already exist; links between pages go through
    this window, which forwards only to pages that have been built.
    """

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
        self.pages = QStackedWidget()
        self.pages.addWidget(self.start)
        self.setCentralWidget(self.pages)
        self._built: dict[str, QWidget] = {"start": self.start}
        self._gallery: list[Thumb] = []

        self.start.modeChosen.connect(self.show_mode)
        self.start.sampleChosen.connect(lambda key: self.show_sample(key, self.exhibition))
        self.languages.changed.connect(self._content_language_changed)
        self._build_menus()
        self.retranslate()
        if gallery_job is not None:
            handle = self.runner.start(gallery_job)
            handle.succeeded.connect(self._set_gallery)
            handle.failed.connect(lambda msg: log.warning("sample gallery unavailable: %s", msg))

    # -- pages, built on first use -------------------------------------------------------------------
    def page(self, mode: str) -> QWidget:
        """The page of ``mode`` (``KeyError`` for an unknown one), built now if this is its first use."""
        page = self._built.get(mode)
        if page is None:
            if mode not in MODES:
                raise KeyError(mode)
            page = getattr(self, f"_build_{mode}")()
            self._built[mode] = page
            self.pages.addWidget(page)
        return page

    def built(self, mode: str) -> QWidget | None:
        """The page of ``mode`` if it has been built, without building it."""
        return self._built.get(mode)

    @property
    def studio(self) -> StudioPage:
        return self.page("studio")  # type: ignore[return-value]

    @property
    def collection(self) -> CollectionRoom:
        return self.page("collection")  # type: ignore[return-value]

    @property
    def references(self) -> ReferencesPage:
        return self.page("references")  # type: ignore[return-value]

    @property
    def exhibition(self) -> ExhibitionPage:
        return self.page("exhibition")  # type: ignore[return-value]

    @property
    def presentation(self) -> PresentationPage:
        return self.page("presentation")  # type: ignore[return-value]

    @property
    def packs(self) -> PacksPage:
        return self.page("packs")  # type: ignore[return-value]

    @property
    def script_editor(self) -> ScriptEditorPage:
        return self.page("script_editor")  # type: ignore[return-value]

    def _back_to(self, page: QWidget, mode: str) -> None:
        page.backRequested.connect(lambda: self.show_mode(mode))  # type: ignore[attr-defined]

    def _build_studio(self) -> QWidget:
        from app.ui.studio.page import StudioPage

        studio = StudioPage(self.runner, self.settings.images.max_megapixels * 1_000_000, self.registry)
        studio.recognise_panel.set_language(self.languages.language)
        self._back_to(studio, "start")
        # Reference photos name sites in the Studio's answers; the workbench sends restorations back.
        studio.recognise_panel.referencesRequested.connect(lambda: self.show_mode("references"))
        studio.collectionRequested.connect(lambda: self.show_mode("collection"))
        studio.restorationSaved.connect(self._restoration_saved)
        studio.errorRaised.connect(self.show_error)
        studio.sampleChosen.connect(self.open_aged_sample)
        self._give_gallery(studio.samples)
        return studio

    def _build_collection(self) -> QWidget:
        from app.ui.collection.room import CollectionRoom

        room = CollectionRoom(self.runner)
        room.set_language(self.languages.language)
        self._back_to(room, "start")
        room.session.opened.connect(self._catalogue_opened)
        room.workbenchRequested.connect(lambda path: self.open_image(Path(path)))
        return room

    def _build_references(self) -> QWidget:
        from app.ui.references.page import ReferencesPage

        page = ReferencesPage(self.runner, self.languages)
        self._back_to(page, "start")
        page.set_catalogue(self._open_catalogue())
        return page

    def _build_exhibition(self) -> QWidget:
        from app.ui.exhibition.page import ExhibitionPage

        page = ExhibitionPage()
        self._back_to(page, "start")
        self._wire_showcase(page)
        return page

    def _build_presentation(self) -> QWidget:
        from app.ui.presentation.page import PresentationPage

        page = PresentationPage(self.runner)
        self._back_to(page, "start")
        # Packs and the script editor are reached from the Presentation page and from each other.
        page.packsRequested.connect(lambda: self.show_mode("packs"))
        page.scriptEditorRequested.connect(lambda: self.show_mode("script_editor"))
        self._wire_showcase(page)
        return page

    def _build_packs(self) -> QWidget:
        from app.ui.packs.page import PacksPage

        page = PacksPage(self.runner, self.languages.language)
        self._back_to(page, "presentation")
        page.scriptEditorRequested.connect(lambda: self.show_mode("script_editor"))
        return page

    def _build_script_editor(self) -> QWidget:
        from app.ui.script_editor.page import ScriptEditorPage

        page = ScriptEditorPage(self.runner)
        page.set_language(self.languages.language)
        self._back_to(page, "presentation")
        page.packsRequested.connect(lambda: self.show_mode("packs"))
        page.set_catalogue(self._open_catalogue())
        return page

    def _wire_showcase(self, page: Showcase) -> None:
        page.sampleChosen.connect(lambda key: self.show_sample(key, page))
        page.card.set_language(self.languages.language)
        self._give_gallery(page.strip)
        # A showcase opens on its first sample rather than an empty frame.
        if self._gallery and page.card.subject_id is None:
            self.show_sample(self._gallery[0].key, page, switch=False)

    def _give_gallery(self, strip: object) -> None:
        if self._gallery:
            strip.set_thumbs(self._gallery)  # type: ignore[attr-defined]
            strip.set_captions(self._captions(self.languages.language))  # type: ignore[attr-defined]

    def _captions(self, language: str) -> dict[str, str]:
        return {t.key: subject_name(t.subject_id, language) for t in self._gallery}

    def _open_catalogue(self) -> Path | None:
        room = self.built("collection")
        return None if room is None else room.session.path  # type: ignore[attr-defined]

    def _catalogue_opened(self, path: str) -> None:
        for mode in ("references", "script_editor"):
            page = self.built(mode)
            if page is not None:
                page.set_catalogue(Path(path) if path else None)  # type: ignore[attr-defined]

    def _restoration_saved(self, source: str, sidecar: str) -> None:
        room = self.built("collection")
        if room is not None:  # no collection open: nothing to record the restoration in
            room.restoration_saved(source, sidecar)  # type: ignore[attr-defined]

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
        for mode in MODES:
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
            # The two pages' own words (their translation contexts), without building them.
            "packs": QCoreApplication.translate("PacksPage", "Packs"),
            "script_editor": QCoreApplication.translate("ScriptEditorPage", "Script editor"),
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
        self.pages.setCurrentWidget(self.page(mode))

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
        for mode in ("studio", "exhibition", "presentation"):
            page = self.built(mode)
            if page is None:
                continue  # it takes the gallery when it is built
            if mode == "studio":
                self._give_gallery(page.samples)  # type: ignore[attr-defined]
            else:
                self._give_gallery(page.strip)  # type: ignore[attr-defined]
                if thumbs and page.card.subject_id is None:  # type: ignore[attr-defined]
                    self.show_sample(thumbs[0].key, page, switch=False)  # type: ignore[arg-type]

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
        """Content in the new language on the pages that exist (the others start in it when built)."""
        built = self._built
        for mode in ("exhibition", "presentation"):
            if mode in built:
                built[mode].card.set_language(language)  # type: ignore[attr-defined]
                built[mode].strip.set_captions(self._captions(language))  # type: ignore[attr-defined]
        if "studio" in built:
            built["studio"].recognise_panel.set_language(language)  # type: ignore[attr-defined]
            built["studio"].samples.set_captions(self._captions(language))  # type: ignore[attr-defined]
        for mode in ("collection", "packs", "script_editor"):
            if mode in built:
                built[mode].set_language(language)  # type: ignore[attr-defined]
        self.start.samples.set_captions(self._captions(language))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.runner.shutdown(3000)
        room = self.built("collection")
        if room is not None:
            room.shutdown(3000)  # type: ignore[attr-defined]
        super().closeEvent(event)
