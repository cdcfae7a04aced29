"""A recognition result card: top labels with confidence bars, an "unknown" verdict, names per language."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

from app.domain.errors import GyeongjuError
from app.ui.reasons import unknown_reason
from app.vision.recognition import CONFIDENT_ANSWER

MAX_ROWS = 3


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


class ResultCard(QWidget):
    """Shows a :class:`~app.vision.recognition.classify.Prediction` (duck-typed: labels, unknown, reasons)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResultCard")
        self.verdict = QLabel()
        self.verdict.setObjectName("Verdict")
        self.verdict.setWordWrap(True)
        self.rows: list[tuple[QLabel, QProgressBar]] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.verdict)
        for _ in range(MAX_ROWS):
            name, bar = QLabel(), QProgressBar()
            bar.setRange(0, 1000)
            bar.setTextVisible(True)
            layout.addWidget(name)
            layout.addWidget(bar)
            self.rows.append((name, bar))
        self.prediction = None
        self.language = "en"
        self.show_prediction(None, "en")

    def show_prediction(self, prediction, language: str) -> None:  # noqa: ANN001 - Prediction or None
        self.prediction, self.language = prediction, language
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

    def set_language(self, language: str) -> None:
        self.show_prediction(self.prediction, language)

    def top_text(self) -> str:
        return self.rows[0][0].text() if self.prediction is not None and self.prediction.labels else ""
