"""What the places that write AI outputs need: is there an identity to sign with, and the visible label.

Resolve signing *before* the slow work (:func:`resolve_signing`), so a passphrase problem is
reported at once rather than after a minute of inference; then pass the choice to the save.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any

import numpy as np

from app.credentials.identity import SigningIdentity, signing_identity

log = logging.getLogger(__name__)

UNSIGNED_NOTE = (
    "not signed: this installation has no signing identity "
    "(create one with “gyeongju-ai credentials init --institution NAME”)"
)


@dataclass(frozen=True)
class SigningChoice:
    """The identity outputs are signed with, or None with the one-line reason."""

    identity: SigningIdentity | None
    note: str

    @property
    def signed(self) -> bool:
        return self.identity is not None


def resolve_signing(passphrase: bytes | None = None) -> SigningChoice:
    """The museum's identity if it has one; ``InvalidInput`` if it has one that cannot be unlocked."""
    identity = signing_identity(passphrase)
    if identity is None:
        return SigningChoice(None, UNSIGNED_NOTE)
    return SigningChoice(identity, f"signed with Content Credentials by {identity.info.institution}")


def credentials_entry(choice: SigningChoice, carried: bool, manifest_bytes: int | None = None) -> dict[str, Any]:
    """The ``content_credentials`` part of the JSON sidecar."""
    if choice.identity is None:
        return {"signed": False, "reason": "no signing identity"}
    if not carried:
        return {"signed": False, "reason": "this file format cannot carry Content Credentials"}
    entry: dict[str, Any] = {
        "signed": True,
        "signer": choice.identity.info.institution,
        "certificate_sha256": choice.identity.info.fingerprint,
    }
    if manifest_bytes is not None:
        entry["manifest_bytes"] = manifest_bytes
    return entry


def visible_label_enabled() -> bool:
    """Settings → "visible label on exported images" (off by default: archival masters stay clean)."""
    from app.config.paths import app_paths
    from app.config.settings import load_settings

    return load_settings(app_paths().settings_file).credentials.visible_label


LABEL_TEXT = "AI-restored · Content Credentials"


def add_visible_label(pixels: np.ndarray) -> np.ndarray:
    """A copy of RGB ``pixels`` with a small "AI-restored" label in the lower-left corner."""
    from PIL import Image, ImageDraw, ImageFont

    image = Image.fromarray(pixels).convert("RGB")
    height = image.height
    size = max(10, min(48, height // 40))
    try:
        font = ImageFont.load_default(size=size)
    except TypeError:  # Pillow < 10.1 has only the small bitmap font
        font = ImageFont.load_default()
    draw = ImageDraw.Draw(image, "RGBA")
    left, top, right, bottom = draw.textbbox((0, 0), LABEL_TEXT, font=font)
    pad = max(3, size // 3)
    x0, y1 = pad, height - pad
    y0 = y1 - (bottom - top) - 2 * pad
    draw.rectangle((x0, y0, x0 + (right - left) + 2 * pad, y1), fill=(0, 0, 0, 150))
    draw.text((x0 + pad - left, y0 + pad - top), LABEL_TEXT, font=font, fill=(255, 255, 255, 255))
    return np.asarray(image)
