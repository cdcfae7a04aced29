"""``gyeongju-ai denoise|detect-damage|inpaint|restore|upscale|colorize``: restoration from the command line.

Each command runs the same Qt-free job the application uses, writes the result atomically next
to a provenance record (OUT + ".json"), prints one summary line on stdout and shows progress on
stderr. Bad input is one line on stderr and exit status 2 (handled by ``app.cli``). When the
museum has a signing identity the output carries signed Content Credentials (C2PA); a second
stdout line says whether it was signed and by whom, or why not.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app.domain.progress import Progress


def register(sub: argparse._SubParsersAction) -> None:
    """Add the restoration sub-commands to the top-level parser."""
    den = sub.add_parser("denoise", help="remove noise with FFDNet (noise level estimated or given)")
    den.add_argument("input", type=Path, metavar="IN", help="image to denoise (never modified)")
    den.add_argument("output", type=Path, metavar="OUT", help="where to save the result (.png, .tif, .jpg, …)")
    den.add_argument(
        "--sigma",
        default="auto",
        metavar="S|auto",
        help="noise level on the 0–255 scale, or auto (default) to measure it",
    )
    _common(den)
    den.set_defaults(handler=_denoise)

    det = sub.add_parser("detect-damage", help="find scratches, dust, cracks and stains; save them as a mask")
    det.add_argument("input", type=Path, metavar="IN", help="photo to examine (never modified)")
    det.add_argument("output", type=Path, metavar="MASK_OUT", help="where to save the mask (.png; white = damaged)")
    det.add_argument(
        "--detector",
        default="learned",
        choices=("learned", "classical"),
        help="learned network (default) or the classical scratch and speck filter",
    )
    det.add_argument(
        "--sensitivity",
        type=float,
        default=0.0,
        metavar="S",
        help="-1 … 1: mark less (< 0) or more (> 0) than the calibrated default (learned only)",
    )
    _common(det)
    det.set_defaults(handler=_detect_damage)

    inp = sub.add_parser("inpaint", help="fill the white areas of a mask")
    inp.add_argument("input", type=Path, metavar="IN", help="image to repair (never modified)")
    inp.add_argument("mask", type=Path, metavar="MASK", help="same-size image, white = repair")
    inp.add_argument("output", type=Path, metavar="OUT", help="where to save the result")
    inp.add_argument(
        "--method",
        default="learned",
        choices=("learned", "telea", "ns", "fsr"),
        help="inpainting method (default learned: the project's network; telea/ns/fsr: OpenCV)",
    )
    _common(inp)
    inp.set_defaults(handler=_inpaint)

    res = sub.add_parser("restore", help="measure the photo's condition and run the steps it needs")
    res.add_argument("input", type=Path, metavar="IN", help="image to restore (never modified)")
    res.add_argument("output", type=Path, metavar="OUT", help="where to save the result")
    res.add_argument("--report", type=Path, metavar="REPORT.json", help="also write the condition report here")
    res.add_argument(
        "--repair",
        action=argparse.BooleanOptionalAction,
        default=True,
        help="fill the scratches and dust the learned detector and its verifier are sure of (default on; "
        "--no-repair leaves all damage for the curator)",
    )
    res.add_argument(
        "--precision",
        choices=("float32", "int8"),
        default="float32",
        help="denoiser arithmetic: float32 (default, cleanest) or int8 (~40 %% less CPU on big scans, "
        "up to ~1 dB less clean at low noise)",
    )
    _common(res)
    res.set_defaults(handler=_restore)

    up = sub.add_parser("upscale", help="enlarge ×2 or ×4 with the learned super-resolution network")
    up.add_argument("input", type=Path, metavar="IN", help="image to enlarge (never modified)")
    up.add_argument("output", type=Path, metavar="OUT", help="where to save the result")
    up.add_argument("--scale", type=int, required=True, choices=(2, 4), help="enlargement factor")
    _common(up)
    up.set_defaults(handler=_upscale)

    col = sub.add_parser("colorize", help="colour a black-and-white photo from a reference photo or painted hints")
    col.add_argument("input", type=Path, metavar="IN", help="photo to colourise (never modified)")
    col.add_argument("output", type=Path, metavar="OUT", help="where to save the result")
    col.add_argument("--reference", type=Path, metavar="REF", help="a colour photo of a similar scene")
    col.add_argument(
        "--hints",
        type=Path,
        metavar="HINTS.png",
        help="a same-size copy of the photo with colour strokes painted where colours are known",
    )
    _common(col)
    col.set_defaults(handler=_colorize)


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--overwrite", action="store_true", help="replace OUT if it exists (never IN)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    parser.add_argument(
        "--passphrase-file",
        type=Path,
        metavar="F",
        help="passphrase of the museum's signing key, when it has one (Content Credentials)",
    )


def _progress(args: argparse.Namespace):
    if args.quiet or not sys.stderr.isatty():
        return lambda _p: None

    def report(p: Progress) -> None:
        sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message:<40}")
        sys.stderr.flush()

    return report


def _unlock(args: argparse.Namespace) -> None:
    """Hand --passphrase-file to the signing code (read when the job is made, before any work)."""
    if getattr(args, "passphrase_file", None) is not None:
        os.environ["GYEONGJU_AI_PASSPHRASE_FILE"] = str(args.passphrase_file)


def _run(args: argparse.Namespace, job) -> int:
    outcome = job.run(_progress(args))
    if not args.quiet and sys.stderr.isatty():
        sys.stderr.write("\n")
    print(f"{outcome.summary}; provenance in {outcome.sidecar}")
    print(outcome.credentials)
    return 0


def _denoise(args: argparse.Namespace) -> int:
    _unlock(args)
    from app.vision.restoration.denoise import parse_sigma
    from app.vision.restoration.files import denoise_file_job

    sigma = parse_sigma(args.sigma)
    return _run(args, denoise_file_job(args.input, args.output, sigma, overwrite=args.overwrite))


def _detect_damage(args: argparse.Namespace) -> int:
    _unlock(args)
    from app.vision.restoration.files import detect_damage_file_job

    job = detect_damage_file_job(
        args.input, args.output, args.detector, sensitivity=args.sensitivity, overwrite=args.overwrite
    )
    return _run(args, job)


def _inpaint(args: argparse.Namespace) -> int:
    _unlock(args)
    from app.vision.restoration.files import inpaint_file_job

    return _run(args, inpaint_file_job(args.input, args.mask, args.output, args.method, overwrite=args.overwrite))


def _restore(args: argparse.Namespace) -> int:
    _unlock(args)
    from app.vision.restoration.files import restore_file_job
    from app.vision.restoration.pipeline import RestoreOptions

    job = restore_file_job(
        args.input,
        args.output,
        report_path=args.report,
        options=RestoreOptions(repair=args.repair, precision=args.precision),
        overwrite=args.overwrite,
    )
    return _run(args, job)


def _colorize(args: argparse.Namespace) -> int:
    _unlock(args)
    from app.vision.restoration.files import colorize_file_job

    job = colorize_file_job(
        args.input, args.output, reference_path=args.reference, hints_path=args.hints, overwrite=args.overwrite
    )
    return _run(args, job)


def _upscale(args: argparse.Namespace) -> int:
    _unlock(args)
    from app.vision.restoration.files import upscale_file_job

    return _run(args, upscale_file_job(args.input, args.output, args.scale, overwrite=args.overwrite))
