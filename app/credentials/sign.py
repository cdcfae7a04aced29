"""Embedding signed Content Credentials into an image as it is written.

:func:`sealer` returns the callback that ``app.imaging.writer.save_image`` calls with the
encoded image: the signed image is written straight into the writer's temporary file, so the
rename that publishes the output is still the one atomic step and a failed signature leaves
nothing behind. JPEG and PNG go through the C2PA library's own embedding; TIFF masters are laid
out here (``tiff``) and only the manifest is made by the library (``native``), because the
library's TIFF path copies a 36 MB master through Python several times. No thumbnails are
embedded (a 12 MP JPEG's manifest stays a few KB); the original is the ``parentOf`` ingredient,
hashed by the library and, with its sha256, named in the project's own assertion.
"""

from __future__ import annotations

import functools
import io
import os
from collections.abc import Callable
from pathlib import Path
from typing import Any, BinaryIO

from app.credentials import native, tiff
from app.credentials.errors import native_failure
from app.credentials.identity import SigningIdentity
from app.credentials.manifest import document_definition, manifest_definition
from app.domain.errors import ImageWriteError

MIME_TYPES = {"JPEG": "image/jpeg", "PNG": "image/png", "TIFF": "image/tiff", "WEBP": "image/webp"}
"""Pillow format → MIME type, for the formats that can carry Content Credentials."""

_SUFFIX_MIME = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".tif": "image/tiff",
    ".tiff": "image/tiff",
    ".webp": "image/webp",
}

Sealer = Callable[[bytes, str, BinaryIO], None]


@functools.lru_cache(maxsize=1)
def _signing_context() -> Any:
    import c2pa

    # No thumbnails (size), no verification pass after signing (we just made it), no network.
    return c2pa.Context.from_dict(
        {
            "builder": {"thumbnail": {"enabled": False}},
            "verify": {"verify_after_sign": False, "remote_manifest_fetch": False, "ocsp_fetch": False},
        }
    )


@functools.lru_cache(maxsize=4)
def _signer(chain_pem: bytes, key_pem: bytes) -> Any:
    import c2pa

    info = c2pa.C2paSignerInfo(c2pa.C2paSigningAlg.ES256, chain_pem, key_pem, None)
    return c2pa.Signer.from_info(info)


def can_carry(fmt: str) -> bool:
    """Whether images of Pillow format ``fmt`` can hold Content Credentials (BMP cannot)."""
    return fmt in MIME_TYPES


def _ingredient(parent: Path, sha256: str | None) -> tuple[dict[str, Any], str] | None:
    mime = _SUFFIX_MIME.get(parent.suffix.lower())
    if mime is None:
        return None
    entry: dict[str, Any] = {"title": parent.name, "relationship": "parentOf", "label": "original", "format": mime}
    if sha256:
        entry["description"] = f"original, sha256 {sha256}"
    return entry, mime


def _sign(
    definition: dict[str, Any],
    mime: str,
    source: bytes,
    dest: BinaryIO,
    identity: SigningIdentity,
    title: str,
    add_ingredients: Callable[[Any], None] | None = None,
) -> int:
    """Build, sign ``source`` into ``dest`` and close the builder; return the manifest's size in bytes.

    The native library's failures become one :class:`ImageWriteError` sentence naming ``title``.
    """
    import c2pa

    try:
        builder = c2pa.Builder(definition, _signing_context())
        try:
            if add_ingredients is not None:
                add_ingredients(builder)
            signer = _signer(identity.chain_pem, identity.key_pem)
            manifest = _sign_tiff(builder, signer, source, dest) if mime == "image/tiff" else None
            if manifest is None:
                manifest = builder.sign(signer, mime, io.BytesIO(source), dest)
        finally:
            builder.close()
    except c2pa.C2paError as exc:
        raise ImageWriteError(f"“{title}” could not be signed: {native_failure(exc)}") from None
    except ValueError as exc:  # our TIFF layout refused the file or the manifest's size
        raise ImageWriteError(f"“{title}” could not be signed: {exc}.") from None
    return len(manifest)


def _sign_tiff(builder: Any, signer: Any, source: bytes, dest: BinaryIO) -> bytes | None:
    """Embed the manifest in a TIFF ourselves (see ``app.credentials.tiff``); None to let the library do it.

    The library's own TIFF path costs ~200–340 ms for a 12 MP master; this one is a SHA-256 pass and
    one write of the encoder's bytes. The file it makes has the library's own layout and exclusions.
    """
    # Decide before asking for the placeholder: that call may add a hash assertion to the builder,
    # which the library's own path would then have to cope with.
    if not native.available(builder, signer) or tiff.plan(source, 0) is None:
        return None
    layout = tiff.plan(source, native.placeholder_size(builder, signer, "image/tiff"))
    if layout is None:  # only a file within a manifest's size of the 4 GB TIFF limit
        raise ValueError("the TIFF is too large to hold Content Credentials")
    manifest = native.sign_data_hashed(builder, signer, "image/tiff", layout.sha256(), layout.exclusions())
    layout.write(manifest, dest)
    return manifest


def sign_bytes(
    encoded: bytes,
    mime: str,
    dest: BinaryIO,
    identity: SigningIdentity,
    record: dict[str, Any],
    *,
    title: str,
    parent: Path | None = None,
) -> int:
    """Sign ``encoded`` (an image of type ``mime``) into ``dest``; return the manifest's size in bytes."""
    parent_sha = (record.get("input") or {}).get("sha256") if isinstance(record.get("input"), dict) else None

    def add_original(builder: Any) -> None:
        ingredient = _ingredient(parent, parent_sha) if parent is not None else None
        if ingredient is not None:
            entry, parent_mime = ingredient
            try:
                with open(parent, "rb") as handle:  # type: ignore[arg-type]
                    builder.add_ingredient(entry, parent_mime, handle)
                return
            except OSError:
                pass
        # The original is gone or not a C2PA-readable type: name it without reading it.
        fallback = {
            "title": parent.name if parent else "original",
            "relationship": "parentOf",
            "label": "original",
            "format": "application/octet-stream",
        }
        if parent_sha:
            fallback["description"] = f"original, sha256 {parent_sha}"
        builder.add_ingredient(fallback, "application/octet-stream", io.BytesIO(b""))

    return _sign(manifest_definition(record, title, mime), mime, encoded, dest, identity, title, add_original)


def sign_document(
    path: Path, mime: str, identity: SigningIdentity, record: dict[str, Any], *, title: str, description: str
) -> int:
    """Sign the finished document at ``path`` in place (through a temporary copy); return the manifest size.

    Used for files the app composes itself (the PDF handout), which have no parent to open.
    """
    from app.imaging.atomic import atomic_output

    source = path.read_bytes()
    with atomic_output(path, path.suffix) as temp, open(temp, "w+b") as dest:
        return _sign(document_definition(record, title, mime, description), mime, source, dest, identity, title)


def sealer(
    identity: SigningIdentity,
    record: dict[str, Any],
    *,
    title: str,
    parent: str | os.PathLike[str] | None = None,
    sizes: list[int] | None = None,
) -> Sealer:
    """The callback ``save_image(seal=…)`` takes; each manifest size is appended to ``sizes`` if given."""
    parent_path = Path(parent) if parent is not None else None

    def seal(encoded: bytes, fmt: str, dest: BinaryIO) -> None:
        size = sign_bytes(encoded, MIME_TYPES[fmt], dest, identity, record, title=title, parent=parent_path)
        if sizes is not None:
            sizes.append(size)

    return seal
