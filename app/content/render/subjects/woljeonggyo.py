"""Woljeonggyo 월정교: the Unified-Silla covered bridge (760) over the Namcheon, reconstructed in 2018.

Seen from the stream bank downstream: massive granite piers with pointed
cut-waters carry a long timber deck; a tiled roof on red columns runs the
whole length, and a two-storey gate pavilion stands at each end on the stone
abutments. The bridge doubles in the river; at night it is lit gold.
"""

from __future__ import annotations

import numpy as np

from app.content.render.canvas import paint_polygon
from app.content.render.scene import Lighting, finish, floodlight, lighting_for, reflect
from app.content.render.spec import RenderSpec
from app.content.render.timber import Hall, draw_hall
from app.content.render.timber_geom import Camera, box_faces, light_face
from app.content.render.timber_scene import backdrop, bloom, lamp_amount, snow_amount, tree_at
from app.content.render.timber_stone import pier, terrace

DECK = 6.0  # deck level above the water (metres)
HALF_SPAN = 33.0  # half the length between the abutments
PIERS = (-22.0, -7.4, 7.4, 22.0)


def _gate(
    canvas: np.ndarray,
    cam: Camera,
    lit: Lighting,
    rng: np.random.Generator,
    x: float,
    snow: float,
    lamp: float,
) -> None:
    """A two-storey gate pavilion: a lower storey with a skirt roof, an upper hall with a paljak roof."""
    lower = Hall(
        x,
        0.0,
        bays=3,
        bay=3.2,
        dbays=3,
        dbay=3.0,
        base_y=DECK,
        platform=0.6,
        margin=0.8,
        col_h=4.2,
        bracket_h=0.9,
        overhang=1.8,
        roof_h=2.2,
        roof_kind="hip",
        infill="open",
        steps=False,
        snow=snow,
    )
    draw_hall(canvas, cam, lit, lower, rng, lamp)
    upper = Hall(
        x,
        0.0,
        bays=3,
        bay=2.7,
        dbays=2,
        dbay=2.9,
        base_y=lower.top_y + 1.2,
        platform=0.2,
        margin=0.2,
        col_h=2.9,
        bracket_h=0.9,
        overhang=2.0,
        roof_h=3.6,
        infill="open",
        railing=True,
        steps=False,
        snow=snow,
    )
    draw_hall(canvas, cam, lit, upper, rng, lamp)


def _deck(canvas: np.ndarray, cam: Camera, lit: Lighting, lamp: float) -> None:
    """The timber deck beams spanning pier to pier."""
    wood = np.asarray((0.40, 0.16, 0.11), np.float32)
    for corners, normal in box_faces(-HALF_SPAN, HALF_SPAN, DECK - 1.0, DECK, -4.8, 4.8, cam):
        colour = wood * light_face(lit, normal)
        if lamp > 0:
            colour = colour + np.asarray((0.5, 0.3, 0.1), np.float32) * np.float32(lamp)
        paint_polygon(canvas, cam.project(corners), tuple(colour))


def render(spec: RenderSpec) -> np.ndarray:
    """Render Woljeonggyo over the Namcheon (RGB uint8, ``spec.height × spec.width × 3``)."""
    rng = np.random.default_rng(spec.seed)
    lit = lighting_for(spec.light, spec.season)
    snow, lamp = snow_amount(spec), lamp_amount(spec)
    cam = Camera(
        spec.width,
        spec.height,
        (16.0 * spec.view, 3.0, -54.0 + 8.0 * abs(spec.view)),
        fov_deg=60.0,
        horizon=0.48,
    )
    canvas = backdrop(spec, cam, lit, rng, kind="grass", hill_height=0.13)
    for x, z in ((-52.0, 30.0), (-40.0, 40.0), (44.0, 34.0), (58.0, 26.0), (-12.0, 60.0), (15.0, 58.0)):
        tree_at(canvas, cam, lit, rng, x + rng.normal(0, 2), 0.0, z, 11.0 + rng.normal(0, 1.5))
    stone = floodlight(lit, (0.9, 0.62, 0.3)) if lamp > 0 else lit
    for sign in (-1.0, 1.0):
        terrace(
            canvas,
            cam,
            stone,
            *sorted((sign * HALF_SPAN, sign * 80.0)),
            0.0,
            DECK,
            -9.0,
            40.0,
            seed=spec.seed + 2,
            boulder_frac=0.0,
            snow=snow,
        )
    # piers far from the camera first, so nearer cut-waters overlap them
    for i, x in sorted(enumerate(PIERS), key=lambda p: -abs(p[1] - cam.eye[0])):
        pier(canvas, cam, stone, x, 0.0, 3.0, 10.0, -0.5, DECK - 1.0, seed=spec.seed + i)
    _deck(canvas, cam, stone, lamp)
    corridor = Hall(
        0.0,
        0.0,
        bays=18,
        bay=(2 * HALF_SPAN - 6.0) / 18,
        dbays=1,
        dbay=7.0,
        base_y=DECK,
        platform=0.25,
        margin=0.6,
        col_h=3.6,
        bracket_h=0.8,
        overhang=1.5,
        roof_h=3.0,
        roof_kind="gable",
        lift=0.35,
        infill="open",
        railing=True,
        steps=False,
        snow=snow,
    )
    draw_hall(canvas, cam, lit, corridor, rng, lamp * 0.9)
    for x in sorted((-HALF_SPAN - 2.0, HALF_SPAN + 2.0), key=lambda g: -abs(g - cam.eye[0])):
        _gate(canvas, cam, lit, rng, x, snow, lamp)
    if lamp > 0:
        bloom(canvas, threshold=0.5, radius=spec.width * 0.01, strength=1.0)
    water = float(cam.project([(0.0, 0.0, -6.0)])[0, 1])
    reflect(canvas, water, spec.height, lit, rng, color=(0.14, 0.20, 0.20))
    return finish(canvas, lit, rng)
