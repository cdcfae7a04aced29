"""Tests for the image loader/writer (app.imaging.io, writer, atomic).

Every fixture is generated in tmp_path. Every file a test creates as an *input* is registered
with the ``originals`` fixture, which asserts after the test that its sha256 never changed.
"""

from __future__ import annotations

import io
import os
import struct
import zlib
from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from app.domain.errors import ImageLoadError, ImageTooLarge, ImageWriteError, InvalidInput
from app.domain.hashing import sha256_file
from app.imaging.atomic import atomic_output, atomic_write_bytes
from app.imaging.colour import srgb_profile_bytes
from app.imaging.io import (
    DEFAULT_MAX_PIXELS,
    iter_image_files,
    load_image,
    load_image_16,
    load_preview,
)
from app.imaging.io16 import orient_array
from app.imaging.metadata import apply_orientation
from app.imaging.reader import probe_image
from app.imaging.writer import save_image


class Originals:
    """Creates input files and remembers their sha256 so the test can prove they stayed intact."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.hashes: dict[Path, str] = {}

    def register(self, path: Path) -> Path:
        self.hashes[path] = sha256_file(path)
        return path

    def bytes(self, name: str, data: bytes) -> Path:
        path = self.root / name
        path.write_bytes(data)
        return self.register(path)

    def image(self, name: str, im: Image.Image, fmt: str | None = None, **params: object) -> Path:
        buffer = io.BytesIO()
        im.save(buffer, format=fmt or Image.registered_extensions()[Path(name).suffix.lower()], **params)
        return self.bytes(name, buffer.getvalue())

    def check(self) -> None:
        for path, digest in self.hashes.items():
            assert sha256_file(path) == digest, f"{path.name} was modified"


@pytest.fixture
def originals(tmp_path: Path):
    registry = Originals(tmp_path)
    yield registry
    registry.check()


def gradient(width: int = 48, height: int = 32) -> np.ndarray:
    """An asymmetric RGB test picture: red grows left→right, green top→bottom, blue constant."""
    x = np.linspace(0, 255, width)[None, :].repeat(height, 0)
    y = np.linspace(0, 255, height)[:, None].repeat(width, 1)
    return np.dstack([x, y, np.full_like(x, 90)]).round().astype(np.uint8)


def blocks(rows: int, cols: int, size: int = 16) -> np.ndarray:
    """A rows×cols grid of very different flat colours, each ``size`` px (survives JPEG)."""
    rng = np.random.default_rng(7)
    colours = rng.choice([0, 255], size=(rows, cols, 3)).astype(np.uint8)
    colours[..., 1] = np.arange(rows * cols).reshape(rows, cols) * (255 // (rows * cols))
    return colours.repeat(size, 0).repeat(size, 1)


def assert_sentence(error: BaseException, name: str) -> None:
    text = str(error)
    assert f"\u201c{name}\u201d" in text
    assert "\n" not in text and text.endswith(".")


def exif_bytes(orientation: int | None = None) -> bytes:
    exif = Image.Exif()
    exif[0x010F] = "Silla Optics"  # Make
    exif[0x0110] = "Cheomseong 1"  # Model
    exif.get_ifd(0x8769)[0x9003] = "2025:11:01 10:00:00"  # DateTimeOriginal
    if orientation is not None:
        exif[0x0112] = orientation
    return exif.tobytes()


def swapped_srgb_profile() -> bytes:
    """sRGB with its red and green primaries exchanged: a clearly non-sRGB RGB profile."""
    data = bytearray(srgb_profile_bytes())
    count = struct.unpack(">I", data[128:132])[0]
    entries = {bytes(data[132 + 12 * i : 136 + 12 * i]): 132 + 12 * i for i in range(count)}
    red, green = entries[b"rXYZ"], entries[b"gXYZ"]
    data[red + 4 : red + 12], data[green + 4 : green + 12] = (
        data[green + 4 : green + 12],
        data[red + 4 : red + 12],
    )
    data[84:100] = bytes(16)  # the profile ID (MD5) no longer matches; zero means "not computed"
    return bytes(data)


def png_claiming(width: int, height: int) -> bytes:
    """A tiny valid PNG whose IHDR claims ``width``×``height`` (CRC fixed): a bomb header."""
    buffer = io.BytesIO()
    Image.new("L", (1, 1)).save(buffer, "PNG")
    data = bytearray(buffer.getvalue())
    data[16:24] = struct.pack(">II", width, height)
    data[29:33] = struct.pack(">I", zlib.crc32(bytes(data[12:29])))
    return bytes(data)


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
