"""Optional ed25519 signatures of a pack's manifest, checked against the user's trusted keys.

A signed pack carries ``signature.json`` next to ``manifest.json``::

    {"algorithm": "ed25519", "key_id": "<16 hex>", "signature": "<base64 of 64 bytes>"}

The signature covers the exact bytes of ``manifest.json``; the manifest holds every file's sha256,
so the signature covers the whole pack. Trusted institution keys are PEM public keys
(``*.pub``) in ``<user data>/trusted_keys/``; the file name (without ``.pub``) is the institution
shown as the signer.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.config.paths import app_paths
from app.domain.errors import InvalidInput
from app.domain.ids import child_path
from app.imaging.atomic import atomic_write_bytes
from app.packs.manifest import load_json_object

MAX_SIGNATURE_BYTES = 4096
MAX_KEY_BYTES = 4096


@dataclass(frozen=True)
class SignatureStatus:
    """``state`` is "trusted" (signed by ``signer``), "untrusted" (signed, key unknown) or "unsigned"."""

    state: str
    signer: str = ""
    key_id: str = ""

    def describe(self) -> str:
        if self.state == "trusted":
            return f"signed by {self.signer} (key {self.key_id})"
        if self.state == "untrusted":
            return f"signed by an unknown key {self.key_id}"
        return "unsigned"


def trusted_keys_dir() -> Path:
    return app_paths().data_dir / "trusted_keys"


def key_id(public: Ed25519PublicKey) -> str:
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return hashlib.sha256(raw).hexdigest()[:16]


def _load_public(raw: bytes, where: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(raw[:MAX_KEY_BYTES])
    except (ValueError, TypeError):
        raise InvalidInput(f"{where} is not a PEM public key.") from None
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInput(f"{where} is not an ed25519 public key.")
    return key


def trusted_keys() -> dict[str, tuple[str, Ed25519PublicKey]]:
    """key id → (institution name, key) for every readable ``*.pub`` in the trusted keys folder."""
    folder = trusted_keys_dir()
    out: dict[str, tuple[str, Ed25519PublicKey]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.pub")):
        try:
            key = _load_public(path.read_bytes(), f"“{path}”")
        except (InvalidInput, OSError):
            continue
        out[key_id(key)] = (path.stem, key)
    return out


def check_signature(manifest_bytes: bytes, signature_bytes: bytes | None) -> SignatureStatus:
    """Check ``signature.json`` against the manifest; a tampered signature raises ``InvalidInput``."""
    if signature_bytes is None:
        return SignatureStatus("unsigned")
    data = load_json_object(signature_bytes, "The pack signature (signature.json)", MAX_SIGNATURE_BYTES)
    if data.get("algorithm") != "ed25519":
        raise InvalidInput("The pack signature uses an algorithm other than ed25519, so the pack was refused.")
    kid, sig_text = data.get("key_id"), data.get("signature")
    if not isinstance(kid, str) or not isinstance(sig_text, str) or len(kid) != 16:
        raise InvalidInput("The pack signature is incomplete (key_id and signature are needed), so the "
            "pack was refused.")
    try:
        signature = base64.b64decode(sig_text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("The pack signature is not valid base64, so the pack was refused.") from None
    known = trusted_keys().get(kid)
    if known is None:
        return SignatureStatus("untrusted", key_id=kid)
    signer, key = known
    try:
        key.verify(signature, manifest_bytes)
    except InvalidSignature:
        raise InvalidInput(
            f"The pack's signature by {signer} does not match its manifest: the pack was changed after "
            "it was signed, so it was refused."
        ) from None
    return SignatureStatus("trusted", signer=signer, key_id=kid)


def sign_manifest(manifest_bytes: bytes, private_key_path: Path) -> bytes:
    """``signature.json`` bytes for ``manifest_bytes`` signed with a PEM ed25519 private key."""
    try:
        key = serialization.load_pem_private_key(Path(private_key_path).read_bytes(), password=None)
    except OSError as exc:
        raise InvalidInput(f"The signing key “{private_key_path}” cannot be read ({exc.strerror}).") from None
    except (ValueError, TypeError):
        raise InvalidInput(f"“{private_key_path}” is not an unencrypted PEM private key.") from None
    if not isinstance(key, Ed25519PrivateKey):
        raise InvalidInput(f"“{private_key_path}” is not an ed25519 private key.")
    signature = base64.b64encode(key.sign(manifest_bytes)).decode("ascii")
    text = f'{{"algorithm": "ed25519", "key_id": "{key_id(key.public_key())}", "signature": "{signature}"}}\n'
    return text.encode("ascii")


def generate_keypair(prefix: Path) -> tuple[Path, Path]:
    """Write ``PREFIX.key`` (private, owner-only) and ``PREFIX.pub``; refuse to overwrite either."""
    private_path, public_path = prefix.with_name(prefix.name + ".key"), prefix.with_name(prefix.name + ".pub")
    for path in (private_path, public_path):
        if path.exists():
            raise InvalidInput(f"“{path}” already exists; choose another name so no key is overwritten.")
    key = Ed25519PrivateKey.generate()
    private = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    public = key.public_key().public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as handle:
        handle.write(private)
    atomic_write_bytes(public_path, public, overwrite=False)
    return private_path, public_path


def trust_key(public_key_path: Path, institution: str) -> Path:
    """Copy a public key into the trusted keys folder under ``institution`` (an id)."""
    try:
        raw = Path(public_key_path).read_bytes()[: MAX_KEY_BYTES + 1]
    except OSError as exc:
        raise InvalidInput(f"The key “{public_key_path}” cannot be read ({exc.strerror}).") from None
    _load_public(raw, f"“{public_key_path}”")
    folder = trusted_keys_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = child_path(folder, institution, "institution name").with_suffix(".pub")
    atomic_write_bytes(target, raw)
    return target
