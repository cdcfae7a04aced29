"""Curator-steered colourisation: painted hints and a reference photo; no colours invented."""

from __future__ import annotations

import json

import cv2
import numpy as np
import pytest
from PIL import Image

from app.cli import main
from app.domain.errors import InvalidInput
from app.domain.hashing import sha256_file
from app.vision.restoration.colorize import colorize, propagate


def _ab_error(a: np.ndarray, b: np.ndarray) -> float:
    la = cv2.cvtColor(a.astype(np.float32) / 255, cv2.COLOR_RGB2LAB)
    lb = cv2.cvtColor(b.astype(np.float32) / 255, cv2.COLOR_RGB2LAB)
    return float(np.abs(la[..., 1:] - lb[..., 1:]).mean())


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    from skimage import data

    return np.ascontiguousarray(data.astronaut()[::2, ::2])


def _gray(image: np.ndarray) -> np.ndarray:
    return np.repeat(cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)[..., None], 3, axis=2)


def test_propagation_stops_at_edges():
    luminance = np.full((40, 40), 30.0)
    luminance[:, 20:] = 80.0
    hint = np.zeros((40, 40, 2), np.float32)
    hinted = np.zeros((40, 40), bool)
    hint[5, 5] = (60, 0)
    hint[5, 35] = (-60, 0)
    hinted[5, 5] = hinted[5, 35] = True
    ab = propagate(luminance, hint, hinted)
    assert ab[30, 10, 0] > 40 and ab[30, 30, 0] < -40  # each side keeps its own hint's colour


def test_hints_recover_colour_and_keep_brightness(photo):
    gray = _gray(photo)
    hints = gray.copy()
    mask = np.zeros(photo.shape[:2], bool)
    rng = np.random.default_rng(0)
    for _ in range(60):  # strokes over about 5 % of the photo, as a curator would scribble
        y, x = rng.integers(0, photo.shape[0] - 6), rng.integers(0, photo.shape[1] - 20)
        mask[y : y + 5, x : x + 20] = True
    hints[mask] = photo[mask]
    result = colorize(gray, hints=hints)
    # Random scribbles miss some coloured regions, so the photo is not fully recovered, but far closer.
    assert _ab_error(result.image, photo) < 0.65 * _ab_error(gray, photo)
    # At the strokes themselves the hinted colour is used (up to what the pixel's brightness allows in sRGB).
    at_strokes = _ab_error(result.image[mask][None], photo[mask][None])
    assert at_strokes < 0.5 * _ab_error(gray[mask][None], photo[mask][None])
    l_in = cv2.cvtColor(gray, cv2.COLOR_RGB2LAB)[..., 0].astype(int)
    l_out = cv2.cvtColor(result.image, cv2.COLOR_RGB2LAB)[..., 0].astype(int)
    assert np.abs(l_in - l_out).mean() < 3


@pytest.mark.slow
def test_reference_photo_transfers_colours(photo):
    reference = np.ascontiguousarray(photo[20:, ::-1])
    result = colorize(_gray(photo), reference=reference)
    assert _ab_error(result.image, photo) < 0.5 * _ab_error(_gray(photo), photo)
    assert result.model is not None and len(result.model["sha256"]) == 64


def test_no_guide_is_refused(photo):
    with pytest.raises(InvalidInput):
        colorize(_gray(photo))
    with pytest.raises(InvalidInput):
        colorize(_gray(photo), hints=_gray(photo))  # grey strokes carry no colour


def test_cli_with_hints_writes_provenance_and_keeps_inputs(photo, tmp_path, capsys):
    src, hints, out = tmp_path / "bw.png", tmp_path / "hints.png", tmp_path / "colour.png"
    Image.fromarray(_gray(photo)).save(src)
    painted = _gray(photo)
    painted[100:110, 50:150] = (200, 60, 40)
    Image.fromarray(painted).save(hints)
    before = sha256_file(src)
    assert main(["colorize", str(src), str(out), "--hints", str(hints), "--quiet"]) == 0
    record = json.loads((tmp_path / "colour.png.json").read_text(encoding="utf-8"))
    assert record["steps"][0]["name"] == "colorize" and record["guides"][0]["sha256"] == sha256_file(hints)
    assert sha256_file(src) == before
    assert main(["colorize", str(src), str(tmp_path / "x.png")]) == 2
    assert "reference" in capsys.readouterr().err
