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
