"""Content Credentials: identity, signing AI outputs, verifying, tampering, hostile files."""

from __future__ import annotations

import io
import json
import os
import struct

import numpy as np
import pytest
from credential_fixtures import MUSEUM, PARTNER, PASSPHRASE, bare_home, identities, museum_home, original, use_home
from cryptography import x509
from cryptography.x509.oid import ExtendedKeyUsageOID
from PIL import Image

from app.credentials.identity import create_identity, identity_info, import_identity, signing_identity
from app.credentials.manifest import public_record
from app.credentials.output import resolve_signing
from app.credentials.trust import trust_certificate
from app.credentials.verify import plain_summary, summarise_file, verify_file
from app.domain.errors import ImageWriteError, InvalidInput
from app.domain.hashing import sha256_file
from app.imaging.io import load_image
from app.vision.restoration.provenance import save_output, step_record

__all__ = ["bare_home", "identities", "museum_home", "original"]  # fixtures, used by name

MODEL = {"id": "ffdnet_color", "version": "1.0.0", "sha256": "ab" * 32, "licence": "MIT"}


def _ai_output(original, out, *, label: bool = False, steps=None):
    source = load_image(original)
    pixels = np.ascontiguousarray(255 - source.pixels)
    steps = steps or [
        step_record("denoise", {"sigma": 15.0, "gains": [1.02, 1.0, 0.97]}, model=MODEL),
        step_record("inpaint", {"method": "telea"}, mask={"pixels_sha256": "cd" * 32, "size": [128, 96]}),
        step_record("colorize", {"sources": ["reference"]}, ran=False),
    ]
    return save_output(pixels, out, source, "restore", steps, label=label)


# --- identity ---------------------------------------------------------------------------------------


def test_init_makes_a_ca_and_a_c2pa_signer_certificate(museum_home):
    folder = museum_home / "data" / "credentials"
    assert (os.stat(folder / "signer.key").st_mode & 0o777) == 0o600
    leaf, ca = x509.load_pem_x509_certificates((folder / "signer.pem").read_bytes())
    assert leaf.extensions.get_extension_for_class(x509.KeyUsage).value.digital_signature
    eku = leaf.extensions.get_extension_for_class(x509.ExtendedKeyUsage).value
    assert ExtendedKeyUsageOID.EMAIL_PROTECTION in eku
    ski = ca.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
    aki = leaf.extensions.get_extension_for_class(x509.AuthorityKeyIdentifier).value.key_identifier
    assert ski == aki and leaf.extensions.get_extension_for_class(x509.SubjectKeyIdentifier)
    assert leaf.public_key().curve.name == "secp256r1"
    leaf.verify_directly_issued_by(ca)
    assert identity_info().institution == MUSEUM
    with pytest.raises(InvalidInput, match="already has a signing identity"):
        create_identity("Another Museum")


@pytest.mark.parametrize(("name", "country"), [("", "KR"), ("x" * 65, "KR"), ("Museum", "KOR"), ("Museum", "1A")])
def test_init_refuses_bad_names(bare_home, name, country):
    with pytest.raises(InvalidInput):
        create_identity(name, country)
    assert identity_info() is None


def test_passphrase_protects_the_key(identities, tmp_path, monkeypatch):
    use_home(identities["locked"], tmp_path / "home", monkeypatch)
    assert identity_info().encrypted
    assert b"ENCRYPTED" in (tmp_path / "home" / "data" / "credentials" / "signer.key").read_bytes()
    with pytest.raises(InvalidInput, match="passphrase"):
        signing_identity()
    with pytest.raises(InvalidInput, match="wrong"):
        signing_identity(b"not the passphrase")
    assert signing_identity(PASSPHRASE).info.institution == MUSEUM
    secret = tmp_path / "pass.txt"
    secret.write_bytes(PASSPHRASE + b"\n")
    monkeypatch.setenv("GYEONGJU_AI_PASSPHRASE_FILE", str(secret))
    assert resolve_signing().signed


def test_import_checks_that_key_and_certificate_belong_together(identities, bare_home):
    museum = identities["museum"] / "data" / "credentials"
    partner = identities["partner"] / "data" / "credentials"
    with pytest.raises(InvalidInput, match="does not belong"):
        import_identity(museum / "signer.pem", partner / "signer.key")
    with pytest.raises(InvalidInput, match="not an X.509"):
        import_identity(museum / "signer.key", museum / "signer.key")
    with pytest.raises(InvalidInput, match="cannot be read"):
        import_identity(museum / "missing.pem", museum / "signer.key")
    info = import_identity(museum / "signer.pem", museum / "signer.key")
    assert info.institution == MUSEUM and resolve_signing().signed


