"""Tests for the image loader (app.imaging.io, reader, colour, metadata).

Every fixture is generated in tmp_path. Every file a test creates as an *input* is registered
with the ``originals`` fixture, which asserts after the test that its sha256 never changed.
"""

from __future__ import annotations

import io
import os
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from image_fixtures import Originals, assert_sentence, blocks, exif_bytes, gradient, png_claiming, swapped_srgb_profile
from PIL import Image

from app.domain.errors import ImageLoadError, ImageTooLarge
from app.imaging.colour import srgb_profile_bytes
from app.imaging.io import (
    DEFAULT_MAX_PIXELS,
    load_image,
    load_image_16,
    load_preview,
)
from app.imaging.io16 import orient_array
from app.imaging.metadata import apply_orientation
from app.imaging.reader import probe_image

# --- formats -------------------------------------------------------------------------------

FORMATS = [
    ("a.jpg", {"quality": 95}, 6),
    ("a.png", {}, 0),
    ("a.tif", {"compression": "tiff_lzw"}, 0),
    ("a.webp", {"lossless": True}, 0),
    ("a.bmp", {}, 0),
    ("a.gif", {}, 40),  # outside the promised list: loads because Pillow can
]


@pytest.mark.parametrize(("name", "params", "tolerance"), FORMATS)
def test_every_format_loads_as_rgb_uint8(
    originals: Originals, name: str, params: dict, tolerance: int
) -> None:
    source = gradient()
    path = originals.image(name, Image.fromarray(source), **params)
    loaded = load_image(path)
    assert loaded.pixels.dtype == np.uint8 and loaded.pixels.shape == (32, 48, 3)
    assert loaded.size == (48, 32) and loaded.original_size == (48, 32)
    assert loaded.format == Image.registered_extensions()[path.suffix]
    assert np.abs(loaded.pixels.astype(int) - source).max() <= tolerance
    assert not loaded.pixels.flags.writeable


def test_misnamed_png_loads_as_png(originals: Originals) -> None:
    path = originals.image("really_a_png.jpg", Image.fromarray(gradient()), "PNG")
    loaded = load_image(path)
    assert loaded.format == "PNG"
    np.testing.assert_array_equal(loaded.pixels, gradient())


@pytest.mark.parametrize("suffix", [".tif", ".png"])
def test_16bit_grey_is_scaled_not_clipped(originals: Originals, suffix: str) -> None:
    ramp = np.linspace(0, 65535, 256).round().astype(np.uint16)[None, :].repeat(4, 0)
    path = originals.image(f"deep{suffix}", Image.fromarray(ramp))
    loaded = load_image(path)
    assert loaded.bit_depth == 16 and loaded.mode.startswith("I;16")
    expected = np.rint(ramp / 257.0).astype(np.uint8)
    np.testing.assert_array_equal(loaded.pixels[..., 0], expected)
    assert loaded.pixels[0, 128, 0] == 128  # a clipping conversion would give 255 here
    np.testing.assert_array_equal(load_image_16(path)[..., 1], ramp)


def test_16bit_colour_tiff_keeps_precision(originals: Originals, tmp_path: Path) -> None:
    import cv2

    rng = np.random.default_rng(3)
    rgb = rng.integers(0, 65536, size=(20, 30, 3), dtype=np.uint16)
    rgb[0, 0] = (65535, 0, 32896)
    path = tmp_path / "deep_rgb.tif"
    assert cv2.imwrite(str(path), np.ascontiguousarray(rgb[..., ::-1]))
    originals.register(path)
    np.testing.assert_array_equal(load_image_16(path), rgb)
    loaded = load_image(path)
    assert loaded.bit_depth == 16
    assert np.abs(loaded.pixels.astype(int) - rgb / 257.0).max() <= 1
    assert tuple(loaded.pixels[0, 0]) == (255, 0, 128)


