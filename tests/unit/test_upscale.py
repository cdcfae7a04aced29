"""Super-resolution ×2/×4 through the shipped sr_x2 model: sizes, quality vs bicubic, CLI contract."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.domain.errors import InvalidInput
from app.imaging.metrics import psnr
from app.vision.restoration.upscale import upscale

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    from skimage import data

    return np.ascontiguousarray(data.astronaut()[100:292, 120:312])


def test_x2_beats_bicubic_and_x4_doubles_twice(photo):
    small = np.asarray(Image.fromarray(photo).resize((96, 96), Image.Resampling.BICUBIC))
    result = upscale(small, 2)
    assert result.image.shape == photo.shape and result.model["id"] == "sr_x2"
    bicubic = cv2.resize(small, (192, 192), interpolation=cv2.INTER_CUBIC)
    assert psnr(photo, result.image) > psnr(photo, bicubic) + 0.3
    assert upscale(small[:40, :50], 4).image.shape == (160, 200, 3)
    with pytest.raises(InvalidInput):
        upscale(small, 3)


def test_cli_writes_result_and_provenance(photo, tmp_path, capsys):
    src, out = tmp_path / "in.png", tmp_path / "out.png"
    Image.fromarray(photo[:64, :64]).save(src)
    assert main(["upscale", str(src), str(out), "--scale", "2", "--quiet"]) == 0
    assert Image.open(out).size == (128, 128)
    record = json.loads((tmp_path / "out.png.json").read_text(encoding="utf-8"))
    assert record["steps"][0]["model"]["id"] == "sr_x2"
    with pytest.raises(SystemExit) as info:
        main(["upscale", str(src), str(tmp_path / "x.png"), "--scale", "3"])
    assert info.value.code == 2
    assert main(["upscale", str(src), str(src), "--scale", "2", "--overwrite"]) == 2


def _jpeg(image: np.ndarray, quality: int) -> np.ndarray:
    ok, data = cv2.imencode(".jpg", image[..., ::-1], [cv2.IMWRITE_JPEG_QUALITY, quality])
    assert ok
    return cv2.imdecode(data, cv2.IMREAD_COLOR)[..., ::-1].copy()


def test_blockiness_tells_low_quality_jpeg_from_clean_photos():
    from skimage import data

    from app.vision.restoration.artifacts import DEBLOCK_ABOVE, deblock_sigma, jpeg_blockiness

    for name in ("coffee", "chelsea", "astronaut"):
        clean = getattr(data, name)()
        reduced = cv2.resize(clean, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
        assert jpeg_blockiness(clean) < DEBLOCK_ABOVE and deblock_sigma(jpeg_blockiness(reduced)) == 0.0
        assert jpeg_blockiness(_jpeg(reduced, 30)) > DEBLOCK_ABOVE + 0.05
    assert 0.0 < deblock_sigma(1.3) <= deblock_sigma(3.0) == 10.0


def test_x4_of_a_low_quality_jpeg_is_cleaned_first_and_closer_to_the_original(photo):
    small = _jpeg(cv2.resize(photo, (48, 48), interpolation=cv2.INTER_AREA), 35)
    cleaned, raw = upscale(small, 4), upscale(small, 4, deblock=False)
    record = cleaned.params["deblock"]
    assert record["applied"] and record["sigma"] > 0 and record["model"]["id"] == "ffdnet_color"
    assert raw.params["deblock"] == {"applied": False}
    assert psnr(photo, cleaned.image) > psnr(photo, raw.image)
    # A clean input is enlarged as it is.
    assert upscale(cv2.resize(photo, (96, 96), interpolation=cv2.INTER_AREA), 2).params["deblock"]["applied"] is False
