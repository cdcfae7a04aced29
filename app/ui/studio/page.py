"""Studio: the curators' workspace. Opens an image (decoded off the UI thread) and shows it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedLayout,
    QVBoxLayout,
    QWidget,
)

from app.domain.progress import CancelToken, Progress, ProgressCallback
from app.imaging.io import LoadedImage, load_image
from app.jobs import Job
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner
from app.ui.widgets.image_view import ImageView


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

    def __init__(self, runner: JobRunner, max_pixels: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StudioPage")
        self.runner = runner
        self.max_pixels = max_pixels
        self.current: LoadedImage | None = None
        self._job: JobHandle | None = None

        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
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

        self.view = ImageView()
        self.fit_button.clicked.connect(self.view.fit)
        self.actual_button.clicked.connect(self.view.actual_size)
        self.empty = QLabel()
        self.empty.setObjectName("EmptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedLayout()
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.view)

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.fit_button)
        top.addWidget(self.actual_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.info, 1)
        bottom.addWidget(self.progress)
        bottom.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(self.stack, 1)
        layout.addLayout(bottom)
        self.retranslate()

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Studio"))
        self.fit_button.setText(self.tr("Fit"))
        self.actual_button.setText(self.tr("100%"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.empty.setText(self.tr("Open an image with File ▸ Open image… or choose a sample on the start screen."))
        self._update_info()

    def open_path(self, path: Path) -> JobHandle:
        """Decode ``path`` on a worker thread, then show it; errors become one sentence."""
        if self._job is not None and not self._job.done:
            self._job.cancel()
        handle = self.runner.start(open_image_job(path, self.max_pixels))
        self._job = handle
        self.progress.setVisible(True)
        self.cancel_button.setVisible(True)
        handle.progressed.connect(lambda f, _m: self.progress.setValue(int(f * 1000)))
        handle.succeeded.connect(self._show)
        handle.failed.connect(self.errorRaised)
        handle.finished.connect(self._job_finished)
        return handle

    def cancel(self) -> None:
        if self._job is not None:
            self._job.cancel()

    def _job_finished(self) -> None:
        self.progress.setVisible(False)
        self.cancel_button.setVisible(False)

    def _show(self, image: LoadedImage) -> None:
        self.current = image
        self.view.set_image(image.pixels)
        self.stack.setCurrentWidget(self.view)
        self._update_info()
        self.imageOpened.emit(str(image.path))

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