# --- signing and verifying ------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".tif"])
def test_ai_output_carries_signed_credentials(museum_home, original, tmp_path, suffix):
    out = tmp_path / f"restored{suffix}"
    sidecar, record = _ai_output(original, out)
    assert record["content_credentials"]["signed"] and record["content_credentials"]["signer"] == MUSEUM
    assert record["output"]["sha256"] == sha256_file(out)  # the sidecar describes the signed file
    assert json.loads(sidecar.read_text(encoding="utf-8")) == record
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left
    report = verify_file(out)
    assert report.state == "trusted" and report.exit_code == 0 and report.pixels_match
    assert report.signer == MUSEUM
    assert [a["action"] for a in report.actions] == ["c2pa.opened", "c2pa.filtered", "c2pa.edited"]
    filtered, edited = report.actions[1], report.actions[2]
    assert filtered["digital_source_type"].endswith("/trainedAlgorithmicMedia")
    assert filtered["model"] == {k: MODEL[k] for k in ("id", "version", "sha256")}
    assert edited["digital_source_type"] == ""  # telea is no trained model: no AI source type claimed
    assert report.models == [{k: MODEL[k] for k in ("id", "version", "sha256")}]
    assert report.ingredients[0]["relationship"] == "parentOf"
    assert sha256_file(original) in report.ingredients[0]["description"]
    embedded = report.provenance
    # The whole record travels, number arrays included, less the output's own hash and folder names.
    published = {k: v for k, v in record.items() if k not in ("output", "content_credentials")}
    assert embedded == public_record(published)
    assert embedded["input"] == {"path": "original.jpg", "sha256": sha256_file(original)}
    assert embedded["steps"][1]["mask"]["pixels_sha256"] == "cd" * 32 and "output" not in embedded
    assert str(tmp_path) not in out.read_bytes().decode("latin-1")
    if suffix != ".jpg":  # lossless: signing changed no pixel
        assert np.array_equal(np.asarray(Image.open(out).convert("RGB")), 255 - load_image(original).pixels)


def test_without_identity_outputs_are_unsigned_and_say_so(bare_home, original, tmp_path):
    out = tmp_path / "restored.jpg"
    _, record = _ai_output(original, out)
    assert record["content_credentials"] == {"signed": False, "reason": "no signing identity"}
    report = verify_file(out)
    assert report.state == "none" and report.exit_code == 1


def test_bmp_cannot_carry_credentials_and_the_record_says_so(museum_home, original, tmp_path):
    _, record = _ai_output(original, tmp_path / "restored.bmp")
    assert record["content_credentials"]["signed"] is False
    assert "cannot carry" in record["content_credentials"]["reason"]


def _flip(path, offset_from_end: int = 600) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) - offset_from_end] ^= 0xFF
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".tif"])
def test_changed_pixels_fail_validation(museum_home, original, tmp_path, suffix):
    out = tmp_path / f"restored{suffix}"
    _ai_output(original, out)
    if suffix == ".jpg":
        _flip(out)  # inside the entropy-coded scan
    else:
        pixels = np.asarray(Image.open(out)).copy()
        data = out.read_bytes()
        pixels[10, 10] ^= 0x40
        buffer = io.BytesIO()
        # Re-encode the same container with one pixel changed, keeping the manifest bytes as they were.
        Image.fromarray(pixels).save(buffer, format="PNG" if suffix == ".png" else "TIFF")
        _splice_manifest(out, data, buffer.getvalue(), suffix)
    report = verify_file(out)
    assert report.state == "invalid" and report.exit_code == 1
    assert report.pixels_match is False and report.problems


def _splice_manifest(out, signed: bytes, changed: bytes, suffix: str) -> None:
    """Put the signed file's C2PA chunk into a re-encoded copy (PNG), or flip a pixel byte in place (TIFF)."""
    if suffix == ".png":
        start = signed.index(b"caBX") - 4
        length = struct.unpack(">I", signed[start : start + 4])[0]
        chunk = signed[start : start + 12 + length]
        out.write_bytes(changed[:33] + chunk + changed[33:])
    else:
        # Uncompressed TIFF: the first strip is near the start; flip a byte after the header and IFD.
        data = bytearray(signed)
        offset = struct.unpack("<I", data[4:8])[0]
        data[8 if offset > 8 else offset + 400] ^= 0x40
        out.write_bytes(bytes(data))


