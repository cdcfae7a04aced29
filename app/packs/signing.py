"""Optional signatures of a pack's manifest, checked against the user's trusted institutions.

A signed pack carries ``signature.json`` next to ``manifest.json``::

    {"algorithm": "ed25519", "key_id": "<16 hex>", "signature": "<base64 of 64 bytes>"}

or, signed with a museum's Content Credentials key (ECDSA P-256, ``app.credentials``),
``"algorithm": "es256"`` with a base64 DER signature. The signature covers the exact bytes of
``manifest.json``; the manifest holds every file's sha256, so the signature covers the whole pack.

The trusted institutions are ONE list, shared with Content Credentials
(``app.credentials.trust``): ``<user data>/trusted_keys/`` holds PEM ed25519 public keys
(``*.pub``) and partners' X.509 certificates (``*.pem``, added by ``credentials trust``); a
certificate's public key verifies ``es256`` pack signatures. The file name (without suffix) is
the institution shown as the signer.
"""

from __future__ import annotations

import base64
import binascii
import datetime
import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

from app.credentials.trust import trusted_certificates, trusted_dir
from app.domain.errors import InvalidInput
from app.domain.ids import child_path
from app.imaging.atomic import atomic_write_bytes
from app.packs.manifest import load_json_object

MAX_SIGNATURE_BYTES = 16384  # room for the signing certificate of an es256 signature
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


PublicKey = Ed25519PublicKey | ec.EllipticCurvePublicKey
_ALGORITHMS = ("ed25519", "es256")


def trusted_keys_dir() -> Path:
    """The trusted-institution folder (the same one Content Credentials read)."""
    return trusted_dir()


def key_id(public: PublicKey) -> str:
    """16 hex of the sha256 of the raw ed25519 key, or of the DER public-key info of a P-256 key."""
    if isinstance(public, Ed25519PublicKey):
        raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    else:
        raw = public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return hashlib.sha256(raw).hexdigest()[:16]


def _algorithm(key: PublicKey) -> str:
    return "ed25519" if isinstance(key, Ed25519PublicKey) else "es256"


def _load_public(raw: bytes, where: str) -> Ed25519PublicKey:
    try:
        key = serialization.load_pem_public_key(raw[:MAX_KEY_BYTES])
    except (ValueError, TypeError):
        raise InvalidInput(f"{where} is not a PEM public key.") from None
    if not isinstance(key, Ed25519PublicKey):
        raise InvalidInput(f"{where} is not an ed25519 public key.")
    return key


def trusted_keys() -> dict[str, tuple[str, PublicKey]]:
    """key id → (institution, key): every ``*.pub`` ed25519 key and every P-256 certificate key trusted."""
    folder = trusted_keys_dir()
    out: dict[str, tuple[str, PublicKey]] = {}
    if not folder.is_dir():
        return out
    for path in sorted(folder.glob("*.pub")):
        try:
            key = _load_public(path.read_bytes(), f"“{path}”")
        except (InvalidInput, OSError):
            continue
        out[key_id(key)] = (path.stem, key)
    for trusted in trusted_certificates():
        public = trusted.certificate.public_key()
        if isinstance(public, ec.EllipticCurvePublicKey) and public.curve.name == "secp256r1":
            out.setdefault(key_id(public), (trusted.institution, public))
    return out


def _issued_by_trusted(cert_text: object, kid: str) -> tuple[str, PublicKey] | None:
    """(institution, key) when ``certificate`` (base64 DER, from an es256 signature) was issued by a
    trusted CA certificate, is valid now and holds the key ``kid``; otherwise None (not trusted)."""
    if not isinstance(cert_text, str) or len(cert_text) > MAX_SIGNATURE_BYTES:
        return None
    try:
        leaf = x509.load_der_x509_certificate(base64.b64decode(cert_text, validate=True))
        public = leaf.public_key()
    except (binascii.Error, ValueError):
        return None
    now = datetime.datetime.now(datetime.UTC)
    if not isinstance(public, ec.EllipticCurvePublicKey) or key_id(public) != kid:
        return None
    if not leaf.not_valid_before_utc <= now <= leaf.not_valid_after_utc:
        return None
    for trusted in trusted_certificates():
        if not trusted.is_ca or trusted.certificate.subject != leaf.issuer:
            continue
        try:
            leaf.verify_directly_issued_by(trusted.certificate)
        except (InvalidSignature, ValueError, TypeError):
            continue
        return trusted.institution, public
    return None


