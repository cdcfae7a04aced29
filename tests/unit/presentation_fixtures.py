"""A tiny pack folder with a presentation script, and stand-in operations for the presentation tests."""

from __future__ import annotations

import time
from pathlib import Path

import numpy as np
from PIL import Image

from app.domain.errors import ModelUnavailable
from app.presentation.cache import StepResult

SHOW = """\
[show]
languages = ["ko", "en"]
title = { ko = "경주와 AI", en = "Gyeongju and AI" }

[[step]]
kind = "title"
captions = { ko = "환영합니다", en = "Welcome" }

[[step]]
kind = "restore"
image = "images/old.png"
captions = { ko = "복원", en = "Restoration" }
notes = "The noise is measured first."

[[step]]
kind = "recognise"
image = "images/stone.png"
captions = { ko = "인식", en = "Recognition" }

[[step]]
kind = "teach"
captions = { ko = "가르치기", en = "Teaching" }
examples = { warm = ["images/warm1.png", "images/warm2.png"], cool = ["images/cool1.png", "images/cool2.png"] }
time_budget_s = 5.0

[[step]]
kind = "closing"
url = "https://gyeongju.museum.go.kr"
captions = { ko = "감사합니다", en = "Thank you" }
"""


def picture(seed: int, tint: tuple[int, int, int] = (150, 120, 90), size: tuple[int, int] = (96, 128)) -> np.ndarray:
    """A small RGB photo-like picture: a lit gradient with shapes and grain."""
    rng = np.random.default_rng(seed)
    h, w = size
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    base = np.array(tint, np.float32) * (0.6 + 0.4 * (x / w))[..., None]
    base[h // 4 : 3 * h // 4, w // 3 : 2 * w // 3] *= 0.5
    base += rng.normal(0, 18, base.shape)
    return np.clip(base, 0, 255).astype(np.uint8)


def make_pack(root: Path, script: str = SHOW) -> Path:
    """A pack folder (as installed) with a few generated images and ``scripts/show.toml``."""
    images = {
        "old": picture(1), "stone": picture(2, (120, 120, 120)),
        "warm1": picture(3, (200, 110, 60)), "warm2": picture(4, (210, 120, 50)),
        "cool1": picture(5, (60, 110, 200)), "cool2": picture(6, (50, 120, 210)),
    }
    (root / "images").mkdir(parents=True, exist_ok=True)
    for name, pixels in images.items():
        Image.fromarray(pixels).save(root / "images" / f"{name}.png")
    (root / "scripts").mkdir(exist_ok=True)
    (root / "scripts" / "show.toml").write_text(script, encoding="utf-8")
    return root


def fake_operation(step, pack_dir, progress, cancel) -> StepResult:
    """Stands in for a model: returns the step's first image, inverted, as its result."""
    first = step.files()[0]
    with Image.open(Path(pack_dir) / first) as im:
        before = np.asarray(im.convert("RGB"))
    return StepResult({"before": before, "after": 255 - before}, {"kind": step.kind},
                      {"operation": "fake", "model": {"id": "fake", "version": "0"}})


def failing_operation(step, pack_dir, progress, cancel) -> StepResult:
    raise ModelUnavailable("The restoration model's weights do not match their checksum.")


def slow_operation(step, pack_dir, progress, cancel, seconds: float = 3.0) -> StepResult:
    """Takes ``seconds`` unless cancelled (it checks the token like every real job)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        cancel.raise_if_cancelled()
        time.sleep(0.01)
    return fake_operation(step, pack_dir, progress, cancel)