def test_edited_manifest_fails_validation(museum_home, original, tmp_path):
    out = tmp_path / "restored.jpg"
    _ai_output(original, out)
    data = out.read_bytes()
    at = data.index(b"noise removed")
    out.write_bytes(data[:at] + b"NOISE" + data[at + 5 :])  # same length: only the claim's hash can tell
    report = verify_file(out)
    assert report.state == "invalid" and report.exit_code == 1
    assert any("mismatch" in p for p in report.problems)


def test_partner_images_are_intact_but_untrusted_until_trusted(identities, original, tmp_path, monkeypatch):
    use_home(identities["partner"], tmp_path / "partner", monkeypatch)
    out = tmp_path / "from-partner.jpg"
    _ai_output(original, out)
    use_home(identities["museum"], tmp_path / "museum", monkeypatch)
    report = verify_file(out)
    assert (report.state, report.exit_code, report.signer) == ("untrusted", 0, PARTNER)
    trust_certificate(identities["partner"] / "data" / "credentials" / "ca.pem")
    assert verify_file(out).state == "trusted"


def test_a_bare_signing_certificate_trusts_packs_not_images(identities, original, tmp_path, monkeypatch):
    """c2pa 0.38 anchors trust only in CA certificates: a partner's leaf certificate alone leaves
    its images "untrusted" (still intact, exit 0) while its packs are trusted (shared list)."""
    from app.packs.signing import check_signature, sign_manifest

    use_home(identities["partner"], tmp_path / "partner", monkeypatch)
    out = tmp_path / "from-partner.png"
    _ai_output(original, out)
    use_home(identities["museum"], tmp_path / "museum", monkeypatch)
    partner = identities["partner"] / "data" / "credentials"
    leaf_only = tmp_path / "leaf.pem"
    chain = (partner / "signer.pem").read_bytes()
    leaf_only.write_bytes(chain[: chain.index(b"-----END CERTIFICATE-----") + 26])
    manifest = b'{"id": "demo"}'
    signature = sign_manifest(manifest, partner / "signer.key")
    assert check_signature(manifest, signature).state == "untrusted"
    assert trust_certificate(leaf_only, "busan").name == "busan.pem"
    assert verify_file(out).state == "untrusted"
    status = check_signature(manifest, signature)
    assert (status.state, status.signer) == ("trusted", "busan")
    with pytest.raises(InvalidInput, match="changed after it was signed"):
        check_signature(manifest + b" ", signature)


def test_packs_signed_as_the_museum_are_trusted_through_its_ca(identities, tmp_path, monkeypatch):
    from app.packs.signing import check_signature, sign_manifest_as_museum

    use_home(identities["museum"], tmp_path / "museum", monkeypatch)
    manifest = b'{"id": "bulguksa-demo", "version": "1.0.0"}'
    signature = sign_manifest_as_museum(manifest)
    assert json.loads(signature)["algorithm"] == "es256"
    use_home(identities["partner"], tmp_path / "partner", monkeypatch)
    assert check_signature(manifest, signature).state == "untrusted"
    trust_certificate(identities["museum"] / "data" / "credentials" / "ca.pem")
    status = check_signature(manifest, signature)
    assert status.state == "trusted" and status.signer == "gyeongju-national-museum"
    with pytest.raises(InvalidInput, match="changed after it was signed"):
        check_signature(manifest.replace(b"1.0.0", b"9.9.9"), signature)
    use_home(None, tmp_path / "bare", monkeypatch)
    assert sign_manifest_as_museum(manifest) is None


