"""The home screen: big tiles to pick an experience, and the language switcher (also used on every page)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.kiosk.languages import KIOSK_LANGUAGES
from app.ui.kiosk.experience import Experience


class LanguageBar(QWidget):
    """One button per language, each named in its own script; switchable at any moment."""

    language_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("LanguageBar")
        self.setAccessibleName("Languages")
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.buttons: dict[str, QPushButton] = {}
        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addStretch(1)
        self.grid = QGridLayout()
        self.grid.setSpacing(10)
        outer.addLayout(self.grid)
        outer.addStretch(1)
        for lang in KIOSK_LANGUAGES:
            if lang.code not in languages:
                continue
            button = QPushButton(lang.native_name, self)
            button.setObjectName(f"Language_{lang.code}")
            button.setProperty("role", "lang")
            button.setProperty("multilingual", True)  # a language's own name, never translated
            button.setCheckable(True)
            button.setAccessibleName(lang.native_name)
            button.setAccessibleDescription(lang.english_name)
            button.clicked.connect(lambda _checked=False, code=lang.code: self.language_chosen.emit(code))
            self.group.addButton(button)
            self.buttons[lang.code] = button
        self.columns = 0
        self.set_columns(len(self.buttons))

    def set_columns(self, columns: int) -> None:
        """Lay the buttons out in rows of ``columns`` (two rows on a portrait screen)."""
        columns = max(1, columns)
        if columns == self.columns:
            return
        self.columns = columns
        for i, button in enumerate(self.buttons.values()):
            self.grid.removeWidget(button)
            self.grid.addWidget(button, i // columns, i % columns)

    def set_current(self, code: str) -> None:
        button = self.buttons.get(code)
        if button is not None:
            button.setChecked(True)


class HomeScreen(QWidget):
    """Title, experience tiles, language bar."""

    experience_chosen = Signal(str)

    def __init__(self, languages: tuple[str, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HomeScreen")
        self.setProperty("kioskPage", True)
        self.title = QLabel(self)
        self.title.setObjectName("HomeTitle")
        self.title.setProperty("role", "title")
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.subtitle = QLabel(self)
        self.subtitle.setObjectName("HomeSubtitle")
        self.subtitle.setProperty("role", "muted")
        self.subtitle.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.subtitle.setWordWrap(True)
        self.empty = QLabel(self)
        self.empty.setObjectName("HomeEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.languages = LanguageBar(languages, self)
        self.grid_host = QWidget(self)
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(28)
        self.tiles: dict[str, QPushButton] = {}
        self._classes: list[type[Experience]] = []
        self._columns = 2

        layout = QVBoxLayout(self)
        layout.setContentsMargins(60, 40, 60, 40)
        layout.addWidget(self.languages)
        layout.addStretch(1)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addSpacing(40)
        layout.addWidget(self.grid_host, 4)
        layout.addWidget(self.empty)
        layout.addStretch(1)
        self.retranslate()

    def set_experiences(self, classes: list[type[Experience]], columns: int = 2) -> None:
        for tile in self.tiles.values():
            self.grid.removeWidget(tile)
            tile.deleteLater()
        self.tiles.clear()
        self._classes = list(classes)
        self._columns = columns
        for i, cls in enumerate(self._classes):
            tile = QPushButton(self.grid_host)
            tile.setObjectName(f"Tile_{cls.experience_id}")
            tile.setProperty("role", "tile")
            tile.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            tile.clicked.connect(lambda _checked=False, eid=cls.experience_id: self.experience_chosen.emit(eid))
            self.grid.addWidget(tile, i // columns, i % columns)
            self.tiles[cls.experience_id] = tile
        self.grid_host.setVisible(bool(self._classes))
        self.empty.setVisible(not self._classes)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Explore Silla heritage with AI"))
        self.subtitle.setText(self.tr("Choose something to try. Touch a language above at any time."))
        self.empty.setText(self.tr("New activities are being prepared. Please come back soon."))
        for cls in self._classes:
            tile = self.tiles[cls.experience_id]
            text = QCoreApplication.translate("Experience", cls.title)
            tile.setText(text)
            tile.setAccessibleName(text)
