"""Signed TIFF masters: our own manifest placement (app.credentials.tiff) against the real C2PA library.

Every check reads the finished file back – with Pillow, with the C2PA reader, through
``verify_file`` – so a change in what the signed TIFF holds, or in which bytes its hash covers, fails.
"""

from __future__ import annotations

import base64
import hashlib
import io
import json
import struct

import c2pa
import numpy as np
import pytest
from credential_fixtures import MUSEUM, identities, museum_home
from PIL import Image

from app.credentials import tiff
from app.credentials.identity import signing_identity
from app.credentials.sign import sealer, sign_bytes
from app.domain.hashing import sha256_file
from app.imaging.writer import save_image
from app.vision.restoration.provenance import SCHEMA, step_record

__all__ = ["identities", "museum_home"]  # fixtures, used by name

MODEL = {"id": "ffdnet_color", "version": "1.0.0", "sha256": "ab" * 32, "licence": "MIT"}


@pytest.fixture
def exif_original(tmp_path):
    """A JPEG original with camera EXIF (main IFD and the EXIF sub-IFD), so the TIFF gets pointers to keep."""
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, (90, 121, 3), dtype=np.uint8)  # odd width: odd-sized strips
    exif = Image.Exif()
    exif[0x010F] = "Gyeongju Camera"
    exif.get_ifd(0x8769)[0x9003] = "2024:05:01 10:30:00"
    path = tmp_path / "original.jpg"
    Image.fromarray(pixels).save(path, quality=95, exif=exif.tobytes())
    return path


def _record(original):
    steps = [step_record("denoise", {"sigma": 12.0}, model=MODEL), step_record("colour", {"gains": [1.0, 1.0, 0.9]})]
    return {"schema": SCHEMA, "operation": "restore", "input": {"path": original.name, "sha256": sha256_file(original)},
            "steps": steps}


def _save_pair(original, folder):
    """The same pixels saved unsigned and signed as TIFF; returns (unsigned path, signed path, pixels)."""
    pixels = np.ascontiguousarray(255 - np.asarray(Image.open(original)))
    plain, signed = folder / "plain.tif", folder / "signed.tif"
    save_image(pixels, plain, source=original)
    seal = sealer(signing_identity(), _record(original), title=signed.name, parent=original)
    save_image(pixels, signed, source=original, seal=seal)
    return plain, signed, pixels


def _first_ifd(data: bytes) -> dict[int, tuple[int, int, int]]:
    offset = struct.unpack_from("<I", data, 4)[0]
    count = struct.unpack_from("<H", data, offset)[0]
    entries = [struct.unpack_from("<HHII", data, offset + 2 + 12 * i) for i in range(count)]
    assert [e[0] for e in entries] == sorted(e[0] for e in entries)  # TIFF wants ascending tags
    return {tag: (kind, count, value) for tag, kind, count, value in entries}


def test_signed_tiff_is_the_unsigned_file_plus_an_ifd_and_the_manifest(museum_home, exif_original, tmp_path):
    plain, signed, pixels = _save_pair(exif_original, tmp_path)
    unsigned, data = plain.read_bytes(), signed.read_bytes()
    # Nothing the encoder wrote moved: pixels, ICC profile and EXIF keep their bytes and offsets.
    assert data[8 : len(unsigned)] == unsigned[8:]
    ifd = _first_ifd(data)
    kind, size, at = ifd[tiff.C2PA_TAG]
    assert kind == 7 and at + size == len(data)  # raw bytes, the manifest ends the file
    manifest = data[at : at + size]
    assert manifest[4:8] == b"jumb" and b"c2pa" in manifest[:64]
    assert {k: v for k, v in ifd.items() if k != tiff.C2PA_TAG} == _first_ifd(unsigned)
    with Image.open(signed) as im, Image.open(plain) as ref:
        assert np.array_equal(np.asarray(im), pixels)
        assert im.info["icc_profile"] == ref.info["icc_profile"]
        exif = im.getexif()
        assert exif[0x010F] == "Gyeongju Camera" and exif.get_ifd(0x8769)[0x9003] == "2024:05:01 10:30:00"


def test_signed_tiff_hash_covers_everything_but_the_manifest(museum_home, exif_original, tmp_path):
    _, signed, _ = _save_pair(exif_original, tmp_path)
    data = signed.read_bytes()
    reader = c2pa.Reader("image/tiff", io.BytesIO(data))
    detailed = json.loads(reader.detailed_json())
    binding = detailed["manifests"][detailed["active_manifest"]]["assertion_store"]["c2pa.hash.data"]
    _, size, at = _first_ifd(data)[tiff.C2PA_TAG]
    count_field = struct.unpack_from("<I", data, 4)[0] + 2 + 12 * (len(_first_ifd(data)) - 1) + 4
    assert binding["alg"] == "sha256"
    assert binding["exclusions"] == [{"start": count_field, "length": 4}, {"start": at, "length": size}]
    # Recompute the hash independently over the finished file.
    kept = data[:count_field] + data[count_field + 4 : at]
    assert hashlib.sha256(kept).digest() == base64.b64decode(binding["hash"])


