"""``gyeongju-ai train RECIPE``: reproduce one of the restoration models the project ships."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from app.domain.errors import InvalidInput
from app.domain.progress import Progress
from app.vision.training.recipes import RECIPE_MODULES


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("train", help="train a restoration model from its recipe (CPU is fine, but slow)")
    parser.add_argument("recipe", choices=tuple(RECIPE_MODULES), help="which model to train")
    parser.add_argument("--steps", type=int, default=None, help="optimiser steps (default: the recipe's)")
    parser.add_argument("--out", type=Path, default=Path("trained-models"),
                        help="where <model_id>/weights.safetensors and model.toml go (default: trained-models)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0, the shipped models')")
    parser.add_argument("--workdir", type=Path, default=None,
                        help="checkpoint folder; an existing last.pt there is resumed (default: OUT/.work-RECIPE)")
    parser.add_argument("--threads", type=int, default=None, help="torch CPU threads (default: the recipe's, 2)")
    parser.add_argument("--device", default="cpu", help="torch device to train on, e.g. cuda (default cpu)")
    parser.add_argument("--workers", type=int, default=0,
                        help="processes that synthesise training batches (default 0: in the training process)")
    parser.add_argument("--batch-multiplier", type=int, default=1,
                        help="recipe batches concatenated per optimiser step (default 1; larger on a GPU)")
    parser.add_argument("--minutes", type=float, default=None,
                        help="wall-clock budget: the step count is shortened to fit it after a short rate probe")
    parser.add_argument("--lr", type=float, default=None, help="peak learning rate (default: the recipe's)")
    parser.add_argument("--init-from", type=Path, default=None, metavar="WEIGHTS.safetensors",
                        help="start from these weights (fine-tuning) instead of random ones")
    parser.set_defaults(handler=_train)


def _report(p: Progress) -> None:
    sys.stderr.write(f"\r[{p.fraction:6.1%}] {p.message:<56}")
    sys.stderr.flush()


def _train(args: argparse.Namespace) -> int:
    from app.vision.training.recipes import get_recipe

    if args.steps is not None and args.steps < 1:
        raise InvalidInput("--steps must be at least 1.")
    if args.lr is not None and not 0 < args.lr < 1:
        raise InvalidInput("--lr must be between 0 and 1.")
    if args.init_from is not None and not args.init_from.is_file():
        raise InvalidInput(f"--init-from “{args.init_from}” is not a file.")
    if args.workers < 0 or args.batch_multiplier < 1 or (args.minutes is not None and args.minutes <= 0):
        raise InvalidInput("--workers must be ≥ 0, --batch-multiplier ≥ 1 and --minutes > 0.")
    _check_device(args.device)
    logging.getLogger("app.vision.training").setLevel(logging.INFO)
    recipe = get_recipe(args.recipe)
    from app.vision.training.recipe import run_recipe

    folder, result, metrics = run_recipe(recipe, args.out, steps=args.steps, seed=args.seed,
                                         workdir=args.workdir, threads=args.threads, progress=_report,
                                         accelerator={"device": args.device, "workers": args.workers,
                                                      "batch_multiplier": args.batch_multiplier,
                                                      "minutes": args.minutes},
                                         lr=args.lr, init_from=args.init_from)
    sys.stderr.write("\n")
    summary = {k: v for k, v in metrics.items() if isinstance(v, int | float)}
    print(f"trained {recipe.model_id} for {result.steps} steps (best at {result.best_step}) → {folder}")
    print(json.dumps(summary, indent=2))
    return 0


def _check_device(name: str) -> None:
    import torch

    try:
        device = torch.device(name)
    except RuntimeError:
        raise InvalidInput(f"--device {name!r} is not a torch device name (try cpu or cuda).") from None
    if device.type == "cuda" and not torch.cuda.is_available():
        raise InvalidInput("--device cuda was asked for, but this machine has no usable CUDA GPU.")
