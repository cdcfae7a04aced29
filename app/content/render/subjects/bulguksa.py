"""Bulguksa Temple 불국사: the stone terraces and the Cheongungyo–Baegungyo stair-bridges.

The famous front seen from the forecourt: a lower terrace of big natural
boulders under a dressed granite frame, the upper terrace set back behind it,
the 33 steps (17 of Cheongungyo below, 16 of Baegungyo above, each flight
carried on an arch) rising to the Jahamun gate, the long roofed corridor
(hoerang) with red columns along the terrace top, the Beomyeongnu pavilion on
its stone tower to the left, and the roof of Daeungjeon behind. Maples frame
the view (red in autumn), pines stand on Tohamsan behind.
"""

from __future__ import annotations

import numpy as np

from app.content.render.scene import Lighting, finish, floodlight, lighting_for
from app.content.render.spec import RenderSpec
from app.content.render.timber import Hall, draw_hall
from app.content.render.timber_geom import Camera
from app.content.render.timber_scene import aimed_camera, backdrop, lamp_amount, snow_amount, tree_at
from app.content.render.timber_stone import paving, stair_bridge, terrace

TIER1 = 3.2  # height of the lower terrace (metres)
TIER2 = 6.4  # height of the upper terrace
STAIR_X = (4.5, 7.7)  # Cheongungyo / Baegungyo run up between these x


def _buildings(
    canvas: np.ndarray, cam: Camera, lit: Lighting, rng: np.random.Generator, snow: float, lamp: float
) -> None:
    """Daeungjeon (far), then the corridor, Jahamun gate and Beomyeongnu on the upper terrace."""
    sx = (STAIR_X[0] + STAIR_X[1]) / 2
    draw_hall(
        canvas,
        cam,
        lit,
        Hall(
            sx,
            34.0,
            bays=5,
            bay=4.0,
            dbays=3,
            dbay=3.6,
            base_y=TIER2,
            platform=1.3,
            col_h=5.0,
            bracket_h=1.5,
            overhang=2.6,
            roof_h=5.6,
            snow=snow,
        ),
        rng,
        lamp,
    )
    corridor = dict(
        dbays=1,
        dbay=2.6,
        base_y=TIER2,
        platform=0.3,
        margin=0.4,
        col_h=2.8,
        bracket_h=0.55,
        overhang=1.2,
        roof_h=2.0,
        roof_kind="gable",
        lift=0.25,
        infill="hanok",
        steps=False,
        snow=snow,
    )
    left_bays, right_bays = 12, 11
    bay = 2.9
    left = Hall(sx - 4.2 - left_bays * bay / 2, 9.0, bays=left_bays, bay=bay, **corridor)
    right = Hall(sx + 4.2 + right_bays * bay / 2, 9.0, bays=right_bays, bay=bay, **corridor)
    # draw the corridor wing farther from the camera first
    for wing in sorted((left, right), key=lambda h: -abs(h.cx - cam.eye[0])):
        draw_hall(canvas, cam, lit, wing, rng, lamp * 0.6)
    draw_hall(
        canvas,
        cam,
        lit,
        Hall(
            sx,
            9.0,
            bays=3,
            bay=2.8,
            dbays=2,
            dbay=2.2,
            base_y=TIER2,
            platform=0.5,
            margin=0.6,
            col_h=3.3,
            bracket_h=0.9,
            overhang=1.8,
            roof_h=3.0,
            steps=False,
            snow=snow,
        ),
        rng,
        lamp,
    )


def _beomyeongnu(
    canvas: np.ndarray,
    cam: Camera,
    lit: Lighting,
    stone: Lighting,
    rng: np.random.Generator,
    snow: float,
    lamp: float,
) -> None:
    """The pavilion on its tall stone tower, projecting from the terrace left of the stairs."""
    terrace(canvas, cam, stone, -7.5, 0.5, TIER1, TIER2, 2.0, 6.0, seed=11, boulder_frac=0.0, snow=snow)
    draw_hall(
        canvas,
        cam,
        lit,
        Hall(
            -3.5,
            4.2,
            bays=3,
            bay=2.3,
            dbays=2,
            dbay=1.9,
            base_y=TIER2,
            platform=0.3,
            margin=0.4,
            col_h=2.9,
            bracket_h=0.8,
            overhang=1.6,
            roof_h=3.0,
            infill="open",
            railing=True,
            steps=False,
            snow=snow,
        ),
        rng,
        lamp,
    )


def render(spec: RenderSpec) -> np.ndarray:
    """Render Bulguksa's front terraces and stair-bridges (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    snow, lamp = snow_amount(spec), lamp_amount(spec)
    # views: from the forecourt's left (showing the arches side-on), the front, or the right
    eye = (-20.0 + 22.0 * spec.view, 1.7, -31.0 + 3.0 * abs(spec.view))
    cam = aimed_camera(spec, eye, (1.0 + 6.0 * spec.view, 8.0), fov_deg=50.0, horizon=0.68)
    canvas = backdrop(spec, cam, lit, rng, kind="grass", hill_height=0.2)
    paving(canvas, cam, lit, STAIR_X[0] - 0.5, STAIR_X[1] + 0.5, -60.0, -6.5, seed=2, snow=snow)
    # the pine woods of Tohamsan behind the temple
    for x in np.linspace(-45.0, 55.0, 4):
        tree_at(
            canvas,
            cam,
            lit,
            rng,
            float(x + rng.normal(0, 3)),
            TIER2,
            46.0 + rng.normal(0, 4),
            10.0 + rng.normal(0, 1.5),
            kind="pine",
        )
    _buildings(canvas, cam, lit, rng, snow, lamp)
    # at night the stonework is flood-lit from the forecourt, more softly than the halls
    stone = floodlight(lit, (0.75, 0.55, 0.34)) if lamp > 0 else lit
    terrace(canvas, cam, stone, -42.0, 48.0, TIER1, TIER2, 6.0, 30.0, seed=5, boulder_frac=0.0, snow=snow)
    _beomyeongnu(canvas, cam, lit, stone, rng, snow, lamp)
    stair_bridge(
        canvas,
        cam,
        stone,
        *STAIR_X,
        0.6,
        6.0,
        TIER1,
        TIER2,
        16,
        (1.3, 1.7, 0.7),
        seed=3,
        snow=snow,
        y_base=TIER1,
    )
    terrace(canvas, cam, stone, -42.0, 48.0, 0.0, TIER1, 0.0, 6.0, seed=7, boulder_frac=0.6, snow=snow)
    stair_bridge(canvas, cam, stone, *STAIR_X, -6.5, 0.0, 0.0, TIER1, 17, (1.7, 2.1, 0.72), seed=9, snow=snow)
    # Yeonhwagyo–Chilbogyo, the smaller pair of stairs to the west
    stair_bridge(canvas, cam, stone, -27.0, -24.6, -4.5, 0.0, 0.0, TIER1, 9, None, seed=13, snow=snow)
    for x, z, h in ((-40.0, -4.0, 11.0), (-15.0, -2.0, 7.0), (22.0, -1.5, 8.0), (42.0, -3.0, 12.0)):
        season = "autumn" if spec.season == "autumn" else None
        tree_at(canvas, cam, lit, rng, x + rng.normal(0, 1.0), 0.0, z, h, season=season)
    return finish(canvas, lit, rng)
