"""The application version, read from the installed metadata when available."""

from __future__ import annotations

from importlib import metadata

try:
    __version__ = metadata.version("gyeongju-heritage-ai")
except metadata.PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.1.0+source"
