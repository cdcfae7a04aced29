"""Create a museum's own subject: an id (checked), English and Korean names, a type, its first photos."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.content.taxonomy import load_taxonomy
from app.ui.references.texts import new_subject_sentence, no_photos
from app.vision.subjects.gallery import Gallery
from app.vision.subjects.manage import new_subject_problem

IMAGE_FILTER = "Images (*.jpg *.jpeg *.png *.tif *.tiff *.webp *.bmp);;All files (*)"


class NewSubjectDialog(QDialog):
    """Asks for a new subject; :meth:`accept` refuses a bad or used id with a sentence and stays open."""

    def __init__(self, language: str, gallery: Gallery | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("NewSubjectDialog")
        self.gallery = gallery
        self.setWindowTitle(self.tr("New subject"))
        self.id_edit = QLineEdit()
        self.id_edit.setPlaceholderText("museum_bell")
        self.name_en = QLineEdit()
        self.name_ko = QLineEdit()
        self.type_box = QComboBox()
        for kind in load_taxonomy().types:
            self.type_box.addItem(kind.name(language), kind.id)
        self.type_box.setCurrentIndex(max(0, self.type_box.findData("other")))
        self.photos = QListWidget()
        self.photos.setMinimumHeight(90)
        self.choose_button = QPushButton(self.tr("Choose photos…"))
        self.choose_button.clicked.connect(self.choose_photos)
        self.message = QLabel()
        self.message.setObjectName("ErrorLine")
        self.message.setWordWrap(True)
        self.id_hint = QLabel(self.tr("Lower-case letters (a–z), digits, “_” or “-”; it names a folder."))
        self.id_hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Id"), self.id_edit)
        form.addRow("", self.id_hint)
        form.addRow(self.tr("English name"), self.name_en)
        form.addRow(self.tr("Korean name"), self.name_ko)
        form.addRow(self.tr("Type"), self.type_box)
        form.addRow(self.tr("Photos"), self.photos)
        form.addRow("", self.choose_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(520, 460)

    def choose_photos(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose reference photos"), "", IMAGE_FILTER)
        self.add_photo_paths([Path(p) for p in paths])

    def add_photo_paths(self, paths: Sequence[Path]) -> None:
        shown = set(self.photo_paths())
        for path in paths:
            if path not in shown:
                self.photos.addItem(str(path))
                shown.add(path)

    def photo_paths(self) -> list[Path]:
        return [Path(self.photos.item(i).text()) for i in range(self.photos.count())]

    def values(self) -> tuple[str, str, str, str, list[Path]]:
        """(id, English name, Korean name, type id, photos) as entered."""
        return (
            self.id_edit.text().strip(),
            self.name_en.text().strip(),
            self.name_ko.text().strip(),
            str(self.type_box.currentData()),
            self.photo_paths(),
        )

    def problem(self) -> str | None:
        """The sentence that keeps the dialog open, or None."""
        subject_id, name_en, _ko, _type, photos = self.values()
        code = new_subject_problem(subject_id, name_en, self.gallery)
        if code is not None:
            return new_subject_sentence(code, subject_id)
        return None if photos else no_photos()

    def accept(self) -> None:
        problem = self.problem()
        if problem is not None:
            self.message.setText(problem)
            return
        super().accept()