def test_signed_tiff_verifies_with_everything_the_record_says(museum_home, exif_original, tmp_path):
    from app.credentials.verify import verify_file

    _, signed, _ = _save_pair(exif_original, tmp_path)
    report = verify_file(signed)
    assert report.state == "trusted" and report.exit_code == 0 and report.pixels_match
    assert report.signer == MUSEUM and report.software.startswith("Gyeongju Heritage AI")
    assert [a["action"] for a in report.actions] == ["c2pa.opened", "c2pa.filtered", "c2pa.color_adjustments"]
    assert report.actions[1]["digital_source_type"].endswith("/trainedAlgorithmicMedia")
    assert report.models == [{k: MODEL[k] for k in ("id", "version", "sha256")}]
    parent = report.ingredients[0]
    assert parent["relationship"] == "parentOf" and sha256_file(exif_original) in parent["description"]
    assert report.provenance["input"] == {"path": "original.jpg", "sha256": sha256_file(exif_original)}
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left


@pytest.mark.parametrize("where", ["pixel", "width", "old-ifd", "header"])
def test_any_signed_tiff_byte_outside_the_manifest_is_covered(museum_home, exif_original, tmp_path, where):
    from app.credentials.verify import verify_file

    plain, signed, _ = _save_pair(exif_original, tmp_path)
    data = bytearray(signed.read_bytes())
    new_ifd = struct.unpack_from("<I", data, 4)[0]
    strip = Image.open(plain).tag_v2[273][0]
    offsets = {"pixel": strip + 500, "width": new_ifd + 2 + 8, "old-ifd": 9, "header": 2}
    data[offsets[where]] ^= 0x01
    signed.write_bytes(bytes(data))
    report = verify_file(signed)
    assert report.state in ("invalid", "none") and report.exit_code == 1


def test_plan_refuses_what_it_cannot_place_safely():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="TIFF")
    good = buffer.getvalue()
    assert tiff.plan(good, 100) is not None
    assert tiff.plan(b"II+\x00\x08\x00\x00\x00" + bytes(16), 100) is None  # BigTIFF
    assert tiff.plan(b"GIF89a" + bytes(20), 100) is None
    assert tiff.plan(good[:10], 100) is None  # IFD cut off
    assert tiff.plan(good, 2**32) is None  # beyond 4 GB offsets
    already = tiff.plan(good, 16)
    out = io.BytesIO()
    already.write(bytes(16), out)
    assert tiff.plan(out.getvalue(), 100) is None  # holds a C2PA tag: the library replaces it


def test_plan_pads_odd_files_and_hashes_what_it_writes():
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="TIFF")
    odd = buffer.getvalue() + b"\x00"[: 1 - len(buffer.getvalue()) % 2]
    assert len(odd) % 2 == 1
    layout = tiff.plan(odd, 40)
    out = io.BytesIO()
    layout.write(b"m" * 40, out)
    written = out.getvalue()
    new_ifd = struct.unpack_from("<I", written, 4)[0]
    assert new_ifd % 2 == 0 and new_ifd == len(odd) + 1
    (count_at, _), (manifest_at, size) = ((e["start"], e["length"]) for e in layout.exclusions())
    assert written[manifest_at:] == b"m" * 40 and size == 40
    assert layout.sha256() == hashlib.sha256(written[:count_at] + written[count_at + 4 : manifest_at]).digest()
    with pytest.raises(ValueError):
        layout.write(b"short", io.BytesIO())


def test_an_already_signed_tiff_is_resigned_by_the_library(museum_home, exif_original, tmp_path):
    """Bytes that already hold a manifest take the library's own path, and the result still verifies."""
    from app.credentials.verify import verify_file

    _, signed, _ = _save_pair(exif_original, tmp_path)
    out = tmp_path / "again.tif"
    with open(out, "w+b") as dest:
        sign_bytes(signed.read_bytes(), "image/tiff", dest, signing_identity(), _record(exif_original),
                   title=out.name, parent=exif_original)
    report = verify_file(out)
    assert report.state == "trusted" and report.pixels_match


def test_the_fast_path_reaches_the_native_calls(museum_home):
    """After a c2pa-python upgrade the private handles may move; signing would then silently slow down."""
    from app.credentials import native
    from app.credentials.sign import _signer, _signing_context

    identity = signing_identity()
    builder = c2pa.Builder({"title": "t.tif", "format": "image/tiff"}, _signing_context())
    try:
        assert native.available(builder, _signer(identity.chain_pem, identity.key_pem))
    finally:
        builder.close()
