"""Render-only heritage-type subjects: fortress gate, ceramics, painting/document.

They feed the type tagger with types no showcase subject covers, so they must
honour the same image contract and determinism as the showcase renderers, be
reachable through the catalogue and the training-data stream, and stay out of
the showcase list (which needs fact cards).
"""

from __future__ import annotations

import numpy as np
import pytest

from app.content.render.catalog import render, renderer_for
from app.content.render.spec import SUBJECT_IDS, TYPE_RENDER_IDS, RenderSpec
from app.content.taxonomy import load_taxonomy
from app.content.training_data import iter_renders
from app.domain.errors import InvalidInput

SMALL = dict(width=160, height=120)
TINY = dict(width=128, height=96)  # for the tests that render several times


def _diff(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.abs(a.astype(np.int16) - b.astype(np.int16)).mean())


def test_type_ids_are_taxonomy_types_not_showcase_subjects() -> None:
    taxonomy = load_taxonomy()
    for type_id in TYPE_RENDER_IDS:
        assert taxonomy.type_by_id(type_id).id == type_id
    assert not set(TYPE_RENDER_IDS) & set(SUBJECT_IDS)


@pytest.mark.parametrize("subject", TYPE_RENDER_IDS)
@pytest.mark.parametrize("size", [(160, 120), (240, 320)])
def test_image_contract(subject: str, size: tuple[int, int]) -> None:
    img = render(subject, RenderSpec(width=size[0], height=size[1], seed=5))
    assert img.dtype == np.uint8
    assert img.shape == (size[1], size[0], 3)
    assert img.std() > 8, "a render must not be a flat fill"


@pytest.mark.parametrize("subject", TYPE_RENDER_IDS)
def test_deterministic_and_sensitive(subject: str) -> None:
    fn = renderer_for(subject)
    base = fn(RenderSpec(**TINY, seed=3, view=-0.6))
    assert np.array_equal(base, fn(RenderSpec(**TINY, seed=3, view=-0.6)))
    assert _diff(base, fn(RenderSpec(**TINY, seed=4, view=-0.6))) > 2.0, "seeds should give different pictures"
    assert _diff(base, fn(RenderSpec(**TINY, seed=3, view=0.7))) > 0.5, "the view should move the camera"


@pytest.mark.parametrize("subject", TYPE_RENDER_IDS)
def test_night_darker_than_day(subject: str) -> None:
    day = render(subject, RenderSpec(**SMALL, seed=0, light="day"))
    night = render(subject, RenderSpec(**SMALL, seed=0, light="night"))
    assert night.mean() < day.mean() - 10


def test_fortress_winter_is_snowier() -> None:
    summer = render("fortress_gate", RenderSpec(**SMALL, seed=1, season="summer")).astype(np.float32)
    winter = render("fortress_gate", RenderSpec(**SMALL, seed=1, season="winter")).astype(np.float32)
    ground = slice(100, 120)  # the foreground below the wall

    def white(img: np.ndarray) -> float:
        return float((img[ground].min(axis=2) > 170).mean())

    assert white(winter) > white(summer) + 0.2


def test_iter_renders_accepts_type_subjects() -> None:
    stream = iter_renders(7, size=(160, 120), subjects=TYPE_RENDER_IDS, out_size=64)
    seen = [next(stream) for _ in range(3)]
    assert sorted(s.subject_id for s in seen) == sorted(TYPE_RENDER_IDS)
    for sample in seen:
        assert sample.image.shape == (64, 64, 3) and sample.image.dtype == np.uint8
    with pytest.raises(InvalidInput):
        next(iter_renders(0, subjects=("fortress_gate", "no_such_type")))


def test_unknown_ids_still_rejected() -> None:
    with pytest.raises(KeyError):
        renderer_for("ceramic")
