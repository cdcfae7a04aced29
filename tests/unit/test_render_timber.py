"""Contract and sanity tests of the timber-architecture renders (R2's subjects)."""

from __future__ import annotations

import importlib

import numpy as np
import pytest

from app.content.render.spec import RenderSpec
from app.content.render.timber_geom import Camera, quad_uv

SUBJECTS = ("bulguksa", "woljeonggyo", "donggung_wolji", "daereungwon", "yangdong")


def _render(subject: str, **kw: object) -> np.ndarray:
    module = importlib.import_module(f"app.content.render.subjects.{subject}")
    spec = RenderSpec(**{"width": 160, "height": 120, **kw})  # type: ignore[arg-type]
    return module.render(spec)


@pytest.mark.parametrize("subject", SUBJECTS)
@pytest.mark.parametrize("size", [(160, 120), (320, 240)])
def test_contract(subject: str, size: tuple[int, int]) -> None:
    img = _render(subject, width=size[0], height=size[1])
    assert img.dtype == np.uint8
    assert img.shape == (size[1], size[0], 3)
    assert img.std() > 10.0  # not a blank frame


@pytest.mark.parametrize("subject", SUBJECTS)
def test_deterministic_and_sensitive(subject: str) -> None:
    base = _render(subject, seed=3)
    assert np.array_equal(base, _render(subject, seed=3))
    for change in ({"seed": 4}, {"light": "dusk"}, {"season": "autumn"}, {"view": 0.7}):
        other = _render(subject, **{"seed": 3, **change})
        assert np.abs(other.astype(np.int16) - base).mean() > 1.0, change


@pytest.mark.parametrize("subject", SUBJECTS)
def test_night_darker_and_snow_brightens_ground(subject: str) -> None:
    day = _render(subject, light="day")
    night = _render(subject, light="night")
    assert night.mean() < day.mean() * 0.7
    summer = _render(subject, season="summer")
    winter = _render(subject, season="winter")
    lower = slice(int(summer.shape[0] * 0.75), None)  # foreground ground, bank or water
    assert winter[lower].mean() >= summer[lower].mean() - 2.0
    assert winter.mean() > summer.mean()


def test_night_pavilions_glow_warm() -> None:
    """Donggung & Wolji at night: the lit pavilions are the warmest, brightest part of the picture."""
    night = _render("donggung_wolji", light="night", width=320, height=240).astype(np.float32)
    band = night[int(240 * 0.25) : int(240 * 0.5)]
    warm = band[..., 0] - band[..., 2]
    assert warm.max() > 60.0
    assert band.mean() > night[: int(240 * 0.15)].mean()  # brighter than the night sky


def test_camera_projects_centre_and_scales_with_size() -> None:
    small = Camera(160, 120, (0.0, 1.6, -20.0), fov_deg=50.0, horizon=0.5)
    large = Camera(1600, 1200, (0.0, 1.6, -20.0), fov_deg=50.0, horizon=0.5)
    pt = np.array([(0.0, 1.6, 0.0), (3.0, 5.0, 10.0)])
    ps, pl = small.project(pt), large.project(pt)
    assert np.allclose(ps[0], (80.0, 60.0))
    assert np.allclose(pl / 10.0, ps)


def test_quad_uv_maps_corners() -> None:
    corners = np.array([(10.0, 10.0), (90.0, 20.0), (80.0, 70.0), (15.0, 60.0)])
    uv = quad_uv(corners)
    u, v = uv(corners[:, 1], corners[:, 0])
    assert np.allclose(u, [0, 1, 1, 0], atol=1e-4)
    assert np.allclose(v, [0, 0, 1, 1], atol=1e-4)
