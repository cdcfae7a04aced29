"""Renders with a backdrop mask, and setting them in front of real photographs."""

from __future__ import annotations

import numpy as np

from app.content.render.catalog import render
from app.content.render.keyed import backdrop_alpha, set_in_front_of
from app.content.render.spec import RenderSpec

SPEC = RenderSpec(width=160, height=120, seed=5, view=0.2, light="day", season="summer")


def test_outdoor_backdrop_is_the_sky_not_the_ground():
    alpha = backdrop_alpha("cheomseongdae", SPEC)
    assert alpha.shape == (120, 160) and alpha.dtype == np.float32
    assert 0.1 < alpha.mean() < 0.9
    assert alpha[:10].mean() > 0.9  # the top rows are sky
    assert alpha[-10:].max() == 0.0  # the bottom rows are ground


def test_the_keyed_pass_leaves_the_renderers_as_they_were():
    before = render("dabotap", SPEC)
    backdrop_alpha("dabotap", SPEC)
    assert np.array_equal(render("dabotap", SPEC), before)


def test_subject_without_a_backdrop_gets_no_mask():
    assert backdrop_alpha("seokguram", SPEC).max() == 0.0


def test_composite_keeps_the_subject_and_takes_the_photo_behind_it():
    image = render("cheomseongdae", SPEC)
    alpha = backdrop_alpha("cheomseongdae", SPEC)
    photo = np.zeros((300, 400, 3), np.uint8)
    photo[..., 2] = 200  # a blue photo, of another size than the render
    out = set_in_front_of(image, alpha, photo)
    assert out.shape == image.shape and out.dtype == np.uint8
    solid = alpha == 0.0
    assert np.array_equal(out[solid], image[solid])
    sky = alpha > 0.95
    assert sky.sum() > 100
    assert out[sky][:, 2].mean() > 2 * out[sky][:, 1].mean() and out[sky][:, 0].mean() < 30


def test_the_mask_is_the_same_every_time():
    first = backdrop_alpha("woljeonggyo", SPEC)
    assert np.array_equal(backdrop_alpha("woljeonggyo", SPEC), first)
    assert first.mean() > 0.05
