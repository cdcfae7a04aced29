"""The trusted-institution list: one folder that both signed packs and Content Credentials read.

``<user data>/trusted_keys/`` holds, per partner institution, either

* ``NAME.pem`` – an X.509 certificate (the partner's CA, or its signing certificate itself).
  Content Credentials trust an image whose signer chains to one of these; signed packs accept
  an ECDSA P-256 signature by the public key of such a certificate.
* ``NAME.pub`` – a bare ed25519 public key (the older pack-only form, still read).

The file name without its suffix is the institution shown as the signer. Nothing here talks to
the network and nothing here is trusted by default.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from app.config.paths import app_paths
from app.domain.errors import InvalidInput
from app.domain.ids import child_path

MAX_CERT_BYTES = 64 * 1024
"""A certificate (or a short chain) is a few KB; anything larger is refused unread."""


@dataclass(frozen=True)
class TrustedCertificate:
    """One partner's certificate from the trust list."""

    institution: str
    certificate: x509.Certificate

    @property
    def is_ca(self) -> bool:
        try:
            return bool(self.certificate.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
        except x509.ExtensionNotFound:
            return False

    def pem(self) -> str:
        return self.certificate.public_bytes(serialization.Encoding.PEM).decode("ascii")


def trusted_dir() -> Path:
    """The folder of trusted institutions (created on first ``trust``)."""
    return app_paths().data_dir / "trusted_keys"


def read_certificates(raw: bytes, where: str) -> list[x509.Certificate]:
    """Every certificate in a PEM (or single DER) file; ``InvalidInput`` when there is none."""
    if len(raw) > MAX_CERT_BYTES:
        raise InvalidInput(f"{where} is larger than any certificate ({len(raw):,} bytes), so it was not read.")
    try:
        if b"-----BEGIN CERTIFICATE-----" in raw:
            certs = x509.load_pem_x509_certificates(raw)
        else:
            certs = [x509.load_der_x509_certificate(raw)]
    except ValueError:
        raise InvalidInput(f"{where} is not an X.509 certificate (PEM or DER).") from None
    if not certs:
        raise InvalidInput(f"{where} holds no certificate.")
    return certs


def institution_id(name: str) -> str:
    """A file-name-safe id for an institution name ("Gyeongju National Museum" → gyeongju-national-museum)."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:64].strip("-")
    return slug or "institution"


def certificate_institution(cert: x509.Certificate) -> str:
    """The organisation named in a certificate's subject (its common name when none)."""
    for oid in (x509.NameOID.ORGANIZATION_NAME, x509.NameOID.COMMON_NAME):
        values = cert.subject.get_attributes_for_oid(oid)
        if values:
            return str(values[0].value)
    return "unknown institution"


def trusted_certificates() -> list[TrustedCertificate]:
    """Every readable certificate in the trust list (unreadable files are skipped, never fatal)."""
    folder = trusted_dir()
    if not folder.is_dir():
        return []
    found: list[TrustedCertificate] = []
    for path in sorted(folder.glob("*.pem")):
        try:
            certs = read_certificates(path.read_bytes()[: MAX_CERT_BYTES + 1], f"“{path}”")
        except (InvalidInput, OSError):
            continue
        found.extend(TrustedCertificate(path.stem, cert) for cert in certs)
    return found


def trust_certificate(cert_path: str | Path, institution: str | None = None) -> Path:
    """Copy a partner's certificate into the trust list; the name defaults to its organisation."""
    source = Path(cert_path)
    try:
        raw = source.read_bytes()[: MAX_CERT_BYTES + 1]
    except OSError as exc:
        raise InvalidInput(f"The certificate “{source}” cannot be read ({exc.strerror or exc}).") from None
    certs = read_certificates(raw, f"“{source}”")
    name = institution_id(institution or certificate_institution(certs[0]))
    folder = trusted_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = child_path(folder, name, "institution name").with_suffix(".pem")
    pem = b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)
    # Imported lazily: app.imaging pulls numpy/Pillow, which listing the trust list does not need.
    from app.imaging.atomic import atomic_write_bytes

    atomic_write_bytes(target, pem)
    return target