def test_8bit_file_widens_exactly_to_16bit(originals: Originals) -> None:
    path = originals.image("eight.png", Image.fromarray(gradient()))
    np.testing.assert_array_equal(load_image_16(path), gradient().astype(np.uint16) * 257)


def test_multipage_tiff_gives_first_page(originals: Originals) -> None:
    pages = [Image.new("RGB", (10, 8), colour) for colour in ((200, 10, 10), (10, 200, 10), (10, 10, 200))]
    path = originals.image("pages.tif", pages[0], save_all=True, append_images=pages[1:])
    loaded = load_image(path)
    assert loaded.n_frames == 3
    assert (loaded.pixels == (200, 10, 10)).all()


# --- orientation ---------------------------------------------------------------------------

# Display = f(stored), straight from the EXIF definition of each value (independent of the code).
DISPLAY = {
    1: lambda s: s,
    2: lambda s: s[:, ::-1],
    3: lambda s: s[::-1, ::-1],
    4: lambda s: s[::-1],
    5: lambda s: s.swapaxes(0, 1),
    6: lambda s: np.rot90(s, -1),
    7: lambda s: s[::-1, ::-1].swapaxes(0, 1),
    8: lambda s: np.rot90(s, 1),
}


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_png_exact(originals: Originals, orientation: int) -> None:
    stored = np.random.default_rng(orientation).integers(0, 256, (3, 5, 3), dtype=np.uint8)
    path = originals.image("o.png", Image.fromarray(stored), exif=exif_bytes(orientation))
    loaded = load_image(path)
    np.testing.assert_array_equal(loaded.pixels, DISPLAY[orientation](stored))
    exif = Image.Exif()
    exif.load(loaded.exif)
    assert exif.get(0x0112) == 1 and exif.get(0x010F) == "Silla Optics"
    np.testing.assert_array_equal(load_image_16(path), DISPLAY[orientation](stored).astype(np.uint16) * 257)


@pytest.mark.parametrize("orientation", range(1, 9))
def test_exif_orientation_jpeg(originals: Originals, orientation: int) -> None:
    stored = blocks(2, 3)
    path = originals.image("o.jpg", Image.fromarray(stored), exif=exif_bytes(orientation), quality=95)
    loaded = load_image(path)
    expected = DISPLAY[orientation](stored)
    assert loaded.pixels.shape == expected.shape
    centres = (slice(8, None, 16), slice(8, None, 16))
    assert np.abs(loaded.pixels[centres].astype(int) - expected[centres]).max() <= 12
    preview = load_preview(path, max_side=24)
    assert max(preview.size) <= 24
    assert (preview.size[0] > preview.size[1]) == (expected.shape[1] > expected.shape[0])


@pytest.mark.parametrize("orientation", range(1, 9))
def test_array_orientation_matches_pillow(orientation: int) -> None:
    stored = np.random.default_rng(0).integers(0, 256, (4, 7, 3), dtype=np.uint8)
    via_pillow = np.asarray(apply_orientation(Image.fromarray(stored), orientation))
    np.testing.assert_array_equal(orient_array(stored, orientation), via_pillow)


# --- colour --------------------------------------------------------------------------------


def test_non_srgb_icc_profile_is_converted(originals: Originals) -> None:
    profile = swapped_srgb_profile()
    path = originals.image("tagged.jpg", Image.new("RGB", (16, 16), (255, 0, 0)), icc_profile=profile)
    loaded = load_image(path)
    assert loaded.converted_from_icc and loaded.icc_profile == profile
    red, green, blue = loaded.pixels[8, 8].astype(int)
    assert green > 230 and red < 40 and blue < 40  # "red" in the swapped space is sRGB green


def test_srgb_profile_is_left_alone(originals: Originals) -> None:
    path = originals.image("srgb.png", Image.fromarray(gradient()), icc_profile=srgb_profile_bytes())
    loaded = load_image(path)
    assert not loaded.converted_from_icc and loaded.icc_profile == srgb_profile_bytes()
    np.testing.assert_array_equal(loaded.pixels, gradient())


