"""A contact sheet of the built sample set: every variant, clean above aged, labelled by id."""

from __future__ import annotations

import cv2
import numpy as np

from app.content.samples import SampleIndex
from app.imaging.io import load_preview

CELL = (320, 240)
LABEL_H = 22


def _label(cell: np.ndarray, text: str) -> np.ndarray:
    bar = np.full((LABEL_H, cell.shape[1], 3), 24, np.uint8)
    # Hershey fonts are ASCII-only, which is why labels use the sample ids, not the Korean names.
    cv2.putText(bar, text, (6, 16), cv2.FONT_HERSHEY_SIMPLEX, 0.42, (236, 230, 218), 1, cv2.LINE_AA)
    return np.vstack([cell, bar])


def contact_sheet(index: SampleIndex, columns: int = 8, aged: bool = True) -> np.ndarray:
    """One image with a thumbnail of every sample (and its aged copy beneath when ``aged``)."""
    cells: list[np.ndarray] = []
    for entry in index.entries:
        clean = cv2.resize(load_preview(index.root / entry.clean_file, max(CELL)).pixels, CELL)
        tile = _label(clean, entry.id)
        if aged:
            old = cv2.resize(load_preview(index.root / entry.aged_file, max(CELL)).pixels, CELL)
            tile = np.vstack([tile, _label(old, "aged copy")])
        cells.append(tile)
    blank = np.full_like(cells[0], 16)
    while len(cells) % columns:
        cells.append(blank)
    rows = [np.hstack(cells[i : i + columns]) for i in range(0, len(cells), columns)]
    return np.vstack(rows)
