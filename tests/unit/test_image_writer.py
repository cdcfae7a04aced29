"""Tests for previews, the writer, atomic output and folder listing (app.imaging.io, writer, atomic).

Inputs are registered with the ``originals`` fixture, which proves afterwards that they never changed.
"""

from __future__ import annotations

import os
import struct
from pathlib import Path

import numpy as np
import pytest
from image_fixtures import Originals, assert_sentence, blocks, exif_bytes, gradient, swapped_srgb_profile
from PIL import Image

from app.domain.errors import ImageWriteError, InvalidInput
from app.imaging.atomic import atomic_output, atomic_write_bytes
from app.imaging.colour import srgb_profile_bytes
from app.imaging.io import (
    iter_image_files,
    load_image,
    load_preview,
)
from app.imaging.writer import save_image

# --- preview -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["big.jpg", "big.png", "big.webp"])
def test_preview_is_bounded(originals: Originals, name: str) -> None:
    source = np.random.default_rng(4).integers(0, 256, (600, 800, 3), dtype=np.uint8)
    path = originals.image(name, Image.fromarray(source))
    preview = load_preview(path, max_side=256)
    assert preview.is_preview and preview.original_size == (800, 600)
    assert 0.85 * 256 <= max(preview.size) <= 256
    assert preview.pixels.shape == (preview.size[1], preview.size[0], 3)
    small = load_preview(path, max_side=5000)
    assert small.size == (800, 600)


