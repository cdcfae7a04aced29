"""Typed errors that carry one human sentence.

Every layer raises these instead of bare exceptions so that the UI can show
``str(error)`` in a dialog and the CLI can print it on one stderr line and
exit with status 2. The message must read well to a curator, not a developer.
"""

from __future__ import annotations


class GyeongjuError(Exception):
    """Base class: ``str(err)`` is a complete sentence meant for people."""

    exit_code: int = 2


class InvalidInput(GyeongjuError):
    """An argument, file or folder the user supplied cannot be used."""


class ImageLoadError(InvalidInput):
    """A file could not be read as an image (missing, empty, corrupt, not an image)."""


class ImageTooLarge(ImageLoadError):
    """The image exceeds the decompression-bomb pixel limit."""


class ImageWriteError(GyeongjuError):
    """An output image could not be written (or would overwrite its input)."""


class ModelUnavailable(GyeongjuError):
    """A model's weights are missing, tampered with or fail to load; says how to fix it."""


class Cancelled(GyeongjuError):
    """The user cancelled a running job."""

    def __init__(self, message: str = "The task was cancelled.") -> None:
        super().__init__(message)
