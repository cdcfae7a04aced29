"""The Packs page: import a ``.gjpack``, inspect what it holds and who signed it, install, remove, export.

It wires widgets to the named pack operations (``app.packs.operations``, the same as ``gyeongju-ai
pack``). Checking, installing, exporting and removing run as jobs; what the operations refuse is
one sentence under the buttons, the page keeps running, and nothing is written (install is atomic).
An unsigned or untrusted pack installs only after the curator confirms.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractButton,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.packs import operations
from app.packs.install import InstalledPack
from app.ui.packs.details import PackDetails, in_language
from app.ui.packs.dialogs import confirm_dialog, pack_file_dialog
from app.ui.packs.jobs import export_job, install_job, remove_job, verify_job
from app.ui.retranslate import Retranslatable
from app.ui.runner import JobHandle, JobRunner


class PacksPage(Retranslatable, QWidget):
    backRequested = Signal()
    installed = Signal(str)  # "id@version" of a pack just installed
    scriptEditorRequested = Signal()

    def __init__(self, runner: JobRunner, language: str = "en", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("PacksPage")
        self.runner = runner
        self.language = language
        self.packs: list[InstalledPack] = []
        self.pending: tuple[Path, operations.VerifyReport] | None = None  # imported, checked, not installed
        self.busy: JobHandle | None = None
        self.folder = Path.home()  # where the file dialogs open: the folder of the last pack chosen

        self.back = QPushButton()
        self.back.setObjectName("BackButton")
        self.back.setMinimumHeight(40)
        self.back.clicked.connect(self.backRequested)
        self.heading = QLabel()
        self.heading.setObjectName("PageTitle")
        self.editor_button = QPushButton()
        self.editor_button.clicked.connect(self.scriptEditorRequested)
        self.list_title = QLabel()
        self.list_title.setObjectName("SectionTitle")
        self.list = QListWidget()
        self.list.setObjectName("InstalledPacks")
        self.list.currentItemChanged.connect(lambda *_: self._show_selected())
        self.import_button = QPushButton()
        self.import_button.setObjectName("ImportPack")
        self.import_button.clicked.connect(self.choose_pack)
        self.remove_button = QPushButton()
        self.remove_button.setObjectName("RemovePack")
        self.remove_button.clicked.connect(self.ask_remove)
        self.export_button = QPushButton()
        self.export_button.setObjectName("ExportPack")
        self.export_button.clicked.connect(self.choose_export)
        self.details = PackDetails()
        self.details.set_language(language)
        self.install_button = QPushButton()
        self.install_button.setObjectName("InstallPack")
        self.install_button.clicked.connect(self.ask_install)
        self.message = QLabel()
        self.message.setObjectName("PackMessage")
        self.message.setWordWrap(True)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.setMaximumHeight(10)
        self.progress.setTextVisible(False)
        self.progress.hide()

        top = QHBoxLayout()
        top.addWidget(self.back)
        top.addWidget(self.heading, 1)
        top.addWidget(self.editor_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_title)
        left_layout.addWidget(self.list, 1)
        for button in (self.import_button, self.export_button, self.remove_button):
            left_layout.addWidget(button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.details, 1)
        right_layout.addWidget(self.install_button, 0, Qt.AlignmentFlag.AlignRight)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        self.retranslate()
        self.refresh()

    def mode_title(self) -> str:
        return self.tr("Packs")

    # -- listing -----------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        self.language = language
        self.details.set_language(language)
        self.refresh(keep=self._selected_spec())

    def refresh(self, keep: str | None = None) -> None:
        self.packs = operations.installed()
        self.list.blockSignals(True)
        self.list.clear()
        for pack in self.packs:
            item = QListWidgetItem(f"{in_language(pack.manifest.title, self.language)}\n{pack.id} {pack.version}")
            item.setData(Qt.ItemDataRole.UserRole, f"{pack.id}@{pack.version}")
            self.list.addItem(item)
            if keep == f"{pack.id}@{pack.version}":
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show_selected()

    def _selected_spec(self) -> str | None:
        item = self.list.currentItem()
        return None if item is None else str(item.data(Qt.ItemDataRole.UserRole))

    def selected_pack(self) -> InstalledPack | None:
        spec = self._selected_spec()
        return next((p for p in self.packs if f"{p.id}@{p.version}" == spec), None)

    def _show_selected(self) -> None:
        pack = self.selected_pack()
        if pack is not None:
            self.pending = None
            self.details.show_pack(pack.manifest, operations.signature_of(pack))
        elif self.pending is None:
            self.details.show_pack(None, None)
        self._update_buttons()

    def _update_buttons(self) -> None:
        idle = self.busy is None
        chosen = self.selected_pack() is not None
        self.import_button.setEnabled(idle)
        self.remove_button.setEnabled(idle and chosen)
        self.export_button.setEnabled(idle and chosen)
        self.install_button.setVisible(self.pending is not None)
        self.install_button.setEnabled(idle and self.pending is not None)

    # -- jobs ----------------------------------------------------------------------------------------
    def _run(self, job, done, working: str) -> JobHandle:  # noqa: ANN001 - a Job and its result handler
        self.busy = self.runner.start(job)
        self.progress.show()
        self.message.setText(working)
        self._update_buttons()
        self.busy.succeeded.connect(done)
        self.busy.failed.connect(self._failed)
        self.busy.finished.connect(self._finished)
        return self.busy

    def _failed(self, sentence: str) -> None:
        self.message.setText(sentence)

    def _finished(self) -> None:
        self.busy = None
        self.progress.hide()
        self._update_buttons()

    # -- import and install ------------------------------------------------------------------------------
    def choose_pack(self) -> None:
        dialog = pack_file_dialog(self, self.tr("Import a pack"), save=False, directory=str(self.folder))
        dialog.fileSelected.connect(lambda path: self.inspect_file(Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def inspect_file(self, path: Path) -> JobHandle:
        """Check a chosen pack completely (nothing installed) and show what it holds."""
        self.pending = None
        self.folder = path.parent
        self.list.setCurrentItem(None)
        self.details.show_pack(None, None)
        return self._run(
            verify_job(path),
            lambda report: self._inspected(path, report),
            self.tr("Checking “{name}”…").format(name=path.name),
        )

    def _inspected(self, path: Path, report: operations.VerifyReport) -> None:
        self.pending = (path, report)
        self.details.show_pack(report.manifest, report.signature)
        self.message.setText(self.tr("“{name}” passed every check. It is not installed yet.").format(name=path.name))

    def ask_install(self) -> None:
        if self.pending is None:
            return
        path, report = self.pending
        if report.signature.state == "trusted":
            self.install(confirm_unsigned=False)
            return
        box = confirm_dialog(
            self,
            "ConfirmUnsigned",
            self.tr("Install an unsigned pack?"),
            self.tr(
                "“{title}” is not signed by a key you trust, so nobody vouches for its contents. Install it "
                "only if you know where it came from."
            ).format(title=in_language(report.manifest.title, self.language)),
            self.tr("Install anyway"),
            self.tr("Cancel"),
        )
        box.buttonClicked.connect(lambda button: self._confirmed(box, button))
        box.open()

    def _confirmed(self, box, button: QAbstractButton) -> None:  # noqa: ANN001 - the confirm dialog
        if button is box.yes:
            self.install(confirm_unsigned=True)

    def install(self, *, confirm_unsigned: bool) -> JobHandle | None:
        if self.pending is None:
            return None
        path = self.pending[0]
        return self._run(install_job(path, confirm_unsigned), self._installed, self.tr("Installing…"))

    def _installed(self, pack: InstalledPack) -> None:
        self.pending = None
        spec = f"{pack.id}@{pack.version}"
        self.refresh(keep=spec)
        self.message.setText(
            self.tr("Installed “{title}” {version}.").format(
                title=in_language(pack.manifest.title, self.language), version=pack.version
            )
        )
        self.installed.emit(spec)

    # -- remove and export ------------------------------------------------------------------------------
    def ask_remove(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            return
        box = confirm_dialog(
            self,
            "ConfirmRemove",
            self.tr("Remove this pack?"),
            self.tr("Remove “{title}” {version} from this computer? Its rehearsed results go with it.").format(
                title=in_language(pack.manifest.title, self.language), version=pack.version
            ),
            self.tr("Remove"),
            self.tr("Cancel"),
        )
        box.buttonClicked.connect(lambda button: self._remove_confirmed(box, button, pack))
        box.open()

    def _remove_confirmed(self, box, button: QAbstractButton, pack: InstalledPack) -> None:  # noqa: ANN001
        if button is box.yes:
            self.remove(f"{pack.id}@{pack.version}")

    def remove(self, spec: str) -> JobHandle:
        def removed(_packs: list[InstalledPack]) -> None:
            self.refresh()
            self.message.setText(self.tr("Removed {spec}.").format(spec=spec.replace("@", " ")))

        return self._run(remove_job(spec), removed, self.tr("Removing…"))

    def choose_export(self) -> None:
        pack = self.selected_pack()
        if pack is None:
            return
        dialog = pack_file_dialog(self, self.tr("Export the pack"), save=True, directory=str(self.folder))
        dialog.selectFile(f"{pack.id}-{pack.version}.gjpack")
        dialog.fileSelected.connect(lambda path: self.export(f"{pack.id}@{pack.version}", Path(path)))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def export(self, spec: str, out: Path) -> JobHandle:
        self.folder = out.parent
        done = self.tr("Saved {name}: it can be sent to a partner as it is.").format(name=out.name)
        return self._run(export_job(spec, out), lambda _pack: self.message.setText(done), self.tr("Exporting…"))

    def retranslate(self) -> None:
        self.back.setText(self.tr("◀ Back"))
        self.heading.setText(self.tr("Packs — demos to share with partner institutions"))
        self.editor_button.setText(self.tr("Script editor…"))
        self.list_title.setText(self.tr("Installed packs"))
        self.import_button.setText(self.tr("Import a pack…"))
        self.remove_button.setText(self.tr("Remove"))
        self.export_button.setText(self.tr("Export…"))
        self.install_button.setText(self.tr("Install this pack"))
