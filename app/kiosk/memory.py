"""Give freed heap memory back to the operating system between visits.

The experiences run PyTorch and NumPy on worker threads. glibc gives each thread its own malloc arena
and keeps freed blocks inside them, so a kiosk's resident memory creeps up all day although the Python
and Qt objects are released (measured: ~100 MB of free-but-held heap after a few hundred
interactions). ``malloc_trim(0)`` returns that memory; it is called off the UI thread at the end of
every visit. Other C libraries (macOS, Windows, musl) do not need it: there it does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging

log = logging.getLogger(__name__)


@functools.cache
def _malloc_trim() -> object | None:
    name = ctypes.util.find_library("c")
    if not name:
        return None
    try:
        return ctypes.CDLL(name).malloc_trim
    except (OSError, AttributeError):
        return None  # not glibc


def trim_heap() -> bool:
    """Return free heap pages to the OS; True when the C library could (glibc), False otherwise."""
    trim = _malloc_trim()
    if trim is None:
        return False
    trim(0)  # ctypes releases the GIL during the call: the UI thread keeps running
    return True
