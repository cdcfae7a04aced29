"""The museum's signing identity: a certificate chain and its private key in the user data folder.

``credentials init`` makes a local certificate authority and an ECDSA P-256 signing certificate
issued by it (key usage digitalSignature, extended key usage emailProtection, subject and
authority key identifiers: what C2PA validators expect of a claim signer). The CA's private key
is used once and thrown away, so nothing on disk can issue further certificates in the museum's
name; renewing means a new ``init`` and sending the new CA certificate to partners again.
``credentials import`` uses a certificate the museum got from a real CA instead.

Files, in ``<user data>/credentials/``: ``signer.pem`` (signing certificate, then its issuers),
``signer.key`` (PKCS#8 PEM, mode 0600, optionally encrypted with a passphrase) and, after
``init``, ``ca.pem`` (the certificate partners add to their trust list). No key ships with the
repository: without these files nothing is signed.
"""

from __future__ import annotations

import contextlib
import datetime
import os
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from app.config.paths import app_paths
from app.credentials.trust import certificate_institution, read_certificates
from app.domain.errors import InvalidInput

MAX_KEY_BYTES = 64 * 1024
SIGNER_DAYS = 825  # the longest life public CAs give leaf certificates
CA_DAYS = 3650
_PASSPHRASE_ENV = "GYEONGJU_AI_PASSPHRASE_FILE"


@dataclass(frozen=True)
class IdentityInfo:
    """What can be shown about the identity without its private key."""

    institution: str
    common_name: str
    issuer: str
    not_after: datetime.datetime
    fingerprint: str  # sha256 of the signing certificate, hex
    encrypted: bool
    folder: Path

    @property
    def expired(self) -> bool:
        return self.not_after < datetime.datetime.now(datetime.UTC)


@dataclass(frozen=True)
class SigningIdentity:
    """A loaded identity ready to sign: the chain and the unencrypted key, both PEM (kept in memory only)."""

    info: IdentityInfo
    chain_pem: bytes
    key_pem: bytes


def identity_dir() -> Path:
    return app_paths().data_dir / "credentials"


def _paths() -> tuple[Path, Path, Path]:
    folder = identity_dir()
    return folder / "signer.pem", folder / "signer.key", folder / "ca.pem"


def _write_private(path: Path, data: bytes) -> None:
    """Write a private key owner-only (0600) from the first byte, then rename it into place."""
    temp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    temp.unlink(missing_ok=True)
    fd = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temp, 0o600)  # the umask can only remove bits, but be explicit
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            temp.unlink()
        raise


def _write_public(path: Path, data: bytes) -> None:
    from app.imaging.atomic import atomic_write_bytes

    atomic_write_bytes(path, data)


def _name(institution: str, country: str | None, common: str) -> x509.Name:
    parts = []
    if country:
        parts.append(x509.NameAttribute(NameOID.COUNTRY_NAME, country))
    parts.append(x509.NameAttribute(NameOID.ORGANIZATION_NAME, institution))
    parts.append(x509.NameAttribute(NameOID.COMMON_NAME, common))
    return x509.Name(parts)


def _check_names(institution: str, country: str | None) -> tuple[str, str | None]:
    name = " ".join(str(institution).split())
    if not 1 <= len(name) <= 64:
        raise InvalidInput("The institution name must be 1 to 64 characters long.")
    if country is not None:
        country = country.upper()
        if len(country) != 2 or not country.isascii() or not country.isalpha():
            raise InvalidInput(f"The country must be a two-letter code such as KR, not “{country}”.")
    return name, country


def _encryption(passphrase: bytes | None) -> serialization.KeySerializationEncryption:
    if passphrase:
        return serialization.BestAvailableEncryption(passphrase)
    return serialization.NoEncryption()


def _refuse_existing(overwrite: bool) -> None:
    signer, key, _ = _paths()
    if not overwrite and (signer.exists() or key.exists()):
        raise InvalidInput(
            f"This installation already has a signing identity in “{signer.parent}”; "
            "pass --force to replace it (images signed before stay valid)."
        )