def test_cmyk_jpeg(originals: Originals) -> None:
    path = originals.image("print.jpg", Image.new("CMYK", (16, 16), (255, 0, 0, 0)), quality=95)
    loaded = load_image(path)
    assert loaded.mode == "CMYK"
    assert np.abs(loaded.pixels[8, 8].astype(int) - (0, 255, 255)).max() <= 8  # cyan


def test_palette_png_with_transparency(originals: Originals) -> None:
    im = Image.new("P", (4, 2), 0)
    im.putpalette([10, 20, 30, 200, 100, 50] + [0] * 762)
    im.putpixel((3, 1), 1)
    path = originals.image("palette.png", im, transparency=0)
    loaded = load_image(path)
    assert loaded.mode == "P" and loaded.has_alpha
    assert tuple(loaded.pixels[0, 0]) == (255, 255, 255)  # transparent → white
    assert tuple(loaded.pixels[1, 3]) == (200, 100, 50)


def test_grey_with_alpha_and_plain_grey(originals: Originals) -> None:
    la = Image.merge("LA", [Image.new("L", (4, 4), 0), Image.new("L", (4, 4), 128)])
    loaded = load_image(originals.image("la.png", la))
    assert loaded.mode == "LA" and loaded.has_alpha
    assert tuple(loaded.pixels[0, 0]) == (127, 127, 127)  # black at 50 % over white
    grey = load_image(originals.image("l.png", Image.new("L", (4, 4), 77)))
    assert grey.mode == "L" and not grey.has_alpha and (grey.pixels == 77).all()


def test_rgba_composited_over_white(originals: Originals) -> None:
    rgba = np.zeros((4, 4, 4), np.uint8)
    rgba[..., 0] = 200
    rgba[..., 3] = 255
    rgba[0, 0, 3] = 0
    rgba[0, 1, 3] = 102  # 40 %
    loaded = load_image(originals.image("cut.png", Image.fromarray(rgba, "RGBA")))
    assert loaded.has_alpha
    assert tuple(loaded.pixels[0, 0]) == (255, 255, 255)
    assert np.abs(loaded.pixels[0, 1].astype(int) - (233, 153, 153)).max() <= 1
    assert tuple(loaded.pixels[3, 3]) == (200, 0, 0)
    rgba[..., 3] = 255
    assert not load_image(originals.image("opaque.png", Image.fromarray(rgba, "RGBA"))).has_alpha


# --- limits and broken files ---------------------------------------------------------------


def test_bomb_header_refused_before_decoding(originals: Originals) -> None:
    path = originals.bytes("bomb.png", png_claiming(20_000, 20_000))
    assert path.stat().st_size < 100
    with pytest.raises(ImageTooLarge) as caught:
        load_image(path)
    assert_sentence(caught.value, "bomb.png")
    assert f"{DEFAULT_MAX_PIXELS:,}" in str(caught.value)
    with pytest.raises(ImageTooLarge):
        load_preview(path)
    with pytest.raises(ImageTooLarge):
        load_image_16(path)


def test_pixel_limit_is_configurable(originals: Originals) -> None:
    path = originals.image("small.png", Image.fromarray(gradient()))  # 48×32 = 1536 px
    with pytest.raises(ImageTooLarge) as caught:
        load_image(path, max_pixels=1000)
    assert "1,000 pixels" in str(caught.value)
    assert load_image(path, max_pixels=1536).size == (48, 32)


def test_limit_between_pillow_default_and_ours(originals: Originals) -> None:
    # 195 MP: above Pillow's stock refusal threshold (179 MP), below our 250 MP default.
    path = originals.bytes("big.png", png_claiming(15_000, 13_000))
    info = probe_image(path)
    assert info.size == (15_000, 13_000) and info.format == "PNG"
    with pytest.raises(ImageTooLarge) as caught:
        load_image(path, max_pixels=100_000_000)
    assert "100,000,000" in str(caught.value)


