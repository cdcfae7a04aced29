"""Edit one step: its captions in both of the show's languages side by side, notes, time budget, picture.

Every edit is written into the step at once (``changed`` tells the list to redraw); whether the step
is complete is the validator's business when the script is previewed, saved or packed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.presentation.draft import ONE_IMAGE_KINDS, ScriptDraft, StepDraft
from app.presentation.script import DEFAULT_BUDGET_S
from app.ui.retranslate import Retranslatable
from app.ui.script_editor.texts import kind_name, language_name


def examples_text(examples: dict[str, list[str]]) -> str:
    """A teach step's groups as the form shows them: one "label: picture, picture" line each."""
    return "\n".join(f"{label}: {', '.join(paths)}" for label, paths in examples.items())


def parse_examples(text: str) -> dict[str, list[str]]:
    """The form's lines back into groups; a line without "label:" or without pictures is left out."""
    groups: dict[str, list[str]] = {}
    for line in text.splitlines():
        label, colon, rest = line.partition(":")
        paths = [p.strip() for p in rest.split(",") if p.strip()]
        if colon and label.strip() and paths:
            groups.setdefault(label.strip(), []).extend(paths)
    return groups


def _text_edit(name: str, lines: int) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setObjectName(name)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * lines + 16)
    return edit


class StepForm(Retranslatable, QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StepForm")
        self.draft: ScriptDraft | None = None
        self.step: StepDraft | None = None
        self._loading = False
        self.kind = QLabel()
        self.kind.setObjectName("StepKind")
        self.caption_labels = (QLabel(), QLabel())
        self.captions = (_text_edit("CaptionFirst", 3), _text_edit("CaptionSecond", 3))
        self.notes_label = QLabel()
        self.notes = _text_edit("Notes", 5)
        self.budget_label = QLabel()
        self.budget = QDoubleSpinBox()
        self.budget.setObjectName("TimeBudget")
        self.budget.setRange(0.0, 600.0)  # 0 shows the special text: the default budget
        self.budget.setSingleStep(0.5)
        self.budget.setDecimals(1)
        self.picture_label = QLabel()
        self.picture = QComboBox()
        self.picture.setObjectName("Picture")
        self.second_label = QLabel()
        self.second = QComboBox()
        self.second.setObjectName("SecondPicture")
        self.subject_label = QLabel()
        self.subject = QLineEdit()
        self.subject.setObjectName("Subject")
        self.url_label = QLabel()
        self.url = QLineEdit()
        self.url.setObjectName("Url")
        # One group per line, "label: picture, picture, …" (pictures by their pack path, as the
        # picture lists show them); the validator checks the groups when the script is saved.
        self.examples_label = QLabel()
        self.examples = _text_edit("TeachExamples", 4)

        captions = QGridLayout()
        for column in (0, 1):
            captions.addWidget(self.caption_labels[column], 0, column)
            captions.addWidget(self.captions[column], 1, column)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        outer.addLayout(form)
        outer.addStretch(1)  # the fields stay together at the top, however tall the page is
        form.addRow(self.kind)
        form.addRow(captions)
        form.addRow(self.notes_label, self.notes)
        form.addRow(self.budget_label, self.budget)
        form.addRow(self.picture_label, self.picture)
        form.addRow(self.second_label, self.second)
        form.addRow(self.subject_label, self.subject)
        form.addRow(self.url_label, self.url)
        form.addRow(self.examples_label, self.examples)
        self.form = form
        for edit in (*self.captions, self.notes, self.examples):
            edit.textChanged.connect(self._store)
        for line in (self.subject, self.url):
            line.textEdited.connect(self._store)
        for combo in (self.picture, self.second):
            combo.activated.connect(lambda _index: self._store())
        self.budget.valueChanged.connect(lambda _value: self._store())
        self.retranslate()
        self.set_step(None, None)

    def set_step(self, draft: ScriptDraft | None, step: StepDraft | None) -> None:
        self.draft, self.step = draft, step
        self._loading = True
        try:
            self._load()
        finally:
            self._loading = False

    def _load(self) -> None:
        step, draft = self.step, self.draft
        self.setEnabled(step is not None)
        if step is None or draft is None:
            for edit in (*self.captions, self.notes):
                edit.clear()
            self.kind.setText(self.tr("Choose a step on the left, or add one."))
            self._show_rows(set())
            return
        self.kind.setText(kind_name(step.kind))
        for column, language in enumerate(draft.languages):
            self.caption_labels[column].setText(
                self.tr("Caption in {language}").format(language=language_name(language))
            )
            self.captions[column].setPlainText(step.captions.get(language, ""))
        self.notes.setPlainText(step.notes)
        self.budget.setValue(step.time_budget_s or 0.0)
        pictures = list(draft.files)
        second = step.images[1] if len(step.images) > 1 else ""
        for combo, current in ((self.picture, step.image), (self.second, second)):
            combo.clear()
            combo.addItems(pictures)
            if current and current not in pictures:
                combo.addItem(current)
            combo.setCurrentText(current)
        if step.kind == "side_by_side":
            self.picture.setCurrentText(step.images[0] if step.images else "")
        self.subject.setText(step.subject)
        self.url.setText(step.url)
        self.examples.setPlainText(examples_text(step.examples))
        rows = {"budget"} if step.live else set()
        if step.kind in ONE_IMAGE_KINDS or step.kind == "side_by_side":
            rows.add("picture")
        if step.kind == "side_by_side":
            rows.add("second")
        if step.kind == "image":
            rows.add("subject")
        if step.kind == "closing":
            rows.add("url")
        if step.kind == "teach":
            rows.add("examples")
        self._show_rows(rows)

    def _show_rows(self, rows: set[str]) -> None:
        widgets = {
            "budget": self.budget,
            "picture": self.picture,
            "second": self.second,
            "subject": self.subject,
            "url": self.url,
            "examples": self.examples,
        }
        for name, widget in widgets.items():
            self.form.setRowVisible(widget, name in rows)

    def _store(self) -> None:
        step, draft = self.step, self.draft
        if self._loading or step is None or draft is None:
            return
        for column, language in enumerate(draft.languages):
            step.captions[language] = self.captions[column].toPlainText().strip()
        step.notes = self.notes.toPlainText()
        step.time_budget_s = self.budget.value() or None
        if step.kind in ONE_IMAGE_KINDS:
            step.image = self.picture.currentText()
        if step.kind == "side_by_side":
            step.images = [self.picture.currentText(), self.second.currentText()]
        step.subject = self.subject.text().strip()
        step.url = self.url.text().strip()
        if step.kind == "teach":
            step.examples = parse_examples(self.examples.toPlainText())
        self.changed.emit()

    def retranslate(self) -> None:
        self.notes_label.setText(self.tr("Speaker notes"))
        self.budget_label.setText(self.tr("Time budget"))
        self.budget.setSpecialValueText(self.tr("default ({seconds:g} s)").format(seconds=DEFAULT_BUDGET_S))
        self.budget.setSuffix(self.tr(" s"))
        self.picture_label.setText(self.tr("Picture"))
        self.second_label.setText(self.tr("Right picture"))
        self.subject_label.setText(self.tr("Subject (fact card)"))
        self.url_label.setText(self.tr("Institution's web page"))
        self.examples_label.setText(self.tr("Groups to teach"))
        self.examples.setPlaceholderText(self.tr("One group per line, e.g. Dabotap: images/a.jpg, images/b.jpg"))
        self.set_step(self.draft, self.step)
