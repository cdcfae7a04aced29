"""The References page: which sites the app can name, from which photos, added by whom; add and remove.

It only wires widgets to the gallery's named functions (:mod:`app.vision.subjects.manage`, the same
as the ``subjects`` command). Adding photos runs the backbone, so it is a job; thumbnails are decoded
by a job too. Removing is a few small file operations and happens at once. Whatever the gallery
refuses is one sentence under the photos; the page keeps running and nothing is half-written (every
save in the gallery is atomic).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.domain.errors import GyeongjuError
from app.domain.progress import CancelToken, ProgressCallback
from app.jobs import Job
from app.ui.i18n import LanguageManager
from app.ui.references.catalogue_dialog import CataloguePickDialog
from app.ui.references.new_subject_dialog import IMAGE_FILTER, NewSubjectDialog
from app.ui.references.photo_list import PhotoList
from app.ui.references.subject_list import SubjectList
from app.ui.references.texts import new_subject_sentence, no_photos, type_name, unreadable_photo
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner
from app.ui.widgets.result_card import subject_display_name
from app.vision.subjects.gallery import Gallery
from app.vision.subjects.jobs import add_photos_job, create_subject_job, thumbnails_job
from app.vision.subjects.manage import (
    AddResult,
    PhotoCredit,
    UnreadablePhoto,
    list_subjects,
    new_subject_problem,
    remove_reference,
    remove_subject,
)


def _keeping_unreadable(job: Job[AddResult]) -> Job[AddResult | UnreadablePhoto]:
    """``job``, but an unreadable photo comes back as a value, so the page can name it in the UI language."""

    def work(progress: ProgressCallback, cancel: CancelToken) -> AddResult | UnreadablePhoto:
        try:
            return job.work(progress, cancel)
        except UnreadablePhoto as exc:
            return exc

    return Job(job.title, work)


class ReferencesPage(Retranslatable, QWidget):
    backRequested = Signal()
    galleryChanged = Signal()  # reference photos were added or removed

    def __init__(
        self,
        runner: JobRunner,
        languages: LanguageManager | None = None,
        gallery: Gallery | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ReferencesPage")
        self.runner, self.gallery = runner, gallery or Gallery()
        self.language = languages.language if languages is not None else "en"
        self.catalogue: Path | None = None
        self.job: JobHandle | None = None
        self.thumbs_handle: JobHandle | None = None

        self.back = QPushButton()
        self.back.clicked.connect(self.backRequested)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.subjects = SubjectList()
        self.subjects.subjectChosen.connect(self._show_subject)
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_subject)

        self.title = QLabel()
        self.title.setObjectName("SubjectTitle")
        self.title.setWordWrap(True)
        self.add_button = QPushButton()
        self.add_button.setObjectName("PrimaryButton")
        self.add_button.clicked.connect(self.add_files)
        self.catalogue_button = QPushButton()
        self.catalogue_button.clicked.connect(self.add_from_catalogue)
        self.remove_photo_button = QPushButton()
        self.remove_photo_button.clicked.connect(self.remove_selected_photo)
        self.remove_subject_button = QPushButton()
        self.remove_subject_button.clicked.connect(self.remove_selected_subject)
        self.credit = QLineEdit()
        self.licence = QLineEdit()
        self.photos = PhotoList()
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("EmptyState")
        self.empty_hint.setWordWrap(True)
        self.photos.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.message = QLabel()
        self.message.setObjectName("MessageLine")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setVisible(False)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.subjects, 1)
        left_layout.addWidget(self.new_button)
        actions = QHBoxLayout()
        for button in (self.add_button, self.catalogue_button, self.remove_photo_button, self.remove_subject_button):
            actions.addWidget(button)
        actions.addStretch(1)
        credits = QHBoxLayout()
        credits.addWidget(self.credit, 3)
        credits.addWidget(self.licence, 2)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        right_layout.addLayout(actions)
        right_layout.addLayout(credits)
        right_layout.addWidget(self.empty_hint)
        right_layout.addWidget(self.photos, 1)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.message)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([420, 700])
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        if languages is not None:
            languages.changed.connect(self.set_language)
        self.retranslate()
        self.refresh()

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Home"))
        self.heading.setText(self.tr("Reference photos"))
        self.intro.setText(
            self.tr(
                "Reference photos let the Studio say which site a photo shows. Add a few photos of each site, "
                "taken from different sides and in different light; they are used at once, without retraining."
            )
        )
        self.new_button.setText(self.tr("New subject…"))
        self.add_button.setText(self.tr("Add photos…"))
        self.catalogue_button.setText(self.tr("Add from catalogue…"))
        self.remove_photo_button.setText(self.tr("Remove photo…"))
        self.remove_subject_button.setText(self.tr("Remove subject…"))
        self.credit.setPlaceholderText(self.tr("Credit for the photos you add next (optional)"))
        self.licence.setPlaceholderText(self.tr("Licence (optional)"))
        self.empty_hint.setText(
            self.tr("No reference photos yet. Add three to ten photos of this site, each showing it well.")
        )
        self.photos.retranslate()

    def set_language(self, language: str) -> None:
        self.language = language
        self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        # The command line or another window may have changed the gallery since it was last shown.
        if not self._busy():
            self.refresh()
        super().showEvent(event)

    def set_catalogue(self, path: Path | None) -> None:
        """The catalogue the collection room has open (offered first by "Add from catalogue…")."""
        self.catalogue = path

    # -- showing -----------------------------------------------------------------------------------
    def refresh(self, select: str | None = None) -> None:
        """Read the gallery's records again (small JSON files) and show them."""
        self.subjects.fill(list_subjects(self.gallery), self.language, select)
        self._show_subject(self.subjects.current_id())

    def current_id(self) -> str | None:
        return self.subjects.current_id()

    def _show_subject(self, subject_id: str | None) -> None:
        entry = self.subjects.entry(subject_id)
        if entry is None:
            self.title.setText("")
            self.photos.show_references(())
            self.empty_hint.setVisible(False)
            self._update_buttons()
            return
        name = subject_display_name(entry.id, entry.name_en, entry.name_ko, self.language)
        self.title.setText(f"{name}  ({entry.id} · {type_name(entry.type, self.language)})")
        self.photos.show_references(entry.references)
        self.empty_hint.setVisible(not entry.references)
        self._update_buttons()
        self._load_thumbnails(entry.id)

    def _load_thumbnails(self, subject_id: str) -> None:
        folder = self.gallery.folder(subject_id)
        wanted = {
            ref.sha256: folder / ref.thumbnail
            for ref in self.photos.references
            if not self.photos.has_thumbnail(ref.sha256)
        }
        if not wanted:
            return
        self.thumbs_handle = self.runner.start(thumbnails_job(wanted))
        # Thumbnails are keyed by sha256: ones that arrive after another subject was chosen are kept for later.
        self.thumbs_handle.succeeded.connect(self.photos.set_thumbnails)

    def _busy(self) -> bool:
        return self.job is not None and not self.job.done

    def _update_buttons(self) -> None:
        entry = self.subjects.entry(self.current_id())
        idle = not self._busy()
        self.new_button.setEnabled(idle)
        self.add_button.setEnabled(idle and entry is not None)
        self.catalogue_button.setEnabled(idle and entry is not None)
        self.remove_photo_button.setEnabled(idle and self.photos.current_sha() is not None)
        self.remove_subject_button.setEnabled(idle and entry is not None and entry.record is not None)

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    # -- adding ------------------------------------------------------------------------------------
    def add_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose reference photos"), "", IMAGE_FILTER)
        if paths:
            self.add_paths([Path(p) for p in paths])

    def add_from_catalogue(self) -> None:
        dialog = CataloguePickDialog(self.catalogue, self)
        if dialog.exec() and dialog.checked_paths():
            self.catalogue = dialog.catalogue
            self.add_paths(dialog.checked_paths())

    def _credits(self, paths: Sequence[Path]) -> dict[str, PhotoCredit]:
        credit, licence = self.credit.text().strip(), self.licence.text().strip()
        if not (credit or licence):
            return {}
        return {str(path): PhotoCredit(credit, licence) for path in paths}

    def add_paths(self, paths: Sequence[Path]) -> JobHandle | None:
        """Add photos to the chosen subject (what the file dialog calls); None when nothing was started."""
        subject_id = self.current_id()
        if subject_id is None or self._busy():
            return None
        if not paths:
            self.show_message(no_photos())
            return None
        job = add_photos_job(subject_id, list(paths), self._credits(paths), self.gallery)
        return self._run(job, subject_id)

    def new_subject(self) -> None:
        dialog = NewSubjectDialog(self.language, self.gallery, self)
        if dialog.exec():
            self.create_subject(*dialog.values())

    def create_subject(
        self, subject_id: str, name_en: str, name_ko: str, type_id: str, paths: Sequence[Path]
    ) -> JobHandle | None:
        """Create a museum's own subject with its first photos; a refused id or name is one sentence here."""
        if self._busy():
            return None
        problem = new_subject_problem(subject_id, name_en, self.gallery)
        if problem is not None:
            self.show_message(new_subject_sentence(problem, subject_id))
            return None
        if not paths:
            self.show_message(no_photos())
            return None
        job = create_subject_job(
            subject_id, list(paths), name_en=name_en, name_ko=name_ko or None, type_id=type_id,
            credits=self._credits(paths), gallery=self.gallery,
        )
        return self._run(job, subject_id)

    def _run(self, job: Job[AddResult], subject_id: str) -> JobHandle:
        self.show_message(self.tr("Reading the photos and learning what they show…"))
        self.job = self.runner.start(_keeping_unreadable(job))
        self.progress.setVisible(True)
        self.job.succeeded.connect(lambda outcome: self._added(subject_id, outcome))
        self.job.failed.connect(self.show_message)
        self.job.finished.connect(self._job_finished)
        self._update_buttons()
        return self.job

    def _job_finished(self) -> None:
        self.progress.setVisible(False)
        self._update_buttons()

    def _added(self, subject_id: str, outcome: AddResult | UnreadablePhoto) -> None:
        if isinstance(outcome, UnreadablePhoto):
            self.show_message(unreadable_photo(outcome.path.name))
            return
        self.refresh(select=subject_id)
        entry = self.subjects.entry(subject_id)
        name = subject_display_name(subject_id, outcome.record.name_en, outcome.record.name_ko, self.language)
        if len(outcome.added) == 1:
            text = self.tr("Added 1 photo to {0}.").format(name)
        else:
            text = self.tr("Added {0} photos to {1}.").format(len(outcome.added), name)
        if outcome.already_there:
            text += " " + self.tr("{0} were already among its reference photos.").format(len(outcome.already_there))
        self.show_message(text)
        if entry is not None:
            self.galleryChanged.emit()

    # -- removing ----------------------------------------------------------------------------------
    def _confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Reference photos"), question)
        return answer == QMessageBox.StandardButton.Yes

    def remove_selected_photo(self) -> None:
        subject_id, sha = self.current_id(), self.photos.current_sha()
        if subject_id is None or sha is None:
            return
        ref = next(r for r in self.photos.references if r.sha256 == sha)
        question = self.tr("Remove the reference photo {0}? The original file is kept.").format(Path(ref.path).name)
        if self._confirm(question):
            self.remove_photo(subject_id, sha)

    def remove_photo(self, subject_id: str, sha256: str) -> None:
        try:
            remove_reference(subject_id, sha256, gallery=self.gallery)
        except GyeongjuError as exc:
            self.show_message(str(exc))
            return
        self.refresh(select=subject_id)
        self.show_message(self.tr("The photo was removed; the original file is kept."))
        self.galleryChanged.emit()

    def remove_selected_subject(self) -> None:
        entry = self.subjects.entry(self.current_id())
        if entry is None or entry.record is None:
            return
        name = subject_display_name(entry.id, entry.name_en, entry.name_ko, self.language)
        if entry.in_taxonomy:
            question = self.tr("Remove all {0} reference photos of {1}? The original files are kept.")
        else:
            question = self.tr("Remove the subject {1} and its {0} reference photos? The original files are kept.")
        if self._confirm(question.format(len(entry.references), name)):
            self.remove_whole_subject(entry.id)

    def remove_whole_subject(self, subject_id: str) -> None:
        try:
            remove_subject(subject_id, gallery=self.gallery)
        except GyeongjuError as exc:
            self.show_message(str(exc))
            return
        self.refresh(select=subject_id)
        self.show_message(self.tr("Removed; the original files are kept."))
        self.galleryChanged.emit()
