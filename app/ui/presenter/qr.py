"""The closing slide's QR code, drawn from the ``qrcode`` package's module matrix (no PIL factory needed)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage, QPainter


def qr_image(text: str, module_px: int = 12) -> QImage | None:
    """A black-on-white QR code of ``text`` with a quiet zone, or None without the qrcode package."""
    try:
        import qrcode
    except ImportError:
        return None
    code = qrcode.QRCode(border=4, error_correction=qrcode.constants.ERROR_CORRECT_M)
    code.add_data(text)
    code.make(fit=True)
    matrix = code.get_matrix()
    side = len(matrix) * module_px
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    for row, cells in enumerate(matrix):
        for column, dark in enumerate(cells):
            if dark:
                painter.fillRect(column * module_px, row * module_px, module_px, module_px, QColor("black"))
    painter.end()
    return image