def create_identity(
    institution: str, country: str | None = "KR", *, passphrase: bytes | None = None, overwrite: bool = False
) -> IdentityInfo:
    """Make a local CA and a signing certificate for ``institution``; return what was made."""
    name, country = _check_names(institution, country)
    _refuse_existing(overwrite)
    now = datetime.datetime.now(datetime.UTC)
    start = now - datetime.timedelta(minutes=5)  # tolerate a verifier's clock a little behind
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name(name, country, f"{name} Content Credentials CA")
    ca = (
        x509.CertificateBuilder()
        .subject_name(ca_name)
        .issuer_name(ca_name)
        .public_key(ca_key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + datetime.timedelta(days=CA_DAYS))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    key = ec.generate_private_key(ec.SECP256R1())
    leaf = (
        x509.CertificateBuilder()
        .subject_name(_name(name, country, f"{name} Content Credentials"))
        .issuer_name(ca_name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(now + datetime.timedelta(days=SIGNER_DAYS))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, False, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    pem = serialization.Encoding.PEM
    signer_path, key_path, ca_path = _paths()
    signer_path.parent.mkdir(parents=True, exist_ok=True)
    key_bytes = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, _encryption(passphrase))
    _write_private(key_path, key_bytes)
    _write_public(ca_path, ca.public_bytes(pem))
    _write_public(signer_path, leaf.public_bytes(pem) + ca.public_bytes(pem))
    info = identity_info()
    assert info is not None
    return info


def _load_key(raw: bytes, where: str, passphrase: bytes | None) -> ec.EllipticCurvePrivateKey:
    encrypted = b"ENCRYPTED" in raw[:200]
    try:
        key = serialization.load_pem_private_key(raw, password=passphrase if encrypted else None)
    except TypeError:
        if encrypted:
            raise InvalidInput(f"{where} is protected by a passphrase; give it with --passphrase-file.") from None
        raise InvalidInput(f"{where} is not protected by a passphrase; leave the passphrase out.") from None
    except ValueError:
        if encrypted:
            raise InvalidInput(f"The passphrase for {where} is wrong.") from None
        raise InvalidInput(f"{where} is not a PEM private key.") from None
    if not isinstance(key, ec.EllipticCurvePrivateKey) or key.curve.name != "secp256r1":
        raise InvalidInput(f"{where} is not an ECDSA P-256 key, the kind Content Credentials are signed with here.")
    return key


def import_identity(
    cert_path: str | Path,
    key_path: str | Path,
    *,
    passphrase: bytes | None = None,
    new_passphrase: bytes | None = None,
    overwrite: bool = False,
) -> IdentityInfo:
    """Use a certificate (with its chain) and key the museum got from a CA; both are copied in."""
    cert_file, key_file = Path(cert_path), Path(key_path)
    try:
        cert_raw = cert_file.read_bytes()[: 64 * 1024 + 1]
        key_raw = key_file.read_bytes()[: MAX_KEY_BYTES + 1]
    except OSError as exc:
        raise InvalidInput(f"“{exc.filename}” cannot be read ({exc.strerror or exc}).") from None
    certs = read_certificates(cert_raw, f"“{cert_file}”")
    key = _load_key(key_raw, f"“{key_file}”", passphrase)
    pem = serialization.Encoding.PEM
    spki = serialization.PublicFormat.SubjectPublicKeyInfo
    if certs[0].public_key().public_bytes(pem, spki) != key.public_key().public_bytes(pem, spki):
        raise InvalidInput(f"The key “{key_file}” does not belong to the certificate “{cert_file}” (its first one).")
    _refuse_existing(overwrite)
    signer_path, key_out, ca_path = _paths()
    signer_path.parent.mkdir(parents=True, exist_ok=True)
    stored = key.private_bytes(pem, serialization.PrivateFormat.PKCS8, _encryption(new_passphrase or passphrase))
    _write_private(key_out, stored)
    _write_public(signer_path, b"".join(c.public_bytes(pem) for c in certs))
    ca_path.unlink(missing_ok=True)  # a real CA's root is already where verifiers look
    info = identity_info()
    assert info is not None
    return info


def identity_info() -> IdentityInfo | None:
    """The current identity, or None when this installation has none (or its files are unreadable)."""
    signer_path, key_path, _ = _paths()
    try:
        chain = read_certificates(signer_path.read_bytes()[: 64 * 1024 + 1], f"“{signer_path}”")
        head = key_path.read_bytes()[:200]
    except (OSError, InvalidInput):
        return None
    leaf = chain[0]
    issuer = certificate_institution(chain[1]) if len(chain) > 1 else leaf.issuer.rfc4514_string()
    common = leaf.subject.get_attributes_for_oid(NameOID.COMMON_NAME)
    return IdentityInfo(
        institution=certificate_institution(leaf),
        common_name=str(common[0].value) if common else "",
        issuer=issuer,
        not_after=leaf.not_valid_after_utc,
        fingerprint=leaf.fingerprint(hashes.SHA256()).hex(),
        encrypted=b"ENCRYPTED" in head,
        folder=signer_path.parent,
    )


def read_passphrase_file(path: str | Path) -> bytes:
    """The first line of a passphrase file (no trailing newline)."""
    try:
        raw = Path(path).read_bytes()[:4096]
    except OSError as exc:
        raise InvalidInput(f"The passphrase file “{path}” cannot be read ({exc.strerror or exc}).") from None
    line = raw.splitlines()[0] if raw.splitlines() else b""
    if not line:
        raise InvalidInput(f"The passphrase file “{path}” is empty.")
    return line


def signing_identity(passphrase: bytes | None = None) -> SigningIdentity | None:
    """The identity loaded for signing, or None when there is none.

    An encrypted key needs ``passphrase`` (or a file named by ``GYEONGJU_AI_PASSPHRASE_FILE``);
    a missing or wrong one raises ``InvalidInput``: a museum that has an identity never gets
    silently unsigned outputs.
    """
    info = identity_info()
    if info is None:
        return None
    signer_path, key_path, _ = _paths()
    if passphrase is None and info.encrypted and os.environ.get(_PASSPHRASE_ENV):
        passphrase = read_passphrase_file(os.environ[_PASSPHRASE_ENV])
    try:
        raw = key_path.read_bytes()[: MAX_KEY_BYTES + 1]
    except OSError as exc:
        raise InvalidInput(f"The signing key “{key_path}” cannot be read ({exc.strerror or exc}).") from None
    key = _load_key(raw, f"The museum's signing key “{key_path}”", passphrase)
    if info.expired:
        raise InvalidInput(
            f"The museum's signing certificate expired on {info.not_after:%Y-%m-%d}; "
            "renew it (credentials init --force, or import a new one)."
        )
    plain = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    )
    return SigningIdentity(info, signer_path.read_bytes(), plain)


def own_ca_pem() -> bytes | None:
    """This installation's own CA certificate (trusted for its own images), if it made one."""
    with contextlib.suppress(OSError):
        return _paths()[2].read_bytes()[: 64 * 1024]
    return None
