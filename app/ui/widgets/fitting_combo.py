"""A combo box that is always as wide as its items are now, in the language on show."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox, QWidget


class FittingComboBox(QComboBox):
    """Asks for the width of its longest item as the items read now.

    QComboBox works that width out once and keeps it: retranslating its items (``setItemText``)
    or refilling it leaves the old width behind. Started in Japanese and switched to Korean, the
    restore tools' method box kept the width of its long Japanese names, which pushed the whole
    tools column past its scroll area and cut everything off on the right; started in English,
    a longer translation was cut off inside the box instead. Working the width out on every ask
    costs a few text measurements and is never stale.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Qt's own cached width must not count; the hints below say what the items need.
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        model = self.model()
        for signal in (model.dataChanged, model.rowsInserted, model.rowsRemoved, model.modelReset):
            signal.connect(lambda *_: self.updateGeometry())

    def _fit(self, hint: QSize) -> QSize:
        metrics = self.fontMetrics()
        text = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        size = self.style().sizeFromContents(
            QStyle.ContentsType.CT_ComboBox, option, QSize(text, metrics.height()), self
        )
        return QSize(max(size.width(), hint.width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._fit(super().sizeHint())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return self._fit(super().minimumSizeHint())