def test_pillow_global_limit(originals: Originals, monkeypatch: pytest.MonkeyPatch) -> None:
    png = originals.image("g.png", Image.fromarray(gradient()))
    tiff = originals.image("g.tif", Image.fromarray(gradient()))
    monkeypatch.setattr(Image, "MAX_IMAGE_PIXELS", 100)
    assert load_image(png).size == (48, 32)  # our own limit decides, not Pillow's global
    with pytest.raises(ImageTooLarge) as caught:  # Pillow's TIFF decoder checks it again: typed
        load_image(tiff)
    assert_sentence(caught.value, "g.tif")


def _jpeg_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.random.default_rng(5).integers(0, 256, (64, 64, 3), dtype=np.uint8)).save(
        buffer, "JPEG"
    )
    return buffer.getvalue()


def _png_bytes() -> bytes:
    buffer = io.BytesIO()
    Image.fromarray(np.random.default_rng(5).integers(0, 256, (64, 64, 3), dtype=np.uint8)).save(
        buffer, "PNG"
    )
    return buffer.getvalue()


BROKEN: dict[str, tuple[str, Callable[[], bytes], tuple[str, ...]]] = {
    "empty": ("empty.jpg", lambda: b"", ("empty",)),
    "truncated-jpeg": ("cut.jpg", lambda: _jpeg_bytes()[: len(_jpeg_bytes()) // 2], ("truncated",)),
    "truncated-png": ("cut.png", lambda: _png_bytes()[: len(_png_bytes()) // 2], ("truncated",)),
    "corrupt-jpeg": (
        "noise.jpg",
        lambda: _jpeg_bytes()[:2] + np.random.default_rng(1).bytes(4000),
        ("damaged", "incomplete"),
    ),
    "corrupt-png": (
        "noise.png",
        lambda: _png_bytes()[:33] + np.random.default_rng(2).bytes(4000),
        ("damaged",),
    ),
    "text-as-jpeg": ("notes.jpg", lambda: b"Cheomseongdae, 7th century.\n" * 20, ("not an image",)),
}


@pytest.mark.parametrize("case", list(BROKEN))
def test_broken_files_raise_one_sentence(originals: Originals, case: str) -> None:
    name, make, words = BROKEN[case]
    path = originals.bytes(name, make())
    for loader in (load_image, load_preview, load_image_16):
        with pytest.raises(ImageLoadError) as caught:
            loader(path)
        assert_sentence(caught.value, name)
        assert any(word in str(caught.value) for word in words), str(caught.value)


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(ImageLoadError) as caught:
        load_image(tmp_path / "nowhere.tif")
    assert_sentence(caught.value, "nowhere.tif")
    assert "does not exist" in str(caught.value)
    (tmp_path / "album.jpg").mkdir()
    with pytest.raises(ImageLoadError) as caught:
        load_image(tmp_path / "album.jpg")
    assert "folder" in str(caught.value)


def test_permission_denied(originals: Originals, monkeypatch: pytest.MonkeyPatch) -> None:
    path = originals.image("locked.png", Image.fromarray(gradient()))
    path.chmod(0)
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # root ignores file modes (as on CI), so make the OS call fail the way it does for other users.
        import builtins

        real_open = builtins.open

        def refusing_open(file, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003 - mirrors open()
            if Path(file) == path:
                raise PermissionError(13, "Permission denied", str(file))
            return real_open(file, *args, **kwargs)

        monkeypatch.setattr(builtins, "open", refusing_open)
    try:
        with pytest.raises(ImageLoadError) as caught:
            load_image(path)
        assert "permission denied" in str(caught.value)
    finally:
        monkeypatch.undo()
        path.chmod(0o644)
