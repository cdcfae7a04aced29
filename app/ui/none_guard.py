"""Keep CPython 3.11 alive under a reference-count bug of PySide6 6.12: None given back unowned.

PySide6 6.12's generated wrappers return ``None`` from every C++ ``void`` method without taking a
new reference (``return Py_None`` where ``Py_RETURN_NONE`` is due; harmless from CPython 3.12 on,
where ``None`` is immortal). On 3.11 each call such as ``label.setText()`` or ``painter.save()``
takes one reference away from ``None``; after a few thousand calls — one repaint of a grid whose
delegate draws in Python, or an afternoon of a kiosk — the interpreter aborts with "Fatal Python
error: none_dealloc". ``None`` is a static singleton that must never be freed, so giving it a
reference count no program can use up makes it immortal, as CPython 3.12 does itself.
"""

from __future__ import annotations

import ctypes
import sys

#: References added once: 2**48 calls would take years at a million calls per second.
_RESERVE = 1 << 48


def make_none_immortal() -> None:
    """Give ``None`` a reserve of references on CPython < 3.12 (no-op elsewhere); safe to call twice."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    refcount = ctypes.c_ssize_t.from_address(id(None))  # ob_refcnt is the first field of every object
    if refcount.value < _RESERVE // 2:
        refcount.value += _RESERVE
