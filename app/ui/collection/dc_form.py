"""The Dublin Core form of one item: title and description per language, the other fields once.

Titles and descriptions get a row for each of the app's languages (and one for any other language
the record already holds, so nothing is hidden or lost). Other fields take one line; several
values — subjects, creators — are separated by ``;``. :meth:`values` returns exactly the
(field, language) pairs the form shows, which ``save_dublin_core`` replaces and nothing else.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QWidget

from app.catalog.dublin_core import DublinCore
from app.ui.i18n import UI_LANGUAGES
from app.ui.retranslate import Retranslatable

MULTILINGUAL = ("title", "description")
SINGLE = ("creator", "date", "subject", "coverage", "rights", "source", "identifier")
SEPARATOR = ";"


class DublinCoreForm(Retranslatable, QWidget):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DublinCoreForm")
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fields: dict[tuple[str, str], QLineEdit | QPlainTextEdit] = {}
        self.labels: dict[tuple[str, str], QLabel] = {}
        self._loading = False
        self._build(list(UI_LANGUAGES))

    def _build(self, languages: list[str]) -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        self.fields.clear()
        self.labels.clear()
        for field in MULTILINGUAL:
            for language in languages:
                if field == "title":
                    edit: QLineEdit | QPlainTextEdit = QLineEdit()
                    edit.textChanged.connect(self._edited)
                else:
                    edit = QPlainTextEdit()
                    edit.setTabChangesFocus(True)
                    edit.setFixedHeight(edit.fontMetrics().lineSpacing() * 3 + 12)
                    edit.textChanged.connect(self._edited)
                self._row(field, language, edit)
        for field in SINGLE:
            edit = QLineEdit()
            edit.textChanged.connect(self._edited)
            self._row(field, "", edit)
        self.retranslate()

    def _row(self, field: str, language: str, edit: QLineEdit | QPlainTextEdit) -> None:
        label = QLabel()
        label.setWordWrap(True)
        label.setBuddy(edit)
        edit.setObjectName(f"dc_{field}_{language or 'none'}")
        self.form.addRow(label, edit)
        self.fields[(field, language)] = edit
        self.labels[(field, language)] = label

    def retranslate(self) -> None:
        names = {
            "title": self.tr("Title"), "description": self.tr("Description"), "creator": self.tr("Creator"),
            "date": self.tr("Date"), "subject": self.tr("Subjects"), "coverage": self.tr("Site (coverage)"),
            "rights": self.tr("Rights"), "source": self.tr("Source"), "identifier": self.tr("Identifier"),
        }
        for (field, language), label in self.labels.items():
            if field in MULTILINGUAL:
                tongue = UI_LANGUAGES.get(language) or language or self.tr("no language")
                label.setText(f"{names[field]} · {tongue}")
            else:
                label.setText(names[field])
        self.fields[("subject", "")].setPlaceholderText(self.tr("separate several with ;"))
        self.fields[("creator", "")].setPlaceholderText(self.tr("separate several with ;"))
        self.fields[("date", "")].setPlaceholderText(self.tr("e.g. 1920s, 1936-05"))

    def load(self, record: DublinCore) -> None:
        """Show one item's record (field → [(language, value)])."""
        self._loading = True
        extra = sorted({lang for f in MULTILINGUAL for lang, _ in record.get(f, []) if lang not in UI_LANGUAGES})
        wanted = list(UI_LANGUAGES) + extra
        shown = [lang for (f, lang) in self.fields if f == "title"]
        if shown != wanted:
            self._build(wanted)
        for (field, language), edit in self.fields.items():
            values = [v for lang, v in record.get(field, []) if lang == language]
            text = (" " + SEPARATOR + " ").join(values) if field in SINGLE else "\n".join(values)
            edit.setPlainText(text) if isinstance(edit, QPlainTextEdit) else edit.setText(text)
        self._loading = False

    def clear(self) -> None:
        self.load({})

    def values(self) -> dict[tuple[str, str], list[str]]:
        """(field, language) → values, for every pair the form shows (empty = clear it)."""
        found: dict[tuple[str, str], list[str]] = {}
        for (field, language), edit in self.fields.items():
            text = edit.toPlainText() if isinstance(edit, QPlainTextEdit) else edit.text()
            if field in SINGLE:
                found[(field, language)] = [v.strip() for v in text.split(SEPARATOR) if v.strip()]
            else:
                found[(field, language)] = [text.strip()] if text.strip() else []
        return found

    def _edited(self) -> None:
        if not self._loading:
            self.edited.emit()