def test_trust_refuses_what_is_not_a_certificate(museum_home, tmp_path):
    bad = tmp_path / "bad.pem"
    bad.write_bytes(b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    with pytest.raises(InvalidInput):
        trust_certificate(bad)
    with pytest.raises(InvalidInput, match="cannot be read"):
        trust_certificate(tmp_path / "missing.pem")
    huge = tmp_path / "huge.pem"
    huge.write_bytes(b"x" * 200_000)
    with pytest.raises(InvalidInput, match="larger"):
        trust_certificate(huge)


def test_a_failed_signature_leaves_nothing_behind(museum_home, original, tmp_path):
    # A certificate that does not match the key: the native library refuses to sign.
    chain = museum_home / "data" / "credentials" / "signer.pem"
    other = x509.load_pem_x509_certificates(chain.read_bytes())[1]
    from cryptography.hazmat.primitives import serialization

    chain.write_bytes(other.public_bytes(serialization.Encoding.PEM))
    out = tmp_path / "restored.jpg"
    with pytest.raises(ImageWriteError, match="could not be signed"):
        _ai_output(original, out)
    assert not out.exists() and not (tmp_path / "restored.jpg.json").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_visible_label_is_drawn_and_recorded(museum_home, original, tmp_path):
    plain, labelled = tmp_path / "plain.png", tmp_path / "labelled.png"
    _ai_output(original, plain)
    _ai_output(original, labelled, label=True)
    a, b = np.asarray(Image.open(plain)), np.asarray(Image.open(labelled))
    assert not np.array_equal(a[-20:, :60], b[-20:, :60]) and np.array_equal(a[:40], b[:40])
    report = verify_file(labelled)
    assert report.actions[-1]["description"].startswith("visible") and report.state == "trusted"


def test_kiosk_summary_is_plain_language(museum_home, original, tmp_path):
    out = tmp_path / "restored.jpg"
    _ai_output(original, out)
    text = summarise_file(out)
    assert text.startswith("Artificial intelligence changed this picture") and "ffdnet_color" in text
    assert MUSEUM in text and "trusted institution" in text
    assert "no Content Credentials" in summarise_file(original)
    assert "could not be read" in summarise_file(tmp_path / "missing.jpg")
    _flip(out)
    assert "changed after it was signed" in plain_summary(verify_file(out))


def test_manifest_stays_small_on_a_megapixel_jpeg(museum_home, tmp_path):
    big = tmp_path / "big.jpg"
    rng = np.random.default_rng(1)
    Image.fromarray(rng.integers(0, 255, (1000, 1000, 3), dtype=np.uint8)).save(big, quality=90)
    _, record = _ai_output(big, tmp_path / "out.jpg")
    assert record["content_credentials"]["manifest_bytes"] < 100_000


# --- unreadable and hostile files -----------------------------------------------------------------


def test_unreadable_files_raise_one_sentence(bare_home, tmp_path):
    with pytest.raises(InvalidInput, match="cannot be read"):
        verify_file(tmp_path / "missing.jpg")
    with pytest.raises(InvalidInput):
        verify_file(tmp_path)


def _app11(payload: bytes) -> bytes:
    """A JPEG APP11 (JUMBF) segment around ``payload`` (≤ 65 533 bytes)."""
    return b"\xff\xeb" + struct.pack(">H", len(payload) + 2) + payload


def _jpeg_with(segments: list[bytes]) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), (120, 80, 40)).save(buffer, "JPEG")
    plain = buffer.getvalue()
    return plain[:2] + b"".join(segments) + plain[2:]


def _jumbf_header(box_len: int) -> bytes:
    # "JP" common identifier, instance 1, sequence 1, then a superbox header claiming c2pa.
    return b"JP" + struct.pack(">HI", 1, 1) + struct.pack(">I", box_len) + b"jumb" + struct.pack(">I", 25) + b"jumd"


HOSTILE = {
    "garbage-jumbf": lambda signed: _jpeg_with([_app11(_jumbf_header(4000) + os.urandom(3000))]),
    "lying-lengths": lambda signed: _jpeg_with([_app11(_jumbf_header(0xFFFFFFF0) + b"c2pa" * 100)]),
    "truncated": lambda signed: signed[: len(signed) // 2],
    "cut-in-manifest": lambda signed: signed[: signed.index(b"c2pa") + 300],
    "huge": lambda signed: _jpeg_with([_app11(_jumbf_header(0x7FFFFFFF) + b"\0" * 65_000)] * 120),
    "not-an-image": lambda signed: b"GIF89a hello " + os.urandom(500),
    "empty": lambda signed: b"",
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_manifests_never_crash(museum_home, original, tmp_path, case):
    signed = tmp_path / "signed.jpg"
    _ai_output(original, signed)
    hostile = tmp_path / f"{case}.jpg"
    hostile.write_bytes(HOSTILE[case](signed.read_bytes()))
    report = verify_file(hostile)
    assert report.state in ("none", "invalid") and report.exit_code == 1
    assert all("\n" not in p and len(p) < 400 for p in report.problems)
    assert plain_summary(report)
