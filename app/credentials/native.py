"""The two C2PA calls c2pa-python 0.38 ships natively but does not wrap: sign a manifest whose data hash we computed.

``c2pa_builder_data_hashed_placeholder`` gives the manifest's final size before the file is laid
out; ``c2pa_builder_sign_data_hashed_embeddable`` signs it once the caller has hashed the file. With
them the big image never crosses into the library (see ``app.credentials.tiff``). They are reached
through the package's own loaded library and its Builder/Signer handles; if a future c2pa-python
renames those, :func:`available` says no and signing falls back to ``Builder.sign``.
"""

from __future__ import annotations

import ctypes
import functools
import json
from typing import Any

_Bytes = ctypes.POINTER(ctypes.c_ubyte)


@functools.lru_cache(maxsize=1)
def _functions() -> tuple[Any, Any, Any] | None:
    try:
        from c2pa import c2pa as low

        lib = low._lib
        # Indexing (not attribute access) gives fresh function objects, so the argument types set
        # here cannot disturb the package's own bindings of the same library.
        placeholder = lib["c2pa_builder_data_hashed_placeholder"]
        sign = lib["c2pa_builder_sign_data_hashed_embeddable"]
        free = lib["c2pa_free"]
    except (ImportError, AttributeError, KeyError):
        return None
    placeholder.restype = ctypes.c_int64
    placeholder.argtypes = [ctypes.c_void_p, ctypes.c_size_t, ctypes.c_char_p, ctypes.POINTER(_Bytes)]
    sign.restype = ctypes.c_int64
    sign.argtypes = [
        ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_char_p, ctypes.c_void_p, ctypes.POINTER(_Bytes)
    ]
    free.restype = ctypes.c_int
    free.argtypes = [ctypes.c_void_p]
    return placeholder, sign, free


def available(builder: Any, signer: Any) -> bool:
    """Whether the data-hashed calls can be used with these c2pa-python objects."""
    return _functions() is not None and bool(getattr(builder, "_handle", None)) and bool(
        getattr(signer, "_handle", None)
    )


def _call(function: Any, *args: Any) -> bytes:
    """Run a native call that returns an allocated byte string; raise the library's typed error."""
    import c2pa
    from c2pa import c2pa as low

    out = _Bytes()
    size = function(*args, ctypes.byref(out))
    if size < 0 or not out:
        message = low._read_native_error() or "the data-hashed signing call failed"
        raise c2pa.C2paError(message)
    try:
        return ctypes.string_at(out, size)
    finally:
        _functions()[2](out)  # type: ignore[index]


def placeholder_size(builder: Any, signer: Any, mime: str) -> int:
    """Size in bytes of the manifest ``builder`` will produce for ``mime`` (the signed one is padded to it)."""
    functions = _functions()
    assert functions is not None
    return len(_call(functions[0], builder._handle, signer.reserve_size(), mime.encode()))


def sign_data_hashed(builder: Any, signer: Any, mime: str, digest: bytes, exclusions: list[dict[str, int]]) -> bytes:
    """The signed manifest, binding the asset by the SHA-256 ``digest`` taken around ``exclusions``."""
    functions = _functions()
    assert functions is not None
    data_hash = {
        "exclusions": exclusions,
        "name": "jumbf manifest",
        "alg": "sha256",
        "hash": list(digest),  # the library reads byte strings from JSON as arrays of numbers
        "pad": [],
    }
    document = json.dumps(data_hash).encode()
    return _call(functions[1], builder._handle, signer._handle, document, mime.encode(), None)
