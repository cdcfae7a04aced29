"""Candidate defects as regions with features, and the sure-damage rule (no model needed)."""

from __future__ import annotations

import numpy as np
import pytest

from app.vision.restoration.damage_components import CANDIDATE_KINDS, FEATURE_NAMES, find_candidates
from app.vision.restoration.sure_damage import OperatingPoint, sure_regions

KINDS = ("scratches", "cracks", "creases", "dust", "stains", "tears")


def _photo_with_line_and_speck() -> tuple[np.ndarray, np.ndarray]:
    rng = np.random.default_rng(0)
    image = np.clip(rng.normal(110, 6, (120, 160, 3)), 0, 255).astype(np.uint8)
    probs = np.zeros((120, 160, len(KINDS)), np.float32)
    image[60, 20:140] = 235  # a long bright scratch
    probs[60, 20:140, KINDS.index("scratches")] = 0.95
    image[20:23, 30:33] = 20  # a dark speck
    probs[20:23, 30:33, KINDS.index("dust")] = 0.7
    probs[90:110, 100:140, KINDS.index("stains")] = 0.9  # a stain is context, never a candidate
    return image, probs


def test_candidates_are_the_thin_kinds_regions_with_one_row_each():
    image, probs = _photo_with_line_and_speck()
    found = find_candidates(image, probs, KINDS, low=0.5)
    assert found.count == 2 and found.features.shape == (2, len(FEATURE_NAMES))
    assert np.isfinite(found.features).all()
    rows = {int(found.labels[60, 50]): "line", int(found.labels[21, 31]): "speck"}
    assert set(rows) == {1, 2} and found.labels[100, 120] == 0
    feature = {name: i for i, name in enumerate(FEATURE_NAMES)}
    line, speck = (found.features[[k for k, v in rows.items() if v == which][0] - 1] for which in ("line", "speck"))
    assert line[feature["log_elongation"]] > speck[feature["log_elongation"]] + 2
    assert line[feature["contrast"]] > 100 and speck[feature["contrast"]] < -60
    assert line[feature["max_probability"]] == pytest.approx(0.95)
    # Raising the candidate threshold past the speck's probability leaves only the line.
    assert find_candidates(image, probs, KINDS, low=0.8).count == 1


def test_no_candidates_gives_an_empty_table():
    image, probs = _photo_with_line_and_speck()
    found = find_candidates(image, np.zeros_like(probs), KINDS, low=0.5)
    assert found.count == 0 and found.features.shape == (0, len(FEATURE_NAMES))


def test_mismatched_probabilities_or_kinds_are_refused():
    image, probs = _photo_with_line_and_speck()
    with pytest.raises(ValueError):
        find_candidates(image[:50], probs, KINDS, low=0.5)
    with pytest.raises(ValueError):
        find_candidates(image, probs[..., :4], KINDS[:4], low=0.5)
    with pytest.raises(ValueError):
        find_candidates(image, probs, KINDS[:5], low=0.5)
    assert set(CANDIDATE_KINDS) <= set(KINDS)


def test_sure_regions_follow_score_pixel_and_gate():
    image, probs = _photo_with_line_and_speck()
    found = find_candidates(image, probs, KINDS, low=0.5)
    line = int(found.labels[60, 50])
    scores = np.where(np.arange(1, found.count + 1) == line, 0.99, 0.2)
    kept = sure_regions(found, scores, OperatingPoint(low=0.5, score=0.9, pixel=0.6, gate=0.0))
    assert kept[60, 20:140].all() and np.count_nonzero(kept) == 120
    # The speck passes the score but not the pixel probability.
    both = sure_regions(found, np.full(found.count, 0.99), OperatingPoint(0.5, 0.9, 0.8, 0.0))
    assert np.count_nonzero(both) == 120
    # Less sure area than the gate: the photo is left alone entirely.
    gated = sure_regions(found, scores, OperatingPoint(0.5, 0.9, 0.6, gate=121 / kept.size))
    assert not gated.any()
    point = OperatingPoint(0.5, 0.9, 0.6, 0.001, regions=3)
    assert OperatingPoint.from_table(point.as_dict()) == point
    # Fewer sure regions than ``regions``: also left alone.
    assert not sure_regions(found, scores, OperatingPoint(0.5, 0.9, 0.6, 0.0, regions=2)).any()


def test_the_verifier_recipe_scores_a_mask_by_sums_exactly_as_sure_regions_draws_it():
    import cv2

    from app.vision.training.damage_verifier import Sample, score_point

    image, probs = _photo_with_line_and_speck()
    probs[40, 50:90, KINDS.index("cracks")] = 0.85  # a third region, not damage
    found = find_candidates(image, probs, KINDS, low=0.5)
    truth = np.zeros((*image.shape[:2], len(KINDS)), bool)
    truth[60, 20:100, KINDS.index("scratches")] = True  # part of the line is real damage
    truth[21, 31, KINDS.index("dust")] = True
    damaged, clean = Sample(0, found, truth), Sample(0, found, None)
    assert damaged.real.sum() == 1 and not clean.real.any()
    scores = np.linspace(0.7, 0.99, found.count)
    for point in (OperatingPoint(0.5, 0.6, 0.5, 0.0), OperatingPoint(0.5, 0.8, 0.8, 0.0),
                  OperatingPoint(0.5, 0.6, 0.6, 0.0, regions=3), OperatingPoint(0.5, 0.6, 0.9, 0.5)):
        result = score_point([damaged, clean], [scores, scores], point)
        mask = sure_regions(found, scores, point)
        any_damage = truth.any(axis=2)
        near = cv2.dilate(any_damage.astype(np.uint8), np.ones((3, 3), np.uint8)) > 0
        repaired = max(1, np.count_nonzero(mask))
        assert result["precision"] == pytest.approx(np.count_nonzero(mask & any_damage) / repaired)
        assert result["precision_1px"] == pytest.approx(np.count_nonzero(mask & near) / repaired)
        assert result["recall_thin"] == pytest.approx(np.count_nonzero(mask & any_damage) / any_damage.sum())
        assert result["clean_mean_marked"] == pytest.approx(mask.mean())
