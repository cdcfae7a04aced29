"""Studio's restoration session: steps, undo, saving with a provenance sidecar, originals untouched."""

from __future__ import annotations

import json

import numpy as np
import pytest
from PIL import Image

from app.domain.errors import ImageWriteError, InvalidInput
from app.domain.hashing import sha256_file
from app.imaging.io import load_image
from app.imaging.metrics import psnr, ssim
from app.vision.restoration.session import EditSession, detect_job, inpaint_job


@pytest.fixture
def photo(tmp_path):
    from skimage import data

    path = tmp_path / "plate.png"
    Image.fromarray(data.astronaut()[::4, ::4]).save(path)
    return path


def test_inpaint_step_undo_and_save_with_sidecar(photo, tmp_path):
    before = sha256_file(photo)
    session = EditSession(load_image(photo))
    mask = np.zeros(session.current.shape[:2], np.uint8)
    mask[40:60, 40:80] = 255
    damaged = session.current.copy()
    outcome = inpaint_job(damaged, mask, "telea").run()
    session.apply(outcome)
    assert session.changed() and session.steps[0]["name"] == "inpaint"
    assert np.array_equal(session.current[mask == 0], damaged[mask == 0])
    out = tmp_path / "restored.png"
    sidecar = session.save(out)
    record = json.loads(sidecar.read_text(encoding="utf-8"))
    assert record["input"]["sha256"] == before and record["output"]["sha256"] == sha256_file(out)
    assert record["steps"][0]["mask"]["area_fraction"] > 0
    assert sha256_file(photo) == before
    with pytest.raises(ImageWriteError):
        session.save(photo, overwrite=True)
    session.undo()
    assert not session.changed() and np.array_equal(session.current, load_image(photo).pixels)


def test_bad_requests_are_sentences(photo, tmp_path):
    session = EditSession(load_image(photo))
    with pytest.raises(InvalidInput):
        session.save(tmp_path / "x.png")
    with pytest.raises(InvalidInput):
        inpaint_job(session.current, np.zeros(session.current.shape[:2], np.uint8))
    assert detect_job(session.current).run().shape == session.current.shape[:2]


def test_metrics():
    a = np.zeros((8, 8, 3), np.uint8)
    b = a.copy()
    b[0, 0] = 10
    assert psnr(a, a) == float("inf") and 30 < psnr(a, b) < 60
    assert ssim(a, a) == pytest.approx(1.0)
