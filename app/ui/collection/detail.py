"""The detail pane of the collection view: one item's picture, facts, tags, description and restorations."""

from __future__ import annotations

import html
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from app.catalog.browse import ItemDetail
from app.catalog.dublin_core import DublinCore
from app.catalog.restorations import Restoration
from app.ui.collection.chips import TagChips
from app.ui.collection.dc_form import DublinCoreForm
from app.ui.retranslate import Retranslatable

PREVIEW = 256


class ItemDetailPane(Retranslatable, QWidget):
    """The picture's record scrolls; its two buttons stay in view below it."""

    saveRequested = Signal(int)
    workbenchRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("ItemDetail")
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_id: int | None = None
        self.detail: ItemDetail | None = None
        body = QWidget()
        body.setObjectName("ItemDetailBody")
        self.preview = QLabel()
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setMinimumHeight(PREVIEW // 2)
        self.name = QLabel()
        self.name.setObjectName("SectionTitle")
        self.name.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setObjectName("InfoLine")
        self.facts.setWordWrap(True)
        self.facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.tags_title = QLabel()
        self.tags_title.setObjectName("SectionTitle")
        self.chips = TagChips()
        self.dc_title = QLabel()
        self.dc_title.setObjectName("SectionTitle")
        self.form = DublinCoreForm()
        self.save_button = QPushButton()
        self.save_button.setObjectName("PrimaryButton")
        self.save_button.setEnabled(False)
        self.workbench_button = QPushButton()
        self.restorations_title = QLabel()
        self.restorations_title.setObjectName("SectionTitle")
        self.restorations = QLabel()
        self.restorations.setWordWrap(True)
        self.restorations.setObjectName("InfoLine")
        self.restorations.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.empty = QLabel()
        self.empty.setObjectName("EmptyState")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.workbench_button)
        layout = QVBoxLayout(body)
        layout.addWidget(self.empty)
        self._parts: list[QWidget] = [
            self.preview, self.name, self.facts, self.tags_title, self.chips, self.dc_title, self.form,
            self.restorations_title, self.restorations,
        ]
        for widget in self._parts:
            layout.addWidget(widget)
        layout.addStretch(1)
        self._parts += [self.save_button, self.workbench_button]
        self.scroll.setWidget(body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll, 1)
        outer.addLayout(buttons)

        self.form.edited.connect(lambda: self.save_button.setEnabled(self.item_id is not None))
        self.save_button.clicked.connect(lambda: self.item_id is not None and self.saveRequested.emit(self.item_id))
        self.workbench_button.clicked.connect(
            lambda: self.item_id is not None and self.workbenchRequested.emit(self.item_id)
        )
        self._name_of: Callable[[str], str] = str
        self._restored: list[Restoration] = []
        self.show_nothing()
        self.retranslate()

    def retranslate(self) -> None:
        self.tags_title.setText(self.tr("Tags"))
        self.dc_title.setText(self.tr("Description (Dublin Core)"))
        self.save_button.setText(self.tr("Save description"))
        self.workbench_button.setText(self.tr("Open in workbench"))
        self.workbench_button.setToolTip(self.tr("Restore this picture in the Studio; a saved result is recorded here"))
        self.restorations_title.setText(self.tr("Restorations"))
        self.empty.setText(self.tr("Choose a picture to see its tags and description."))
        if self.detail is not None:
            self._show_facts(self.detail)
        self._show_restorations()

    def show_nothing(self) -> None:
        self.item_id = None
        self.detail = None
        for widget in self._parts:
            widget.setVisible(False)
        self.empty.setVisible(True)

    def show_item(
        self, detail: ItemDetail, record: DublinCore, restorations: list[Restoration], name_of: Callable[[str], str]
    ) -> None:
        self.item_id, self.detail, self._name_of, self._restored = detail.item_id, detail, name_of, restorations
        self.empty.setVisible(False)
        for widget in self._parts:
            widget.setVisible(True)
        self.name.setText(detail.file_name)
        self._show_facts(detail)
        self.chips.show_tags(detail.ai_tags, detail.decisions, name_of)
        self.form.load(record)
        self.save_button.setEnabled(False)
        self.workbench_button.setEnabled(detail.state == "ok")
        self._show_restorations()

    def set_preview(self, image: QImage | None) -> None:
        if image is None or image.isNull():
            self.preview.setPixmap(QPixmap())
            self.preview.setText("…")
            return
        pixmap = QPixmap.fromImage(image)
        if max(pixmap.width(), pixmap.height()) > PREVIEW:
            pixmap = pixmap.scaled(PREVIEW, PREVIEW, Qt.AspectRatioMode.KeepAspectRatio,
                                   Qt.TransformationMode.SmoothTransformation)
        self.preview.setPixmap(pixmap)

    def _show_facts(self, detail: ItemDetail) -> None:
        parts = []
        if detail.width and detail.height:
            parts.append(self.tr("{0} × {1} px").format(detail.width, detail.height))
        if detail.format:
            parts.append(detail.format)
        if detail.exif_date:
            parts.append(self.tr("taken {0}").format(detail.exif_date[:10]))
        if detail.camera:
            parts.append(detail.camera)
        lines = [html.escape(" · ".join(parts)), html.escape(detail.path)]
        verdicts = {
            "unreviewed": self.tr("Not reviewed yet"), "accepted": self.tr("Accepted by a curator"),
            "rejected": self.tr("The AI's answer was rejected"), "corrected": self.tr("Corrected by a curator"),
        }
        lines.append(verdicts.get(detail.review, detail.review))
        if detail.state == "unreadable":
            lines.append(self.tr("Could not be read: {0}").format(html.escape(detail.reason or "")))
        elif detail.state == "missing":
            lines.append(self.tr("Its file was missing at the last import."))
        self.facts.setText("<br>".join(lines))

    def _show_restorations(self) -> None:
        if not self._restored:
            self.restorations.setText(self.tr("None recorded yet."))
            return
        rows = []
        for r in self._restored:
            models = ", ".join(f"{m.get('id')} {m.get('version', '')}".strip() for m in r.models) or self.tr("no model")
            rows.append(self.tr("{date}: {file} — {steps}; models: {models}").format(
                date=html.escape(r.created_at[:16].replace("T", " ")), file=html.escape(Path(r.output_path).name),
                steps=html.escape(", ".join(r.steps)), models=html.escape(models),
            ))
        self.restorations.setText("<br>".join(rows))
