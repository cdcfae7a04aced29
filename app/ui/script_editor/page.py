"""The script editor: compose a show from catalogue items and samples, preview a step, save it, pack it.

It only wires widgets to Qt-free operations: the draft (``app.presentation.draft``) holds the
script, the presenter's validator checks it (one sentence naming the line), previews and pack
builds are jobs. The preview is the audience view itself, so what is previewed is what is shown.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.content.gallery import subject_name
from app.content.samples import SAMPLES_DIR, load_index
from app.domain.errors import GyeongjuError
from app.jobs import Job
from app.packs.selection import PackInfo, Selection, build_selection
from app.presentation.draft import ScriptDraft, StepDraft, add_picture, from_script, new_step, save, to_toml, validate
from app.presentation.locate import locate
from app.presentation.operations import Operations
from app.ui.presenter.audience import AudienceView
from app.ui.presenter.picture import Picture
from app.ui.references.catalogue_dialog import CataloguePickDialog
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner
from app.ui.script_editor.dialogs import PackInfoDialog, SamplePickDialog, file_dialog
from app.ui.script_editor.step_form import StepForm
from app.ui.script_editor.step_list import StepList, StepListModel
from app.ui.script_editor.texts import LANGUAGES, kind_name

SCRIPT_FILTER = "Presentation scripts (*.toml);;All files (*)"
PACK_FILTER = "Gyeongju packs (*.gjpack);;All files (*)"
PREVIEW_SIZE = (1280, 720)
PICTURE_KINDS = ("image", "restore", "recognise")
PLAIN_KINDS = ("title", "side_by_side", "teach", "closing")


def starter_draft() -> ScriptDraft:
    return ScriptDraft(("ko", "en"), {"ko": "", "en": ""}, [new_step("title", ("ko", "en"))])


class ScriptEditorPage(Retranslatable, QWidget):
    backRequested = Signal()
    packsRequested = Signal()

    def __init__(self, runner: JobRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ScriptEditorPage")
        self.runner = runner
        self.draft = starter_draft()
        self.catalogue: Path | None = None
        self.samples_root = SAMPLES_DIR
        self.folder = Path.home()
        self.operations: Operations | None = None  # None: the app's real models (tests hand in stand-ins)
        self.language = "en"
        self.preview_handle: JobHandle | None = None

        self.back = QPushButton()
        self.back.setObjectName("BackButton")
        self.back.clicked.connect(self.backRequested)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.packs_button = QPushButton()
        self.packs_button.clicked.connect(self.packsRequested)
        self.new_button, self.open_button = QPushButton(), QPushButton()
        self.save_button, self.build_button = QPushButton(), QPushButton()
        self.new_button.clicked.connect(lambda: self.set_draft(starter_draft()))
        self.open_button.clicked.connect(self.choose_script)
        self.save_button.clicked.connect(self.choose_save)
        self.build_button.clicked.connect(self.ask_pack_info)
        self.languages_label = QLabel()
        self.language_boxes = (QComboBox(), QComboBox())
        for box in self.language_boxes:
            for code, name in LANGUAGES.items():
                box.addItem(name, code)
            box.activated.connect(lambda _i: self._languages_chosen())
        self.title_label = QLabel()
        self.title_edits = (QLineEdit(), QLineEdit())
        for edit in self.title_edits:
            edit.textEdited.connect(lambda _t: self._title_edited())

        self.model = StepListModel(self.draft, self.describe, self)
        self.list = StepList()
        self.list.setModel(self.model)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._current_changed())
        self.model.moved.connect(lambda _s, target: self.select(target))
        self.catalogue_button, self.samples_button = QPushButton(), QPushButton()
        self.catalogue_button.clicked.connect(self.choose_catalogue_items)
        self.samples_button.clicked.connect(self.choose_samples)
        self.picture_kind_label = QLabel()
        self.picture_kind = QComboBox()
        self.plain_kind = QComboBox()
        self.add_button = QPushButton()
        self.add_button.clicked.connect(
            lambda: self.add_step(new_step(self.plain_kind.currentData(), self.draft.languages))
        )
        self.up_button, self.down_button, self.remove_button = QPushButton("↑"), QPushButton("↓"), QPushButton()
        self.up_button.clicked.connect(lambda: self.model.move_step(self.current_row(), self.current_row() - 1))
        self.down_button.clicked.connect(lambda: self.model.move_step(self.current_row(), self.current_row() + 1))
        self.remove_button.clicked.connect(self.remove_current)
        self.form = StepForm()
        self.form.changed.connect(lambda: self.model.changed(self.current_row()))
        self.preview_title = QLabel()
        self.preview_title.setObjectName("SectionTitle")
        # The audience view at a projector's size, drawn off screen and shown scaled down: the preview
        # is the audience's picture, not a squeezed layout of it.
        self.preview = AudienceView(self)
        self.preview.setWindowFlag(Qt.WindowType.Window, True)  # its own (hidden) window, owned by the page
        self.preview.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.preview.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.preview.resize(*PREVIEW_SIZE)
        self.preview_picture = Picture()
        self.preview_picture.setObjectName("PreviewPicture")
        self.preview_picture.setMinimumSize(360, 203)
        self.preview_button = QPushButton()
        self.preview_button.setObjectName("PreviewStep")
        self.preview_button.clicked.connect(self.preview_current)
        self.preview_status = QLabel()
        self.preview_status.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("EditorMessage")
        self.message.setWordWrap(True)
        self._lay_out()
        self.retranslate()
        self.set_draft(self.draft)

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        for button in (self.new_button, self.open_button, self.save_button, self.build_button, self.packs_button):
            top.addWidget(button)
        show = QGridLayout()
        show.addWidget(self.languages_label, 0, 0)
        show.addWidget(self.language_boxes[0], 0, 1)
        show.addWidget(self.language_boxes[1], 0, 2)
        show.addWidget(self.title_label, 1, 0)
        show.addWidget(self.title_edits[0], 1, 1)
        show.addWidget(self.title_edits[1], 1, 2)
        show.setColumnStretch(1, 1)
        show.setColumnStretch(2, 1)
        left = QWidget()
        column = QVBoxLayout(left)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.list, 1)
        moves = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        column.addLayout(moves)
        column.addWidget(self.picture_kind_label)  # above its list: long kind names fit in any language
        column.addWidget(self.picture_kind)
        column.addWidget(self.catalogue_button)
        column.addWidget(self.samples_button)
        plain_row = QHBoxLayout()
        plain_row.addWidget(self.plain_kind, 1)
        plain_row.addWidget(self.add_button)
        column.addLayout(plain_row)
        right = QWidget()
        preview = QVBoxLayout(right)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.addWidget(self.preview_title)
        preview.addWidget(self.preview_picture, 1)
        preview.addWidget(self.preview_button)
        preview.addWidget(self.preview_status)
        splitter = QSplitter()
        for widget in (left, self.form, right):
            splitter.addWidget(widget)
        splitter.setSizes([300, 540, 600])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(show)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.message)

    # -- the draft ----------------------------------------------------------------------------------------
    def mode_title(self) -> str:
        return self.tr("Script editor")

    def describe(self, step: StepDraft, number: int) -> str:
        caption = step.captions.get(self.draft.languages[0], "") or self.tr("(no caption yet)")
        live = " ⚡" if step.live else ""
        return f"{number}. {kind_name(step.kind)}{live}\n{caption}"

    def set_draft(self, draft: ScriptDraft) -> None:
        self.draft = draft
        self.model.set_draft(draft)
        for box, code in zip(self.language_boxes, draft.languages, strict=True):
            box.setCurrentIndex(max(0, box.findData(code)))
        self._show_titles()
        self.select(0)
        self.message.clear()

    def _show_titles(self) -> None:
        for edit, code in zip(self.title_edits, self.draft.languages, strict=True):
            edit.setText(self.draft.title.get(code, ""))
            edit.setPlaceholderText(self.tr("Show title in {language}").format(language=LANGUAGES.get(code, code)))

    def _languages_chosen(self) -> None:
        chosen = tuple(box.currentData() for box in self.language_boxes)
        if chosen[0] == chosen[1]:
            self.message.setText(self.tr("Choose two different languages: the presenter's and the delegation's."))
            return
        self.draft.languages = (chosen[0], chosen[1])
        self.message.clear()
        self._show_titles()
        self.model.refresh_all()
        self._current_changed()

    def _title_edited(self) -> None:
        for edit, code in zip(self.title_edits, self.draft.languages, strict=True):
            self.draft.title[code] = edit.text().strip()

    def current_row(self) -> int:
        return self.list.currentIndex().row()

    def select(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.list.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._current_changed()

    def _current_changed(self) -> None:
        row = self.current_row()
        step = self.draft.steps[row] if 0 <= row < len(self.draft.steps) else None
        self.form.set_step(self.draft, step)
        for button in (self.up_button, self.down_button, self.remove_button, self.preview_button):
            button.setEnabled(step is not None)

    def add_step(self, step: StepDraft) -> int:
        row = self.model.insert(self.current_row() + 1 if self.current_row() >= 0 else len(self.draft.steps), step)
        self.select(row)
        return row

    def add_pictures(self, pictures: list[tuple[Path, str]], kind: str) -> None:
        """One step of ``kind`` per picture (``subject`` feeds the fact card of a picture step)."""
        for path, subject in pictures:
            step = new_step(kind, self.draft.languages)
            step.image = add_picture(self.draft, path)
            step.subject = subject
            self.add_step(step)

    def remove_current(self) -> None:
        row = self.current_row()
        if row >= 0:
            self.model.remove(row)
            self.select(min(row, len(self.draft.steps) - 1))

    # -- adding from the catalogue and the samples -------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """The language of sample names (the UI's)."""
        self.language = language

    def set_catalogue(self, path: Path | None) -> None:
        self.catalogue = path

    def choose_catalogue_items(self) -> None:
        dialog = CataloguePickDialog(self.catalogue, self)
        dialog.accepted.connect(
            lambda: self.add_pictures([(p, "") for p in dialog.checked_paths()], self.picture_kind.currentData())
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def sample_entries(self) -> list:
        index = load_index(self.samples_root)
        if index is None:
            return []
        return [(e, index.root / e.clean_file, subject_name(e.subject_id, self.language)) for e in index.entries]

    def choose_samples(self) -> None:
        dialog = SamplePickDialog(self.sample_entries(), self)
        kind = self.picture_kind.currentData()
        dialog.accepted.connect(lambda: self.add_pictures(dialog.checked(), kind))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    # -- preview, save, build -----------------------------------------------------------------------------------
    def preview_current(self) -> JobHandle | None:
        from app.ui.script_editor.preview import preview_job

        row = self.current_row()
        if row < 0 or self.preview_handle is not None:
            return None
        try:
            validate(self.draft)
        except GyeongjuError as exc:
            self.message.setText(str(exc))
            return None
        live = self.draft.steps[row].live
        self.preview_status.setText(self.tr("Running the step live…") if live else self.tr("Preparing the preview…"))
        self.preview_handle = handle = self.runner.start(preview_job(self.draft, row, self.operations))
        handle.succeeded.connect(self._previewed)
        handle.failed.connect(lambda sentence: (self.message.setText(sentence), self.preview_status.clear()))
        handle.finished.connect(lambda: setattr(self, "preview_handle", None))
        return handle

    def _previewed(self, result) -> None:  # noqa: ANN001 - (Script, Prepared)
        script, prepared = result
        self.preview.set_script(script)
        self.preview.show_prepared(prepared)
        self.preview.show()  # never on screen (WA_DontShowOnScreen); shown so that its layout is laid out
        self.preview_picture.set_image(self.preview.grab().toImage())
        self.message.clear()
        if prepared.error:
            self.preview_status.setText(prepared.error)
        elif prepared.source:
            self.preview_status.setText(
                self.tr(
                    "Ran live in {seconds:.1f} s; the show will use the rehearsed result "
                    "if it is slower than its budget."
                ).format(seconds=prepared.seconds)
            )
        else:
            self.preview_status.setText(self.tr("This is what the audience will see."))

    def _checked(self) -> bool:
        try:
            validate(self.draft)
        except GyeongjuError as exc:
            self.message.setText(str(exc))
            return False
        return True

    def choose_script(self) -> None:
        dialog = file_dialog(
            self, "OpenScriptDialog", self.tr("Open a presentation script"), self.folder, SCRIPT_FILTER, save=False
        )
        dialog.fileSelected.connect(lambda path: self.open_script(Path(path)))
        dialog.open()

    def open_script(self, path: Path) -> None:
        self.folder = path.parent
        try:
            show = locate(path)
        except GyeongjuError as exc:
            self.message.setText(str(exc))
            return
        self.set_draft(from_script(show.script, show.pack_dir))

    def choose_save(self) -> None:
        if not self._checked():
            return
        dialog = file_dialog(
            self, "SaveScriptDialog", self.tr("Save the script"), self.folder, SCRIPT_FILTER, save=True, suffix="toml"
        )
        dialog.selectFile(self.draft.name)
        dialog.fileSelected.connect(lambda path: self.save_to(Path(path)))
        dialog.open()

    def save_to(self, path: Path) -> bool:
        self.folder = path.parent
        try:
            save(self.draft, path)
        except (GyeongjuError, OSError) as exc:
            self.message.setText(str(exc))
            return False
        self.message.setText(self.tr("Saved {name}.").format(name=path.name))
        return True

    def ask_pack_info(self) -> None:
        if not self._checked():
            return
        dialog = PackInfoDialog(self.draft.title, self)
        dialog.accepted.connect(lambda: self._choose_pack_file(dialog.info()))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def _choose_pack_file(self, info: PackInfo) -> None:
        dialog = file_dialog(
            self, "SavePackDialog", self.tr("Save the pack"), self.folder, PACK_FILTER, save=True, suffix="gjpack"
        )
        dialog.selectFile(f"{info.id}-{info.version}.gjpack")
        dialog.fileSelected.connect(lambda path: self.build_pack(info, Path(path)))
        dialog.open()

    def build_pack(self, info: PackInfo, out: Path) -> JobHandle:
        self.folder = out.parent
        selection = Selection(info, self.draft.used_files(), [], {self.draft.name: to_toml(self.draft)})
        handle = self.runner.start(Job("build a pack", lambda _p, _c: build_selection(selection, out)))
        self.message.setText(self.tr("Building the pack…"))
        self.build_button.setEnabled(False)
        handle.succeeded.connect(
            lambda manifest: self.message.setText(
                self.tr("Wrote {name}: {count} files. Install it on the Packs page or send it to a partner.").format(
                    name=out.name, count=len(manifest.files)
                )
            )
        )
        handle.failed.connect(self.message.setText)
        handle.finished.connect(lambda: self.build_button.setEnabled(True))
        return handle

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Back"))
        self.heading.setText(self.tr("Script editor — compose a show"))
        self.packs_button.setText(self.tr("Packs…"))
        self.new_button.setText(self.tr("New"))
        self.open_button.setText(self.tr("Open…"))
        self.save_button.setText(self.tr("Save as…"))
        self.build_button.setText(self.tr("Build pack…"))
        self.languages_label.setText(self.tr("Languages (presenter, delegation)"))
        self.title_label.setText(self.tr("Show title"))
        self.picture_kind_label.setText(self.tr("New pictures become"))
        self.catalogue_button.setText(self.tr("Add from the catalogue…"))
        self.samples_button.setText(self.tr("Add from the samples…"))
        self.add_button.setText(self.tr("Add step"))
        self.remove_button.setText(self.tr("Remove"))
        self.up_button.setToolTip(self.tr("Move up (or drag the step)"))
        self.down_button.setToolTip(self.tr("Move down (or drag the step)"))
        self.preview_title.setText(self.tr("Preview (as the audience sees it)"))
        self.preview_button.setText(self.tr("Preview this step"))
        for combo, kinds in ((self.picture_kind, PICTURE_KINDS), (self.plain_kind, PLAIN_KINDS)):
            current = combo.currentIndex()
            combo.clear()
            for kind in kinds:
                combo.addItem(kind_name(kind), kind)
            combo.setCurrentIndex(max(0, current))
        self._show_titles()
        self.model.refresh_all()
