"""The sample set and training-data streams: deterministic, complete, damage masks agree with pixels."""

from __future__ import annotations

import numpy as np
import pytest

from app.content.render.spec import SUBJECT_IDS
from app.content.samples import build_samples, damage_bitfield, load_index, planned_entries
from app.content.training_data import iter_damage_triples, iter_renders
from app.domain.errors import InvalidInput
from app.imaging.io import load_image


def test_plan_covers_every_subject_with_several_variants():
    entries = planned_entries()
    by_subject = {s: [e for e in entries if e.subject_id == s] for s in SUBJECT_IDS}
    assert all(len(v) >= 3 for v in by_subject.values())
    assert len({e.id for e in entries}) == len(entries)
    assert any(e.light == "night" for e in by_subject["donggung_wolji"])
    assert {e.season for e in entries} >= {"summer", "autumn", "winter"}


def test_bitfield_packs_each_kind_in_its_own_bit():
    a = np.zeros((4, 4), np.uint8)
    b = np.zeros((4, 4), np.uint8)
    a[0, 0] = b[0, 0] = b[1, 1] = 255
    field = damage_bitfield({"scratches": a, "dust": b}, ("scratches", "dust"))
    assert field[0, 0] == 3 and field[1, 1] == 2 and field[2, 2] == 0


@pytest.mark.slow
def test_small_build_is_deterministic_and_masks_match_damage(tmp_path):
    first = build_samples(tmp_path / "a", width=192, height=144, workers=2)
    second = build_samples(tmp_path / "b", width=192, height=144, workers=2)
    assert {e.subject_id for e in first.entries} == set(SUBJECT_IDS)
    for e1, e2 in zip(first.entries, second.entries, strict=True):
        assert e1.clean_sha256 == e2.clean_sha256 and e1.aged_sha256 == e2.aged_sha256, e1.id
    loaded = load_index(tmp_path / "a")
    assert loaded is not None and len(loaded.entries) == len(first.entries)
    for entry in first.entries[:6]:
        clean = load_image(tmp_path / "a" / entry.clean_file).pixels.astype(int)
        aged = load_image(tmp_path / "a" / entry.aged_file).pixels.astype(int)
        field = load_image(tmp_path / "a" / entry.damage_file).pixels[..., 0]
        assert clean.shape == (144, 192, 3) and aged.shape == clean.shape
        assert np.abs(aged - clean).mean() > 2  # the aged copy really is damaged
        if entry.damage_kinds:
            assert field.max() < (1 << len(entry.damage_kinds))  # only the recorded kinds' bits are set


def test_index_missing_or_corrupt_is_none(tmp_path):
    assert load_index(tmp_path) is None
    (tmp_path / "index.json").write_text("{broken", encoding="utf-8")
    assert load_index(tmp_path) is None


def test_render_stream_is_seeded_and_labelled():
    a = [r for _, r in zip(range(3), iter_renders(5, size=(160, 120), out_size=64), strict=False)]
    b = [r for _, r in zip(range(3), iter_renders(5, size=(160, 120), out_size=64), strict=False)]
    assert [r.subject_id for r in a] == [r.subject_id for r in b]
    assert all(np.array_equal(x.image, y.image) for x, y in zip(a, b, strict=True))
    assert all(r.image.shape == (64, 64, 3) and r.subject_id in SUBJECT_IDS for r in a)
    with pytest.raises(InvalidInput):
        next(iter_renders(0, subjects=["atlantis"]))


def test_damage_triples_have_exact_masks():
    from skimage import data

    photo = data.astronaut()
    stream = iter_damage_triples(3, sources=[photo], crop=128)
    for _ in range(3):
        triple = next(stream)
        assert triple.damaged.shape == triple.clean.shape == (128, 128, 3)
        assert triple.mask.shape == (128, 128) and triple.mask.dtype == np.uint8
    with pytest.raises(InvalidInput):
        next(iter_damage_triples(0, sources=[photo[:10, :10]], crop=128))
