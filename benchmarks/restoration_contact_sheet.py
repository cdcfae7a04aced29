"""Before/after contact sheet of the one-click restore (default options) on real photographs.

Rows of before | after pairs, each labelled with the steps that ran:

* real old photographs — either ``kensanata/face`` ``share/oldpics`` (portrait crops from old printed
  books and 1920s records, **CC0**: may be shipped, so this is the sheet in ``docs/``), pass its git
  directory with ``--cc0-old-photos``; or ``rmawngh/Old-Photo-3D`` ``Pairwise_comparison/original_old``
  (Library of Congress prints; no licence stated, so **for looking only**: never shipped or trained
  on), with ``--old-photos``;
* the aged heritage samples in ``assets/samples`` (``*-aged.jpg``, the first of each subject);
* clean real photos of the eval split (``--clean-groups``: BSDS500, ImageNet samples, Caltech-101;
  only Caltech-101, CC BY 4.0, for a sheet that is shipped).

Usage::

    python benchmarks/restoration_contact_sheet.py --cc0-old-photos /work/.mirror/kensanata+face/repo \\
        --clean-groups caltech101 --out docs/images/restoration_contact_sheet.jpg   # shippable
    python benchmarks/restoration_contact_sheet.py --old-photos /work/.mirror/rmawngh+Old-Photo-3D/repo \\
        --out .devdata/looked/restoration_contact_sheet.jpg   # not shipped: the old prints state no licence
"""

from __future__ import annotations

import argparse
import io
import subprocess
import sys
from pathlib import Path

import numpy as np

REPO_ROOT = Path(__file__).resolve().parents[1]
if str(REPO_ROOT) not in sys.path:
    sys.path.insert(0, str(REPO_ROOT))

CELL = 200
OLD_FOLDER = "Pairwise_comparison/original_old"
CC0_OLD_FOLDER = "share/oldpics"


def _git_images(gitdir: Path, folder: str, count: int) -> list[tuple[str, np.ndarray]]:
    from PIL import Image

    names = [
        name
        for name in subprocess.run(
            ["git", "--git-dir", str(gitdir), "ls-tree", "--name-only", f"HEAD:{folder}"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout.split()
        if name.lower().endswith((".png", ".jpg", ".jpeg"))
    ]
    step = max(1, len(names) // count)
    out = []
    for name in names[::step][:count]:
        blob = subprocess.run(
            ["git", "--git-dir", str(gitdir), "show", f"HEAD:{folder}/{name}"], capture_output=True, check=True
        ).stdout
        with Image.open(io.BytesIO(blob)) as image:
            out.append((name, np.asarray(image.convert("RGB")).copy()))
    return out


def _thumb(image: np.ndarray) -> np.ndarray:
    import cv2

    scale = CELL / max(image.shape[:2])
    small = cv2.resize(
        image,
        (max(1, round(image.shape[1] * scale)), max(1, round(image.shape[0] * scale))),
        interpolation=cv2.INTER_AREA,
    )
    cell = np.full((CELL, CELL, 3), 255, np.uint8)
    y, x = (CELL - small.shape[0]) // 2, (CELL - small.shape[1]) // 2
    cell[y : y + small.shape[0], x : x + small.shape[1]] = small
    return cell


def _pair(before: np.ndarray, after: np.ndarray, label: str) -> np.ndarray:
    import cv2

    pair = np.full((CELL + 16, 2 * CELL + 4, 3), 255, np.uint8)
    pair[:CELL, :CELL] = _thumb(before)
    pair[:CELL, CELL + 4 :] = _thumb(after)
    cv2.putText(pair, label[:44], (2, CELL + 12), cv2.FONT_HERSHEY_SIMPLEX, 0.33, (0, 0, 0), 1, cv2.LINE_AA)
    return pair


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--old-photos", type=Path, help="git dir of rmawngh/Old-Photo-3D (looking only)")
    parser.add_argument("--cc0-old-photos", type=Path, help="git dir of kensanata/face (CC0 old portraits)")
    parser.add_argument("--clean-groups", default="bsds500,imagenet_sample,caltech101")
    parser.add_argument("--per-group", type=int, default=12, help="old photos, and clean ones in all")
    parser.add_argument("--out", type=Path, default=REPO_ROOT / ".devdata" / "looked" / "restoration_contact_sheet.jpg")
    parser.add_argument("--columns", type=int, default=4)
    parser.add_argument("--aged", type=int, default=8, help="aged heritage samples, one per subject")
    args = parser.parse_args(argv)
    if not (args.old_photos or args.cc0_old_photos):
        parser.error("give --cc0-old-photos or --old-photos")

    import cv2
    import torch

    from app.vision.restoration.pipeline import restore
    from app.vision.training.realphotos import eval_rows, load_rows

    torch.set_num_threads(1)
    cases: list[tuple[str, str, np.ndarray]] = []
    if args.cc0_old_photos:
        cases += [("old", n, im) for n, im in _git_images(args.cc0_old_photos, CC0_OLD_FOLDER, args.per_group)]
    if args.old_photos:
        cases += [("old", n, im) for n, im in _git_images(args.old_photos, OLD_FOLDER, args.per_group)]
    # One aged render per subject (the first of each folder), so the sheet shows every kind of scene.
    firsts = [sorted(folder.glob("*-aged.jpg"))[:1] for folder in sorted((REPO_ROOT / "assets" / "samples").iterdir())]
    for path in [p for first in firsts for p in first][: args.aged]:
        from PIL import Image

        with Image.open(path) as image:
            cases.append(("aged sample", path.stem, np.asarray(image.convert("RGB")).copy()))
    groups = args.clean_groups.split(",")
    clean = load_rows(eval_rows({group: -(-args.per_group // len(groups)) for group in groups}))
    cases += [("clean", name.rsplit("/", 1)[-1], image) for name, image in zip(clean.names, clean.images, strict=True)]
    pairs = []
    for kind, name, image in cases:
        result = restore(image)
        ran = "+".join(s.name for s in result.steps if s.ran) or "unchanged"
        print(f"{kind:12} {name:40} {ran}")
        pairs.append(_pair(image, result.image, f"{kind}: {ran}"))
    rows = []
    for start in range(0, len(pairs), args.columns):
        row = pairs[start : start + args.columns]
        row += [np.full_like(pairs[0], 255)] * (args.columns - len(row))
        rows.append(np.concatenate([np.pad(p, ((0, 6), (0, 10), (0, 0)), constant_values=255) for p in row], axis=1))
    sheet = np.concatenate(rows, axis=0)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    cv2.imwrite(str(args.out), cv2.cvtColor(sheet, cv2.COLOR_RGB2BGR), [cv2.IMWRITE_JPEG_QUALITY, 80])
    print(f"{args.out}: {sheet.shape[1]}×{sheet.shape[0]}, {args.out.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
