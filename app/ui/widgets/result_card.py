"""A recognition result card: top labels with confidence bars, an "unknown" verdict, names per language.

Below the type, a line about *which* site it is: the subject the reference gallery named (with the
matched reference photo's thumbnail), an honest "not sure which site" when the gallery has photos
but none matched, or an invitation to add reference photos when the gallery is empty.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QVBoxLayout, QWidget

from app.domain.errors import GyeongjuError
from app.ui.qt_image import to_pixmap
from app.ui.reasons import unknown_reason
from app.vision.recognition import CONFIDENT_ANSWER

MAX_ROWS = 3
#: Side of the matched reference's thumbnail on the card, in pixels.
THUMB_SIDE = 88


def is_confident(score: float) -> bool:
    """Whether an answer may read as "most likely"; below the level it reads as "perhaps"."""
    return score >= CONFIDENT_ANSWER


def percent(score: float) -> int:
    """A score in whole percent, rounded down: an answer just under the level never reads as 70 %."""
    return int(score * 100 + 1e-9)


def label_name(label_id: str, name_en: str, name_ko: str, language: str) -> str:
    """A label's name in ``language``: the model's own ko/en names, the taxonomy for zh/ja."""
    if language == "ko" and name_ko:
        return name_ko
    if language in ("zh", "ja"):
        try:
            from app.content.taxonomy import load_taxonomy

            taxonomy = load_taxonomy()
            for lookup in (taxonomy.type_by_id, taxonomy.subject_by_id):
                try:
                    return lookup(label_id).name(language)
                except (KeyError, GyeongjuError):
                    continue
        except GyeongjuError:
            pass
    return name_en or label_id


def subject_display_name(subject_id: str, name_en: str, name_ko: str, language: str) -> str:
    """A named subject in ``language``: the taxonomy's four names for its sites, else the stored ko/en names."""
    try:
        from app.content.taxonomy import load_taxonomy

        return load_taxonomy().subject_by_id(subject_id).name(language)
    except GyeongjuError:
        pass
    if language == "ko" and name_ko:
        return name_ko
    return name_en or subject_id


class ResultCard(QWidget):
    """Shows a :class:`~app.vision.recognition.classify.Prediction` (duck-typed: labels, unknown, reasons)."""

    referencesRequested = Signal()  # the visitor asked to add reference photos

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultCard")
        self.verdict = QLabel()
        self.verdict.setObjectName("Verdict")
        self.verdict.setWordWrap(True)
        self.rows: list[tuple[QLabel, QProgressBar]] = []
        self.subject_box = QWidget()
        self.subject_box.setObjectName("SubjectLine")
        self.reference_thumb = QLabel()
        self.reference_thumb.setFixedSize(THUMB_SIDE, THUMB_SIDE)
        self.reference_thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subject_text = QLabel()
        self.subject_text.setObjectName("SubjectText")
        self.subject_text.setWordWrap(True)
        self.references_button = QPushButton()
        self.references_button.clicked.connect(self.referencesRequested)
        text_column = QVBoxLayout()
        text_column.setContentsMargins(0, 0, 0, 0)
        text_column.addWidget(self.subject_text)
        text_column.addWidget(self.references_button, 0, Qt.AlignmentFlag.AlignLeft)
        text_column.addStretch(1)
        box = QHBoxLayout(self.subject_box)
        box.setContentsMargins(0, 4, 0, 4)
        box.addWidget(self.reference_thumb, 0, Qt.AlignmentFlag.AlignTop)
        box.addLayout(text_column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        layout.addWidget(self.subject_box)
        for _ in range(MAX_ROWS):
            name, bar = QLabel(), QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            layout.addWidget(name)
            layout.addWidget(bar)
            self.rows.append((name, bar))
        self.prediction = None
        self.language = "en"
        self.references: int | None = None
        self.thumbnail: np.ndarray | None = None
        self.show_prediction(None, "en")

    def show_prediction(
        self,
        prediction,  # noqa: ANN001 - Prediction or None
        language: str,
        *,
        references: int | None = None,
        thumbnail: np.ndarray | None = None,
    ) -> None:
        """Show ``prediction``; ``references`` (photos in the gallery, None: not asked) enables the site line."""
        self.prediction, self.language = prediction, language
        self.references, self.thumbnail = references, thumbnail
        labels = list(prediction.labels)[:MAX_ROWS] if prediction is not None else []
        for index, (name, bar) in enumerate(self.rows):
            visible = index < len(labels)
            name.setVisible(visible)
            bar.setVisible(visible)
            if visible:
                label = labels[index]
                name.setText(label_name(label.id, label.name_en, label.name_ko, language))
                bar.setValue(int(round(label.score * 1000)))
                bar.setFormat(f"{label.score * 100:.1f} %")
        if prediction is None:
            self.verdict.setText("")
        elif prediction.unknown:
            # Each reason as a sentence in the UI language; the codes themselves are for logs and JSON.
            lines = [self.tr("Unknown — the model is not sure this is a heritage subject it knows.")]
            lines += [f"• {unknown_reason(code)}" for code in prediction.reasons]
            self.verdict.setText("\n".join(lines))
        else:
            top = labels[0]
            name = label_name(top.id, top.name_en, top.name_ko, language)
            # A calibrated score under the level is too often wrong to be told as a fact.
            sentence = self.tr("Most likely {0} ({1} %)") if is_confident(top.score) else self.tr("Perhaps {0} ({1} %)")
            self.verdict.setText(sentence.format(name, percent(top.score)))
        self._show_subject()

    def _show_subject(self) -> None:
        """The line about which site it is (see the module docstring), hidden when there is nothing to say."""
        prediction, language = self.prediction, self.language
        subject = getattr(prediction, "subject", None) if prediction is not None else None
        self.references_button.setVisible(False)
        self.reference_thumb.setVisible(False)
        if prediction is None or self.references is None:
            self.subject_box.setVisible(False)
            return
        if subject is not None:
            name = subject_display_name(subject.id, subject.name_en, subject.name_ko, language)
            photo = Path(subject.reference.path).name
            text = self.tr("{0} — matched reference photo {1}, score {2}").format(name, photo, f"{subject.score:.2f}")
            self.subject_text.setText(text)
            if self.thumbnail is not None:
                pixmap = to_pixmap(self.thumbnail).scaled(
                    THUMB_SIDE, THUMB_SIDE, Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
                self.reference_thumb.setPixmap(pixmap)
                self.reference_thumb.setVisible(True)
        elif prediction.unknown:
            self.subject_box.setVisible(False)
            return
        elif self.references == 0:
            self.subject_text.setText(self.tr("Add reference photos to recognise this site."))
            self.references_button.setText(self.tr("Reference photos…"))
            self.references_button.setVisible(True)
        else:
            self.subject_text.setText(self.tr("I am not sure which site this is."))
        self.subject_box.setVisible(True)

    def subject_line(self) -> str:
        """The site line as shown ("" when hidden)."""
        return self.subject_text.text() if not self.subject_box.isHidden() else ""

    def set_language(self, language: str) -> None:
        self.show_prediction(self.prediction, language, references=self.references, thumbnail=self.thumbnail)

    def top_text(self) -> str:
        return self.rows[0][0].text() if self.prediction is not None and self.prediction.labels else ""
