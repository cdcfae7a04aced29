"""Contract and sanity tests of the stone-monument renderers and the shared scene toolkit."""

from __future__ import annotations

import importlib
from functools import lru_cache

import numpy as np
import pytest

from app.content.render.canvas import Layer, mix, paint_polygon, quad
from app.content.render.materials import fbm, stone_courses, value_noise
from app.content.render.scene import lighting_for
from app.content.render.spec import RenderSpec

STONE_SUBJECTS = ("cheomseongdae", "dabotap", "seokgatap", "bunhwangsa", "gameunsa")


def _render_fresh(subject: str, **kwargs: object) -> np.ndarray:
    module = importlib.import_module(f"app.content.render.subjects.{subject}")
    return module.render(RenderSpec(**{"width": 160, "height": 120, **kwargs}))


@lru_cache(maxsize=64)
def _cached(subject: str, items: tuple[tuple[str, object], ...]) -> np.ndarray:
    image = _render_fresh(subject, **dict(items))
    image.setflags(write=False)  # shared between tests: nobody may modify it
    return image


def _render(subject: str, **kwargs: object) -> np.ndarray:
    """Render once per distinct spec for the whole module (the suite reuses base renders a lot)."""
    return _cached(subject, tuple(sorted(kwargs.items())))


@pytest.mark.parametrize("subject", STONE_SUBJECTS)
@pytest.mark.parametrize("size", [(160, 120), (320, 240)])
def test_render_meets_image_contract(subject: str, size: tuple[int, int]) -> None:
    image = _render(subject, width=size[0], height=size[1])
    assert image.dtype == np.uint8
    assert image.shape == (size[1], size[0], 3)
    assert image.std() > 10, "a render must not be a flat colour"


@pytest.mark.parametrize("subject", STONE_SUBJECTS)
def test_same_spec_gives_identical_pixels(subject: str) -> None:
    spec = {"seed": 7, "view": 0.3, "light": "dusk", "season": "autumn"}
    assert np.array_equal(_render_fresh(subject, **spec), _render_fresh(subject, **spec))


@pytest.mark.parametrize("subject", STONE_SUBJECTS)
@pytest.mark.parametrize(
    "change", [{"seed": 1}, {"light": "dusk"}, {"season": "winter"}, {"view": 0.8}], ids=str
)
def test_each_spec_field_changes_the_image(subject: str, change: dict[str, object]) -> None:
    base = _render(subject)
    other = _render(subject, **change)
    diff = np.abs(base.astype(np.int16) - other.astype(np.int16)).mean()
    assert diff > 1.0, f"{change} left the image (almost) unchanged: mean diff {diff:.2f}"


@pytest.mark.parametrize("subject", STONE_SUBJECTS)
def test_night_is_darker_than_day(subject: str) -> None:
    day = _render(subject, light="day").mean()
    night = _render(subject, light="night").mean()
    assert night < day * 0.6


@pytest.mark.parametrize("subject", ["cheomseongdae", "gameunsa"])
def test_snow_brightens_the_ground(subject: str) -> None:
    # the bottom band of the picture is foreground lawn in front of the monument
    summer = _render(subject, season="summer")[-12:].mean()
    winter = _render(subject, season="winter")[-12:].mean()
    assert winter > summer + 25


def test_cheomseongdae_night_tower_glows_warm() -> None:
    image = _render("cheomseongdae", light="night", width=320, height=240).astype(np.float32)
    tower = image[110:190, 140:180]
    sky = image[10:40, 10:60]
    assert tower.mean() > sky.mean() + 40
    assert tower[..., 0].mean() > tower[..., 2].mean() + 20, "flood-lit granite should be gold, not blue"


def test_noise_is_deterministic_and_normalised() -> None:
    a = fbm(64, 80, np.random.default_rng(3), cell=16)
    b = fbm(64, 80, np.random.default_rng(3), cell=16)
    assert np.array_equal(a, b)
    assert a.min() >= 0.0 and a.max() <= 1.0 and a.std() > 0.1
    v = value_noise(50, 70, 8, np.random.default_rng(0))
    assert v.shape == (50, 70) and 0.0 <= v.min() and v.max() <= 1.0


def test_stone_courses_darken_joints() -> None:
    yy, xx = np.mgrid[0:60, 0:200].astype(np.float32)
    tone, relief = stone_courses(
        xx, yy, np.array([0.0, 20.0, 40.0, 60.0]), 50.0, np.random.default_rng(0), joint=1.5, tone_jitter=0.0
    )
    assert tone[20, :].mean() < tone[10, :].mean() - 0.2  # bed joint row is darker than mid-course
    assert relief.max() > 0.5 and relief.min() < -0.5


def test_paint_polygon_on_layer_and_canvas() -> None:
    layer = Layer.empty(40, 40)
    paint_polygon(layer, quad(10, 10, 30, 30), (1.0, 0.0, 0.0))
    assert layer.alpha[20, 20] == pytest.approx(1.0)
    assert layer.alpha[5, 5] == 0.0
    assert layer.rgb[20, 20, 0] == pytest.approx(1.0)
    canvas = np.zeros((40, 40, 3), np.float32)
    paint_polygon(canvas, quad(-10, -10, 100, 100), (0.5, 0.5, 0.5), opacity=0.5)  # clipped to the image
    assert canvas[0, 0, 0] == pytest.approx(0.25)


def test_lighting_shade_and_mix() -> None:
    day = lighting_for("day", "summer")
    night = lighting_for("night", "summer")
    toward = day.shade(*day.sun_dir)
    away = day.shade(*(-np.asarray(day.sun_dir)))
    assert toward.mean() > away.mean() * 2
    assert night.shade(0, 1, 0).mean() < day.shade(0, 1, 0).mean()
    assert mix((0, 0, 0), (1, 1, 1), np.full((2, 2), 0.5)).shape == (2, 2, 3)