def test_preview_uses_dct_scaling_for_camera_mpo(
    originals: Originals, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PIL import JpegImagePlugin

    frames = [Image.fromarray(blocks(6, 8, size=100)), Image.new("RGB", (200, 150), (9, 9, 9))]
    path = originals.image("camera.jpg", frames[0], "MPO", save_all=True, append_images=frames[1:])
    requests: list[tuple[int, int] | None] = []
    original_draft = JpegImagePlugin.JpegImageFile.draft

    def spy(self: Image.Image, mode: str | None, size: tuple[int, int] | None) -> object:
        requests.append(size)
        return original_draft(self, mode, size)

    monkeypatch.setattr(JpegImagePlugin.JpegImageFile, "draft", spy)
    preview = load_preview(path, max_side=200)
    assert preview.format == "MPO" and preview.n_frames == 2
    assert requests == [(200, 150)] and preview.size == (200, 150)  # decoded at 1/4, no resize


def test_preview_of_portrait_jpeg_is_upright(originals: Originals) -> None:
    stored = blocks(2, 3, size=64)  # 192×128 stored, 128×192 shown
    path = originals.image("portrait.jpg", Image.fromarray(stored), exif=exif_bytes(6))
    preview = load_preview(path, max_side=64)
    assert preview.size[1] == max(preview.size) <= 64 and preview.original_size == (128, 192)
    shown = load_image(path).pixels
    tiny = np.asarray(Image.fromarray(shown).resize(preview.size, Image.Resampling.BOX))
    assert np.abs(preview.pixels.astype(int) - tiny).mean() < 12


# --- writer --------------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".jpg", ".png", ".tif", ".webp"])
def test_writer_keeps_exif_and_writes_srgb_icc(originals: Originals, tmp_path: Path, suffix: str) -> None:
    path = originals.image("camera.jpg", Image.fromarray(blocks(2, 3)), exif=exif_bytes(6), dpi=(300, 300))
    loaded = load_image(path)
    out = save_image(loaded.pixels, tmp_path / f"out{suffix}", source=loaded)
    with Image.open(out) as written:
        exif = written.getexif()
        assert exif.get(0x010F) == "Silla Optics" and exif.get(0x0112, 1) == 1
        assert exif.get_ifd(0x8769).get(0x9003) == "2025:11:01 10:00:00"
        assert written.info.get("icc_profile") == srgb_profile_bytes()
    again = load_image(out)
    assert again.size == loaded.size
    assert np.abs(again.pixels.astype(int) - loaded.pixels).mean() < 3


def test_writer_unlinks_exif_thumbnail_and_orientation(tmp_path: Path) -> None:
    exif = bytearray(exif_bytes(8))
    order = "<" if exif[6:8] == b"II" else ">"
    ifd0 = 6 + struct.unpack(order + "I", exif[10:14])[0]
    link = ifd0 + 2 + 12 * struct.unpack(order + "H", exif[ifd0 : ifd0 + 2])[0]
    exif[link : link + 4] = struct.pack(order + "I", len(exif) - 6)  # IFD1 appended below
    exif += struct.pack(order + "HHHIHHI", 1, 0x0103, 3, 1, 6, 0, 0)  # Compression=JPEG, no next
    out = save_image(gradient(), tmp_path / "t.jpg", exif=bytes(exif))
    with Image.open(out) as written:
        stored = written.info["exif"]
        assert written.getexif().get(0x0112) == 1 and written.getexif().get(0x010F) == "Silla Optics"
    assert struct.unpack(order + "I", stored[link : link + 4])[0] == 0


def test_writer_bmp_and_explicit_metadata(originals: Originals, tmp_path: Path) -> None:
    source = originals.image("src.png", Image.fromarray(gradient()))
    out = save_image(gradient(), tmp_path / "plain.BMP", source=source)
    np.testing.assert_array_equal(load_image(out).pixels, gradient())
    profile = swapped_srgb_profile()
    tagged = save_image(gradient(), tmp_path / "custom.png", exif=exif_bytes(3), icc_profile=profile)
    with Image.open(tagged) as written:
        assert written.info["icc_profile"] == profile and written.getexif().get(0x0112) == 1
    bare = save_image(gradient(), tmp_path / "bare.png", icc_profile=b"")
    with Image.open(bare) as written:
        assert "icc_profile" not in written.info


def test_writer_refuses_its_input(originals: Originals, tmp_path: Path) -> None:
    path = originals.image("original.png", Image.fromarray(gradient()))
    loaded = load_image(path)
    (tmp_path / "sub").mkdir()
    link = tmp_path / "link.png"
    link.symlink_to(path)
    spellings = [path, tmp_path / "sub" / ".." / "original.png", Path(os.path.relpath(path)), link]
    for target in spellings:
        for source in (loaded, path, str(path)):
            with pytest.raises(ImageWriteError) as caught:
                save_image(loaded.pixels, target, source=source, overwrite=True)
            assert "input" in str(caught.value)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.png", "original.png", "sub"]


def test_writer_refuses_existing_and_unknown(originals: Originals, tmp_path: Path) -> None:
    existing = originals.image("taken.png", Image.new("RGB", (3, 3)))
    with pytest.raises(ImageWriteError) as caught:
        save_image(gradient(), existing)
    assert_sentence(caught.value, "taken.png")
    with pytest.raises(ImageWriteError) as caught:
        save_image(gradient(), tmp_path / "anim.gif")
    assert ".png" in str(caught.value)
    with pytest.raises(ImageWriteError):
        save_image(gradient(), tmp_path / "no" / "such" / "dir.png")
    with pytest.raises(InvalidInput):
        save_image(gradient().astype(np.float32), tmp_path / "float.png")
    replaced = save_image(gradient(), tmp_path / "replace.png")
    save_image(gradient()[::-1], replaced, overwrite=True)
    np.testing.assert_array_equal(load_image(replaced).pixels, gradient()[::-1])


def test_failed_write_leaves_existing_file_and_no_temp(
    originals: Originals, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = originals.image("result.png", Image.fromarray(gradient()))

    def broken_save(self: Image.Image, fp: object, *args: object, **kwargs: object) -> None:
        Path(fp).write_bytes(b"half an image")  # type: ignore[arg-type]
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(Image.Image, "save", broken_save)
    with pytest.raises(ImageWriteError) as caught:
        save_image(gradient()[::-1], target, overwrite=True)
    assert "disk is full" in str(caught.value)
    assert [p.name for p in tmp_path.iterdir()] == ["result.png"]


def test_successful_write_leaves_no_temp(tmp_path: Path) -> None:
    save_image(gradient(), tmp_path / "a.jpg")
    save_image(gradient(), tmp_path / "b.tiff")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jpg", "b.tiff"]


def test_atomic_helpers(tmp_path: Path) -> None:
    target = tmp_path / "record.json"
    atomic_write_bytes(target, b'{"v": 1}')
    atomic_write_bytes(target, b'{"v": 2}')
    assert target.read_bytes() == b'{"v": 2}'
    with pytest.raises(FileExistsError):
        atomic_write_bytes(target, b"{}", overwrite=False)
    with pytest.raises(RuntimeError), atomic_output(target, ".json") as temp:
        temp.write_bytes(b"partial")
        raise RuntimeError("encoder crashed")
    assert target.read_bytes() == b'{"v": 2}'
    assert [p.name for p in tmp_path.iterdir()] == ["record.json"]


# --- folders -------------------------------------------------------------------------------


def test_iter_image_files(tmp_path: Path) -> None:
    for relative in [
        "b.JPG",
        "a.png",
        "Sub/c.tif",
        "sub2/d.webp",
        ".hidden.png",
        ".cache/e.png",
        "notes.txt",
    ]:
        path = tmp_path / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"x")
    found = [p.relative_to(tmp_path).as_posix() for p in iter_image_files(tmp_path)]
    assert found == ["a.png", "b.JPG", "Sub/c.tif", "sub2/d.webp"]
    flat = [p.name for p in iter_image_files(tmp_path, recursive=False)]
    assert flat == ["a.png", "b.JPG"]
    with pytest.raises(InvalidInput):
        list(iter_image_files(tmp_path / "missing"))
