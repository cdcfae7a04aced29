"""Studio: the curators' workspace. Opens an image off the UI thread and offers the AI tools."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.progress import CancelToken, Progress, ProgressCallback
from app.imaging.io import LoadedImage, load_image
from app.jobs import Job
from app.ui.credentials.panel import CredentialsPanel
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner
from app.ui.studio.recognise_panel import RecognisePanel
from app.ui.studio.restore_controller import RestoreController
from app.ui.studio.restore_panel import RestorePanel
from app.ui.widgets.compare_view import CompareView
from app.ui.widgets.image_view import ImageView
from app.ui.widgets.mask_canvas import MaskCanvas
from app.ui.widgets.sample_strip import SampleStrip
from app.vision.registry import ModelRegistry


class ToolTabs(QTabWidget):
    """The tools column: at least ``floor`` wide, and never narrower than its pages need.

    A fixed minimum width (``setMinimumWidth``) would override the pages' own minimum size hints,
    so a page needing more (a longer translation, a larger font) would be cut off on the right.
    """

    def __init__(self, floor: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.floor = floor

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self.floor), hint.height())


def open_image_job(path: Path, max_pixels: int) -> Job[LoadedImage]:
    def work(progress: ProgressCallback, cancel: CancelToken) -> LoadedImage:
        progress(Progress(0.1, path.name))
        image = load_image(path, max_pixels=max_pixels)
        cancel.raise_if_cancelled()
        return image

    return Job(f"open {path.name}", work)


class StudioPage(Retranslatable, QWidget):
    backRequested = Signal()
    errorRaised = Signal(str)
    imageOpened = Signal(str)
    sampleChosen = Signal(str)
    collectionRequested = Signal()
    restorationSaved = Signal(str, str)  # the original's path, the provenance sidecar's path

    def __init__(
        self, runner: JobRunner, max_pixels: int, registry: ModelRegistry | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("StudioPage")
        self.runner = runner
        self.max_pixels = max_pixels
        self.current: LoadedImage | None = None
        self._job: JobHandle | None = None
        self._reference: np.ndarray | None = None

        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        self.collection_button = QPushButton()
        self.collection_button.clicked.connect(self.collectionRequested)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.info = QLabel()
        self.info.setObjectName("InfoLine")
        self.fit_button = QPushButton()
        self.actual_button = QPushButton()
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.progress.setVisible(False)
        self.cancel_button = QPushButton()
        self.cancel_button.setVisible(False)
        self.cancel_button.clicked.connect(self.cancel)

        self.canvas = MaskCanvas()
        self.view = self.canvas  # the plain view of the open image (also where masks are painted)
        self.compare = CompareView()
        self.heat_view = ImageView()
        self.empty = QWidget()
        self.empty_text = QLabel()
        self.empty_text.setObjectName("EmptyState")
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_text.setWordWrap(True)
        self.samples = SampleStrip()
        self.samples.sampleChosen.connect(self.sampleChosen)
        empty_layout = QVBoxLayout(self.empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_text)
        empty_layout.addWidget(self.samples, 2)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.canvas, self.compare, self.heat_view):
            self.stack.addWidget(widget)
        self.fit_button.clicked.connect(lambda: self.stack.currentWidget().fit() if self.current else None)
        self.actual_button.clicked.connect(
            lambda: self.stack.currentWidget().actual_size() if self.current else None
        )

        self.restore_panel = RestorePanel()
        self.recognise_panel = RecognisePanel(registry, self._start_tool)
        self.recognise_panel.heatmapReady.connect(self._show_heatmap)
        self.recognise_panel.openRequested.connect(lambda path: self.open_path(Path(path)))
        self.tools = ToolTabs(floor=320)
        self.tools.addTab(self.recognise_panel, "")
        self.tools.addTab(self.restore_panel, "")
        self.credentials_panel = CredentialsPanel(runner)
        self.tools.addTab(self.credentials_panel, "")
        self.restorer = RestoreController(self.restore_panel, self.canvas, self.compare, self._start_tool, self)
        self.restorer.errorRaised.connect(self.errorRaised)
        self.restorer.saved.connect(self.restorationSaved)
        self.restorer.statusChanged.connect(self.info.setText)
        self.restorer.showCompare.connect(
            lambda on: self.stack.setCurrentWidget(self.compare if on else self.canvas)
        )
        splitter = QSplitter()
        splitter.addWidget(self.stack)
        splitter.addWidget(self.tools)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.collection_button)
        top.addWidget(self.fit_button)
        top.addWidget(self.actual_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Studio"))
        self.collection_button.setText(self.tr("Collection ▸"))
        self.fit_button.setText(self.tr("Fit"))
        self.actual_button.setText(self.tr("100%"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.tools.setTabText(0, self.tr("Recognise"))
        self.tools.setTabText(1, self.tr("Restore"))
        self.tools.setTabText(2, self.credentials_panel.tab_title())
        self.empty_text.setText(
            self.tr("Open an image with File ▸ Open image… or choose an aged sample below to try restoration.")
        )
        self._update_info()

    # -- jobs -------------------------------------------------------------------------------------
    def _track(self, handle: JobHandle) -> JobHandle:
        """Show progress and a cancel button for ``handle``; errors become one sentence."""
        self._job = handle
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        handle.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        handle.failed.connect(self.errorRaised)
        handle.finished.connect(self._job_finished)
        return handle

    def _start_tool(self, job: Job) -> JobHandle:
        return self._track(self.runner.start(job))

    def open_path(self, path: Path, reference: np.ndarray | None = None) -> JobHandle:
        """Decode ``path`` on a worker thread, then show it; ``reference`` = known clean original."""
        if self._job is not None and not self._job.done:
            self._job.cancel()
        self._reference = reference
        handle = self._track(self.runner.start(open_image_job(path, self.max_pixels)))
        handle.succeeded.connect(self._show)
        return handle

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _job_finished(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _show(self, image: LoadedImage) -> None:
        self.current = image
        self.restorer.begin(image, self._reference)
        self.recognise_panel.set_image(Path(image.path))
        self.credentials_panel.show_for(Path(image.path))  # a partner's image shows its history
        self.stack.setCurrentWidget(self.canvas)
        self._update_info()
        self.imageOpened.emit(str(image.path))

    def _show_heatmap(self, overlay: np.ndarray | None) -> None:
        if overlay is None:
            self.stack.setCurrentWidget(self.canvas if self.current is not None else self.empty)
            return
        self.heat_view.set_image(overlay)
        self.stack.setCurrentWidget(self.heat_view)

    def _update_info(self) -> None:
        if self.current is None:
            self.info.setText("")
            return
        width, height = self.current.size
        self.info.setText(
            self.tr("{name} — {w} × {h} px, {fmt}").format(
                name=Path(self.current.path).name, w=width, h=height, fmt=self.current.format
            )
        )