def check_signature(manifest_bytes: bytes, signature_bytes: bytes | None) -> SignatureStatus:
    """Check ``signature.json`` against the manifest; a tampered signature raises ``InvalidInput``."""
    if signature_bytes is None:
        return SignatureStatus("unsigned")
    data = load_json_object(signature_bytes, "The pack signature (signature.json)", MAX_SIGNATURE_BYTES)
    algorithm = data.get("algorithm")
    if algorithm not in _ALGORITHMS:
        raise InvalidInput("The pack signature uses an algorithm other than ed25519 or es256, so the pack was refused.")
    kid, sig_text = data.get("key_id"), data.get("signature")
    if not isinstance(kid, str) or not isinstance(sig_text, str) or len(kid) != 16:
        raise InvalidInput(
            "The pack signature is incomplete (key_id and signature are needed), so the pack was refused."
        )
    try:
        signature = base64.b64decode(sig_text, validate=True)
    except (binascii.Error, ValueError):
        raise InvalidInput("The pack signature is not valid base64, so the pack was refused.") from None
    known = trusted_keys().get(kid) or _issued_by_trusted(data.get("certificate"), kid)
    if known is None:
        return SignatureStatus("untrusted", key_id=kid)
    signer, key = known
    try:
        if _algorithm(key) != algorithm:
            raise InvalidSignature
        if isinstance(key, Ed25519PublicKey):
            key.verify(signature, manifest_bytes)
        else:
            key.verify(signature, manifest_bytes, ec.ECDSA(hashes.SHA256()))
    except InvalidSignature:
        raise InvalidInput(
            f"The pack's signature by {signer} does not match its manifest: the pack was changed after "
            "it was signed, so it was refused."
        ) from None
    return SignatureStatus("trusted", signer=signer, key_id=kid)


def sign_manifest(manifest_bytes: bytes, private_key_path: Path) -> bytes:
    """``signature.json`` bytes for ``manifest_bytes`` signed with a PEM ed25519 or P-256 private key."""
    try:
        key = serialization.load_pem_private_key(Path(private_key_path).read_bytes(), password=None)
    except OSError as exc:
        raise InvalidInput(f"The signing key “{private_key_path}” cannot be read ({exc.strerror}).") from None
    except (ValueError, TypeError):
        raise InvalidInput(f"“{private_key_path}” is not an unencrypted PEM private key.") from None
    return _signature_json(manifest_bytes, key, f"“{private_key_path}”")


def sign_manifest_as_museum(manifest_bytes: bytes, passphrase: bytes | None = None) -> bytes | None:
    """``signature.json`` bytes signed with the museum's Content Credentials key; None without an identity.

    Partners who trust the museum's certificate (``credentials trust``) then trust its packs too.
    """
    from app.credentials.identity import signing_identity

    identity = signing_identity(passphrase)
    if identity is None:
        return None
    key = serialization.load_pem_private_key(identity.key_pem, password=None)
    leaf = x509.load_pem_x509_certificate(identity.chain_pem)
    return _signature_json(manifest_bytes, key, "The museum's signing key", leaf)


def _signature_json(manifest_bytes: bytes, key: object, where: str, leaf: x509.Certificate | None = None) -> bytes:
    if isinstance(key, Ed25519PrivateKey):
        algorithm, raw = "ed25519", key.sign(manifest_bytes)
    elif isinstance(key, ec.EllipticCurvePrivateKey) and key.curve.name == "secp256r1":
        algorithm, raw = "es256", key.sign(manifest_bytes, ec.ECDSA(hashes.SHA256()))
    else:
        raise InvalidInput(f"{where} is neither an ed25519 nor an ECDSA P-256 private key.")
    body = {"algorithm": algorithm, "key_id": key_id(key.public_key()), "signature": base64.b64encode(raw).decode()}
    if leaf is not None:
        # The signing certificate travels with the signature, so a partner who trusts the museum's CA
        # (rather than this one key) can check that the CA issued it.
        body["certificate"] = base64.b64encode(leaf.public_bytes(serialization.Encoding.DER)).decode("ascii")
    return (json.dumps(body) + "\n").encode("ascii")


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
