"""Tests of the old-photo damage synthesiser (app.imaging.damage)."""

from __future__ import annotations

import numpy as np
import pytest
from skimage import data

from app.domain.errors import InvalidInput
from app.imaging.damage import (
    APPLY_ORDER,
    DAMAGE_KINDS,
    GLOBAL_KINDS,
    LOCAL_KINDS,
    DamageSpec,
    age_photo,
    apply_damage,
    random_hole_mask,
)


@pytest.fixture(scope="module")
def photo() -> np.ndarray:
    """A 192×256 crop of a real photograph (ships inside scikit-image)."""
    image = np.ascontiguousarray(data.astronaut()[64:448:2, ::2])
    image.setflags(write=False)  # any attempt to modify the input in place fails loudly
    return image


def _changed(before: np.ndarray, after: np.ndarray) -> np.ndarray:
    return np.any(before != after, axis=2)


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_contract_and_change(photo: np.ndarray, kind: str) -> None:
    result = apply_damage(photo, [DamageSpec(kind, 0.6)], seed=11)
    assert result.image.dtype == np.uint8 and result.image.shape == photo.shape
    assert set(result.masks) == {kind}
    mask = result.masks[kind]
    assert mask.dtype == np.uint8 and mask.shape == photo.shape[:2]
    assert set(np.unique(mask)) <= {0, 255}
    assert _changed(photo, result.image).mean() > 0.0005, f"{kind} left the image unchanged"
    assert result.specs == (DamageSpec(kind, 0.6),) and result.seed == 11
    if kind in GLOBAL_KINDS:
        assert (mask == 255).all()
        assert not result.damage_mask.any()


@pytest.mark.parametrize("kind", LOCAL_KINDS)
@pytest.mark.parametrize("seed", [0, 1, 2])
def test_local_mask_is_exactly_the_changed_pixels(photo: np.ndarray, kind: str, seed: int) -> None:
    result = apply_damage(photo, [f"{kind}:0.7"], seed)
    mask = result.masks[kind] > 0
    changed = _changed(photo, result.image)
    assert mask.any()
    assert not (changed & ~mask).any(), "pixels outside the mask were modified"
    assert changed[mask].mean() > 0.99
    # The mask marks visible damage, not one-level rounding noise.
    diff = np.abs(result.image.astype(np.int16) - photo).max(axis=2)
    assert np.median(diff[mask]) >= 6
    np.testing.assert_array_equal(result.damage_mask, result.masks[kind])


def _strength(photo: np.ndarray, kind: str, severity: float, seeds: range) -> float:
    total = 0.0
    for seed in seeds:
        result = apply_damage(photo, [DamageSpec(kind, severity)], seed)
        if kind in LOCAL_KINDS:
            total += float((result.masks[kind] > 0).mean())
        else:
            total += float(np.abs(result.image.astype(np.float32) - photo).mean())
    return total / len(seeds)


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_severity_increases_damage_on_average(photo: np.ndarray, kind: str) -> None:
    seeds = range(8)
    low, mid, high = (_strength(photo, kind, s, seeds) for s in (0.0, 0.5, 1.0))
    assert 0 < low < mid < high, (kind, low, mid, high)


def test_determinism_and_seed_sensitivity(photo: np.ndarray) -> None:
    specs = list(DAMAGE_KINDS)
    first = apply_damage(photo, specs, seed=5)
    again = apply_damage(photo, specs, seed=5)
    other = apply_damage(photo, specs, seed=6)
    np.testing.assert_array_equal(first.image, again.image)
    for kind in DAMAGE_KINDS:
        np.testing.assert_array_equal(first.masks[kind], again.masks[kind])
    assert not np.array_equal(first.image, other.image)
    aged = age_photo(photo, 9, 0.6)
    np.testing.assert_array_equal(aged.image, age_photo(photo, 9, 0.6).image)
    assert not np.array_equal(aged.image, age_photo(photo, 10, 0.6).image)


def test_order_is_physical_and_list_order_irrelevant(photo: np.ndarray) -> None:
    a = apply_damage(photo, ["jpeg", "sepia:0.8", "dust:0.4", "tears"], seed=3)
    b = apply_damage(photo, ["tears", "dust:0.4", "jpeg", "sepia:0.8"], seed=3)
    np.testing.assert_array_equal(a.image, b.image)
    assert [s.kind for s in a.specs] == sorted((s.kind for s in a.specs), key=APPLY_ORDER.index)
    assert a.specs[0] == DamageSpec("dust", 0.4)


def test_a_kind_does_not_depend_on_the_other_kinds(photo: np.ndarray) -> None:
    alone = apply_damage(photo, ["scratches:0.8"], seed=21)
    mixed = apply_damage(photo, ["scratches:0.8", "sepia", "grain", "blur"], seed=21)
    np.testing.assert_array_equal(alone.masks["scratches"], mixed.masks["scratches"])


