"""Turning the native C2PA library's errors into one sentence a curator can read."""

from __future__ import annotations

_KINDS = {
    "ManifestNotFound": "the file has no Content Credentials",
    "JumbfNotFound": "the file has no Content Credentials",
    "NotSupported": "this kind of file cannot hold Content Credentials",
    "Decoding": "the Content Credentials in it are damaged and cannot be decoded",
    "Encoding": "the Content Credentials could not be encoded",
    "Io": "the file could not be read or written",
    "Json": "the Content Credentials hold malformed data",
    "Manifest": "the Content Credentials are malformed",
    "Signature": "the signature could not be made or checked",
    "Verify": "the Content Credentials failed verification",
    "Assertion": "a statement inside the Content Credentials is malformed",
}


def native_failure(exc: BaseException) -> str:
    """One sentence (ending in a full stop) for an exception raised by c2pa-python.

    The library's own text can run to many lines of Rust detail; only its kind is kept, with a
    short first line of the detail in brackets where it is readable.
    """
    kind = type(exc).__name__.lstrip("_").removeprefix("C2pa")
    text = str(exc).strip()
    sentence = next(
        (said for name, said in _KINDS.items() if kind == name or text.startswith(name)),
        "the C2PA library reported a problem",
    )
    detail = text.splitlines()[0][:120] if text else ""
    detail = "".join(ch for ch in detail if ch.isprintable())
    return f"{sentence} ({detail})." if detail else f"{sentence}."
