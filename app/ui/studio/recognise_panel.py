"""Studio's recognition tools: recognise with a heat-map and the site's name, tag a folder, teach a model."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.jobs import Job
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle
from app.ui.studio.teach_dialog import TeachDialog
from app.ui.widgets.fact_card import FactCardView
from app.ui.widgets.fitting_combo import FittingComboBox
from app.ui.widgets.result_card import ResultCard, is_confident, label_name, percent
from app.ui.widgets.scroll_body import ScrollBody, ToolScrollArea
from app.vision.registry import ModelRegistry

TAGGING_TASK = "image-tagging"


class RecognisePanel(Retranslatable, QWidget):
    heatmapReady = Signal(object)  # RGB overlay to show, or None to show the photo itself
    openRequested = Signal(str)  # a file chosen from the folder results
    referencesRequested = Signal()  # open the References page (reference photos that name sites)

    def __init__(
        self, registry: ModelRegistry | None, start_job: Callable[[Job], JobHandle], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RecognisePanel")
        self.registry, self.start_job = registry, start_job
        self.path: Path | None = None
        self.language = "en"
        self._overlay = None
        self.model = FittingComboBox()
        self.model_label = QLabel()
        self.recognise_button = QPushButton()
        self.recognise_button.setObjectName("PrimaryButton")
        self.recognise_button.setMinimumHeight(44)
        self.recognise_button.clicked.connect(self.recognise)
        self.heatmap = QCheckBox()
        self.heatmap.toggled.connect(self._toggle_heatmap)
        self.card = ResultCard()
        self.card.referencesRequested.connect(self.referencesRequested)
        self.facts = FactCardView()
        self.facts.setMaximumHeight(260)
        self.folder_button = QPushButton()
        self.folder_button.clicked.connect(self.choose_folder)
        self.results = QListWidget()
        self.results.itemClicked.connect(self._result_clicked)
        self.teach_button = QPushButton()
        self.teach_button.clicked.connect(self.teach)
        self.references_button = QPushButton()
        self.references_button.clicked.connect(self.referencesRequested)
        self.status = QLabel()
        self.status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.model_label)
        row.addWidget(self.model, 1)
        # The answer, the site's name and its fact card outgrow a laptop screen: scroll rather than squeeze.
        self.facts.setMinimumHeight(200)
        self.results.setMinimumHeight(120)
        body = ScrollBody()
        body.setObjectName("RecognisePanel")
        layout = QVBoxLayout(body)
        layout.addLayout(row)
        layout.addWidget(self.recognise_button)
        layout.addWidget(self.heatmap)
        layout.addWidget(self.card)
        layout.addWidget(self.facts)
        layout.addWidget(self.folder_button)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.teach_button)
        layout.addWidget(self.references_button)
        layout.addWidget(self.status)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(ToolScrollArea(body))
        self.refresh_models()
        self.retranslate()
        self.set_image(None)

    def retranslate(self) -> None:
        self.model_label.setText(self.tr("Model"))
        self.recognise_button.setText(self.tr("Recognise this image"))
        self.heatmap.setText(self.tr("Show why (heat-map)"))
        self.folder_button.setText(self.tr("Tag a whole folder…"))
        self.teach_button.setText(self.tr("Teach a new model from examples…"))
        self.references_button.setText(self.tr("Reference photos that name sites…"))

    def refresh_models(self, select: str | None = None) -> None:
        self.model.clear()
        if self.registry is None:
            return
        self.registry.refresh()
        for spec in self.registry.specs():
            if spec.task == TAGGING_TASK:
                self.model.addItem(f"{spec.id} ({spec.version})", spec.id)
        index = self.model.findData(select or "heritage_types")
        self.model.setCurrentIndex(max(0, index))

    def set_image(self, path: Path | None) -> None:
        self.path = path
        self.recognise_button.setEnabled(path is not None and self.model.count() > 0)
        self.heatmap.setChecked(False)
        self.heatmap.setEnabled(False)
        self._overlay = None
        self.card.show_prediction(None, self.language)
        self.facts.show_subject(None, self.language)
        self.facts.setVisible(False)

    def set_language(self, language: str) -> None:
        self.language = language
        self.card.set_language(language)
        self.facts.set_language(language)

    # -- actions ----------------------------------------------------------------------------------
    def recognise(self) -> JobHandle | None:
        from app.vision.subjects.jobs import recognise_job

        if self.path is None or self.model.count() == 0:
            return None
        # The gallery is read by the job each time: photos added a moment ago already name their site.
        handle = self.start_job(recognise_job(self.path, self.model.currentData()))
        handle.succeeded.connect(self._explained)
        return handle

    def _explained(self, recognition) -> None:  # noqa: ANN001 - subjects.jobs.Recognition
        explanation = recognition.explanation
        prediction = explanation.prediction
        self.card.show_prediction(
            prediction, self.language, references=recognition.references, thumbnail=recognition.thumbnail
        )
        self._overlay = explanation.overlay
        self.heatmap.setEnabled(True)
        top = prediction.top
        # The site the reference photos named comes first; a label that is itself a site comes next.
        if prediction.subject is not None:
            subject = prediction.subject.id
        else:
            subject = top.id if top is not None and not prediction.unknown else None
        known = subject if subject and _has_card(subject) else None
        self.facts.show_subject(known, self.language)
        self.facts.setVisible(known is not None)
        if self.heatmap.isChecked():
            self.heatmapReady.emit(self._overlay)

    def _toggle_heatmap(self, on: bool) -> None:
        self.heatmapReady.emit(self._overlay if on and self._overlay is not None else None)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a folder of photos"))
        if folder:
            self.tag_folder(Path(folder))

    def tag_folder(self, folder: Path) -> JobHandle:
        from app.vision.recognition.jobs import classify_job

        self.results.clear()
        handle = self.start_job(classify_job([folder], self.model.currentData() or "heritage_types"))
        handle.succeeded.connect(self._folder_tagged)
        return handle

    def _folder_tagged(self, outcome: tuple[list, list[str]]) -> None:
        results, problems = outcome
        skipped = len(problems)
        for problem in problems:
            item = QListWidgetItem(f"⚠ {problem}")
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            item.setData(Qt.ItemDataRole.UserRole, "")
            self.results.addItem(item)
        for result in results:
            if result.prediction is None:
                skipped += 1
                item = QListWidgetItem(f"⚠ {result.path.name}: {result.error}")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            else:
                top = result.prediction.top
                if result.prediction.unknown or top is None:
                    text = self.tr("{0} — unknown").format(result.path.name)
                else:
                    name = label_name(top.id, top.name_en, top.name_ko, self.language)
                    if is_confident(top.score):
                        sentence = self.tr("{0} — {1} ({2} %)")
                    else:
                        sentence = self.tr("{0} — perhaps {1} ({2} %)")
                    text = sentence.format(result.path.name, name, percent(top.score))
                item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(result.path))
            self.results.addItem(item)
        tagged = sum(1 for r in results if r.prediction is not None)
        self.status.setText(self.tr("Tagged {0} photos; skipped {1} that could not be read.").format(tagged, skipped))

    def _result_clicked(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path and not item.text().startswith("⚠"):
            self.openRequested.emit(path)

    def teach(self) -> None:
        dialog = TeachDialog(self.start_job, self)
        dialog.taught.connect(lambda model_id: self.refresh_models(select=model_id))
        dialog.exec()


def _has_card(subject_id: str) -> bool:
    from app.content.facts import card_ids

    return subject_id in card_ids()