def test_tears_show_an_untinted_backing(photo: np.ndarray) -> None:
    # Sepia comes before tears, so the torn-away region keeps the backing's colour
    # whether or not the print was toned.
    plain = apply_damage(photo, ["tears:1"], seed=4)
    toned = apply_damage(photo, ["sepia:1", "tears:1"], seed=4)
    hole = plain.masks["tears"] > 0
    np.testing.assert_array_equal(toned.masks["tears"] > 0, hole)
    core = hole & (np.abs(plain.image.astype(np.int16) - toned.image).max(axis=2) == 0)
    assert core.sum() > 0.5 * hole.sum()


def test_combined_masks_and_damage_mask(photo: np.ndarray) -> None:
    result = apply_damage(photo, ["stains", "cracks", "dust:0.8", "tears:0.8", "fading", "grain"], seed=8)
    union = np.zeros(photo.shape[:2], np.uint8)
    for kind in ("stains", "cracks", "dust", "tears"):
        union |= result.masks[kind]
    np.testing.assert_array_equal(result.damage_mask, union)
    assert (result.masks["fading"] == 255).all() and (result.masks["grain"] == 255).all()


@pytest.mark.parametrize("shape", [(64, 64, 3), (17, 300, 3), (300, 40, 3)])
def test_extreme_shapes(shape: tuple[int, int, int]) -> None:
    rng = np.random.default_rng(0)
    image = (rng.random(shape) * 255).astype(np.uint8)
    result = apply_damage(image, [DamageSpec(kind, 1.0) for kind in DAMAGE_KINDS], seed=2)
    assert result.image.shape == shape
    assert age_photo(image, 1, 1.0).image.shape == shape


@pytest.mark.parametrize("severity", [0.0, 0.5, 1.0])
def test_age_photo_mixes_local_and_tone_damage(photo: np.ndarray, severity: float) -> None:
    for seed in range(4):
        result = age_photo(photo, seed, severity)
        kinds = {spec.kind for spec in result.specs}
        assert len(kinds & set(LOCAL_KINDS)) >= 2
        assert kinds & {"sepia", "grayscale", "fading", "color_cast"}
        assert result.damage_mask.any()
        assert result.seed == seed


def test_age_photo_severity_increases_damage(photo: np.ndarray) -> None:
    def area(severity: float) -> float:
        return float(np.mean([(age_photo(photo, s, severity).damage_mask > 0).mean() for s in range(8)]))

    assert area(0.1) < area(0.5) < area(1.0)


@pytest.mark.parametrize(
    ("height", "width", "area"),
    [(64, 64, (0.1, 0.3)), (240, 320, (0.1, 0.3)), (256, 256, (0.4, 0.5)), (100, 700, (0.02, 0.05))],
)
def test_random_hole_mask_area(height: int, width: int, area: tuple[float, float]) -> None:
    fractions = []
    for seed in range(6):
        mask = random_hole_mask(height, width, seed, area)
        assert mask.dtype == np.uint8 and mask.shape == (height, width)
        assert set(np.unique(mask)) <= {0, 255}
        fraction = float((mask > 0).mean())
        assert area[0] <= fraction <= area[1]
        fractions.append(fraction)
    assert len(set(fractions)) > 1


def test_random_hole_mask_seeding() -> None:
    a = random_hole_mask(128, 96, 3)
    np.testing.assert_array_equal(a, random_hole_mask(128, 96, 3))
    np.testing.assert_array_equal(a, random_hole_mask(128, 96, np.random.default_rng(3)))
    assert not np.array_equal(a, random_hole_mask(128, 96, 4))


@pytest.mark.parametrize(
    "call",
    [
        lambda img: apply_damage(img, ["smudge"], 1),
        lambda img: apply_damage(img, [DamageSpec("dust", 0.5), 3], 1),
        lambda img: apply_damage(img, ["dust:lots"], 1),
        lambda img: apply_damage(img, ["dust:1.5"], 1),
        lambda img: apply_damage(img, ["dust"], -1),
        lambda img: apply_damage(img, ["dust"], 1.5),
        lambda img: apply_damage(img.astype(np.float32), ["dust"], 1),
        lambda img: apply_damage(img[..., 0], ["dust"], 1),
        lambda img: apply_damage(np.dstack([img, img[..., :1]]), ["dust"], 1),
        lambda img: apply_damage(img[:8, :8], ["dust"], 1),
        lambda img: age_photo(img, 1, severity=float("nan")),
        lambda img: age_photo(img, 1, severity=-0.2),
        lambda img: random_hole_mask(64, 64, 1, (0.3, 0.1)),
        lambda img: random_hole_mask(64, 64, 1, (0.0, 0.1)),
        lambda img: random_hole_mask(64, 64, 1, (0.5, 1.0)),
        lambda img: random_hole_mask(0, 64, 1),
        lambda img: random_hole_mask(64, 64, "seed"),
        lambda img: DamageSpec("dust", True),
    ],
)
def test_bad_arguments_raise_invalid_input(photo: np.ndarray, call) -> None:
    with pytest.raises(InvalidInput):
        call(photo)
