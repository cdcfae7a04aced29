"""Surface shaders for Korean timber architecture: dancheong beams, columns, doors, walls, soffits.

Each factory returns a ``fill(yy, xx) -> colours`` callable for
:func:`app.content.render.canvas.paint_polygon`. Shaders work in surface
coordinates (metres along and up the surface) obtained from a projected quad
(:func:`app.content.render.timber_geom.quad_uv`), so patterns stay in
perspective and scale with the image. Fine ornament fades out when it would be
smaller than about two pixels, which keeps thumbnails free of moiré.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from app.content.render.canvas import Color, mix, smoothstep

Shader = Callable[[np.ndarray, np.ndarray], np.ndarray]
UV = Callable[[np.ndarray, np.ndarray], tuple[np.ndarray, np.ndarray]]

# Dancheong palette (mineral pigments as they look weathered in daylight)
GREEN: Color = (0.20, 0.50, 0.40)  # noerok / samnok, the ground colour of beams and brackets
BLUE: Color = (0.16, 0.34, 0.55)  # samcheong
RED: Color = (0.66, 0.20, 0.13)  # juhong
OCHRE: Color = (0.82, 0.60, 0.24)
WHITE: Color = (0.92, 0.90, 0.83)
COLUMN_RED: Color = (0.56, 0.19, 0.13)  # tojuseok-red columns
WOOD: Color = (0.55, 0.38, 0.24)  # oiled, unpainted timber
PAPER: Color = (0.90, 0.87, 0.78)  # hanji behind lattice
PLASTER: Color = (0.88, 0.85, 0.78)  # lime-washed walls

_BANDS = np.array([RED, WHITE, BLUE, WHITE, OCHRE, RED, WHITE, GREEN], np.float32)


def detail(px_per_m: float, size_m: float) -> float:
    """Visibility 0..1 of a motif ``size_m`` metres wide at ``px_per_m`` (fades below ~2 px)."""
    return float(smoothstep(1.2, 3.5, px_per_m * size_m))


def beam(
    uv: UV, length: float, height: float, px_per_m: float, light: np.ndarray, ground: Color = GREEN
) -> Shader:
    """A dancheong-painted beam: green body, banded *meori-cho* ends with a flower roundel.

    ``uv`` maps pixels to (0..1 along, 0..1 down) the beam face; ``light`` is the
    RGB light multiplier of the face (shape (3,) or per-pixel via broadcasting).
    """
    vis = detail(px_per_m, height * 0.12)
    end_len = min(height * 2.2, length * 0.3)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        along = np.clip(u, 0.0, 1.0) * length
        d = np.minimum(along, length - along)  # distance to the nearer beam end (m)
        colour = np.broadcast_to(np.asarray(ground, np.float32), d.shape + (3,)).copy()
        band = np.clip((d / (height * 0.14)).astype(np.int64), 0, len(_BANDS) - 1)
        ends = (d < end_len)[..., None] * vis
        colour = mix(colour, _BANDS[band], ends)
        # roundel: concentric rings centred a little way in from each end
        r = np.hypot((d - end_len * 0.55) / (height * 0.5), (v - 0.5) / 0.42)
        ring = np.cos(r * 9.0) * 0.5 + 0.5
        flower = (r < 1.0)[..., None] * vis
        colour = mix(
            colour,
            mix(np.asarray(RED, np.float32), np.asarray(WHITE, np.float32), ring[..., None]),
            flower * 0.85,
        )
        # a thin white rule and dark arris along top and bottom
        edge = np.minimum(np.abs(v), np.abs(1.0 - v))
        colour = colour * (1.0 - 0.35 * smoothstep(0.09, 0.0, edge))[..., None]
        colour = mix(
            colour, WHITE, (smoothstep(0.16, 0.12, edge) * smoothstep(0.08, 0.11, edge) * vis)[..., None]
        )
        return colour * light

    return fill


def column(
    x_centre: float,
    half_px: float,
    base: Color,
    lit_shade: Callable[..., np.ndarray],
    glow: float = 0.0,
    y_glow: tuple[float, float] = (0.0, 1.0),
) -> Shader:
    """A round column: cylindrical shading across its width, optional lamp glow from the foot."""
    rgb = np.asarray(base, np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        nx = np.clip((xx - x_centre) / max(half_px, 0.5), -1.0, 1.0)
        nz = np.sqrt(np.clip(1.0 - nx * nx, 0.0, 1.0))
        colour = rgb * lit_shade(nx, np.zeros_like(nx), nz)
        if glow > 0.0:
            y0, y1 = y_glow
            foot = smoothstep(y0, y1, yy) * (0.5 + 0.5 * nz)
            colour = colour + (foot * glow)[..., None] * rgb * np.float32(1.6)
        return colour

    return fill


def lattice_door(
    uv: UV,
    width: float,
    height: float,
    px_per_m: float,
    light: np.ndarray,
    frame: Color = WOOD,
    behind: Color = PAPER,
    pitch: float = 0.16,
    panels: int = 2,
    interior: float = 0.0,
) -> Shader:
    """Paired lattice doors: wooden frames, a square lattice over paper, solid lower panels.

    ``interior`` > 0 makes the paper glow warm (a lamp-lit room at night).
    """
    vis = detail(px_per_m, pitch * 0.25)
    fr = np.asarray(frame, np.float32)
    paper = np.asarray(behind, np.float32) * light
    if interior > 0.0:
        paper = np.asarray((1.0, 0.72, 0.38), np.float32) * np.float32(0.5 + 0.9 * interior)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        x = u * width
        y = v * height
        leaf_w = width / panels
        lx = x % leaf_w
        stile = np.minimum(lx, leaf_w - lx) < 0.07
        rail = (y < 0.07) | (y > height - 0.07) | (np.abs(y - height * 0.78) < 0.04)
        lower = y > height * 0.78
        gx = np.abs(((lx - 0.07) % pitch) - pitch / 2) > pitch * 0.38
        gy = np.abs(((y - 0.07) % pitch) - pitch / 2) > pitch * 0.38
        bars = (gx | gy) & ~lower
        solid = stile | rail | lower
        wood = fr * light * (0.85 + 0.15 * np.cos(x * 40.0))[..., None]
        frame_mix = np.clip(solid.astype(np.float32) + bars.astype(np.float32) * vis, 0.0, 1.0)
        # where the lattice is too fine to resolve, it reads as paper seen through a screen
        mesh = (1.0 - vis) * 0.45
        colour = mix(paper, wood, np.maximum(frame_mix, mesh * (~solid))[..., None])
        return colour * (1.0 - 0.25 * lower[..., None])

    return fill


def plaster_wall(
    uv: UV,
    width: float,
    height: float,
    px_per_m: float,
    light: np.ndarray,
    noise: np.ndarray | None = None,
    post: Color = WOOD,
) -> Shader:
    """Lime-plastered infill with a timber frame (posts at the sides, a mid rail)."""
    vis = detail(px_per_m, 0.12)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        x, y = u * width, v * height
        frame = (np.minimum(x, width - x) < 0.09) | (np.abs(y - height * 0.55) < 0.06 * vis)
        base = np.asarray(PLASTER, np.float32)
        tone = 1.0 if noise is None else (0.92 + 0.1 * noise[: yy.shape[0], : yy.shape[1]])[..., None]
        colour = mix(base * tone, np.asarray(post, np.float32), frame[..., None].astype(np.float32))
        return colour * light

    return fill


def soffit(
    uv: UV, length: float, depth: float, px_per_m: float, light: np.ndarray, glow: float = 0.0
) -> Shader:
    """Underside of the eaves: green rafters over red-ochre boards, darker towards the wall."""
    pitch = 0.32
    vis = detail(px_per_m, pitch * 0.3)
    green = np.asarray(GREEN, np.float32) * 0.8
    board = np.asarray((0.70, 0.34, 0.20), np.float32)
    lamp = np.asarray((1.1, 0.72, 0.35), np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        g = ((u * length) % pitch) / pitch - 0.5
        rafter = smoothstep(0.3, 0.2, np.abs(g)) * vis + (1.0 - vis) * 0.55
        colour = mix(board, green, rafter[..., None])
        # painted rafter ends just behind the eave edge
        tip = smoothstep(0.05, 0.02, np.abs(v - 0.06)) * rafter * vis
        colour = mix(colour, np.asarray(WHITE, np.float32), (tip * 0.7)[..., None])
        occlusion = 1.0 - 0.45 * smoothstep(0.2, 1.0, v)
        colour = colour * occlusion[..., None] * light
        if glow > 0.0:
            colour = colour + (glow * (0.4 + 0.6 * smoothstep(0.0, 1.0, v)))[..., None] * lamp * board
        return colour

    return fill


def bracket_band(
    uv: UV,
    length: float,
    height: float,
    sets: np.ndarray,
    px_per_m: float,
    light: np.ndarray,
    glow: float = 0.0,
) -> Shader:
    """The bracket zone under the eaves: stepped bracket sets (gongpo) on a dark red ground.

    ``sets`` are positions (metres along the band) of the bracket-set centres.
    Each set widens upwards in three tiers of green arms with white edges and red
    bearing blocks.
    """
    vis = detail(px_per_m, 0.12)
    centres = np.sort(np.asarray(sets, np.float32))
    ground = np.asarray((0.36, 0.12, 0.09), np.float32)
    lamp = np.asarray((1.2, 0.75, 0.35), np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        x = u * length
        h = (1.0 - v) * height  # metres up from the band's foot
        idx = np.clip(np.searchsorted(centres, x), 1, max(len(centres) - 1, 1))
        near = np.where(
            np.abs(x - centres[idx - 1]) < np.abs(x - centres[np.minimum(idx, len(centres) - 1)]),
            centres[idx - 1],
            centres[np.minimum(idx, len(centres) - 1)],
        )
        dx = np.abs(x - near)
        tier = np.clip((h / height * 3.0).astype(np.int64), 0, 2)
        half = 0.18 + 0.32 * tier.astype(np.float32)  # arms widen tier by tier
        frac = (h / height * 3.0) % 1.0
        arm = (dx < half) & (frac > 0.35)
        block = (dx < 0.16 + 0.04 * tier) & (frac <= 0.35)
        colour = np.broadcast_to(ground, x.shape + (3,)).copy()
        colour = mix(
            colour, np.asarray(GREEN, np.float32), arm[..., None].astype(np.float32) * (0.4 + 0.6 * vis)
        )
        colour = mix(colour, np.asarray(RED, np.float32) * 0.9, block[..., None].astype(np.float32) * vis)
        rim = arm & ((frac > 0.88) | (np.abs(dx - half) < 0.04))
        colour = mix(colour, np.asarray(WHITE, np.float32), (rim * vis * 0.8)[..., None].astype(np.float32))
        colour = colour * (0.55 + 0.45 * (h / height))[..., None] * light  # deeper shade under the eaves
        if glow > 0.0:
            colour = colour * (1.0 + 1.5 * glow) + (glow * 0.25 * (0.4 + 0.6 * v))[..., None] * lamp
        return colour

    return fill


def dressed_stone(
    uv: UV,
    width: float,
    height: float,
    px_per_m: float,
    light: np.ndarray,
    base: Color = (0.70, 0.67, 0.61),
    course: float = 0.45,
    block: float = 1.3,
    seed: int = 0,
) -> Shader:
    """Long granite slabs in courses (a stone platform face), with jittered tones."""
    vis = detail(px_per_m, 0.03)
    rng = np.random.default_rng(seed)
    table = rng.normal(0.0, 0.06, 997).astype(np.float32)
    stone = np.asarray(base, np.float32)

    def fill(yy: np.ndarray, xx: np.ndarray) -> np.ndarray:
        u, v = uv(yy, xx)
        x, y = u * width, v * height
        row = np.floor(y / course).astype(np.int64)
        shift = (row % 2) * block * 0.5
        col = np.floor((x + shift) / block).astype(np.int64)
        tone = 1.0 + table[(row * 31 + col * 7) % 997]
        jx = np.abs(((x + shift) / block) % 1.0 - 0.5) * block
        jy = np.abs((y / course) % 1.0 - 0.5) * course
        joint = np.maximum(
            smoothstep(block / 2 - 0.025, block / 2, jx), smoothstep(course / 2 - 0.02, course / 2, jy)
        )
        tone = tone * (1.0 - 0.45 * joint * vis)
        return stone * tone[..., None] * light

    return fill
