"""``gyeongju-ai kiosk``: the unattended exhibition kiosk, its watchdog, soak test and screenshots."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from app.domain.errors import InvalidInput


def register(sub: argparse._SubParsersAction) -> None:
    parser = sub.add_parser("kiosk", help="run the full-screen exhibition kiosk")
    parser.add_argument("--config", type=Path, help="kiosk.toml (default: built-in settings)")
    parser.add_argument(
        "--content",
        help="folder of heritage images, a .gjpack pack file or an installed pack id (default: the samples)",
    )
    parser.add_argument("--watchdog", action="store_true", help="restart the kiosk after a crash or freeze")
    parser.add_argument("--soak", type=int, metavar="N", help="run a scripted visitor for N interactions, then exit")
    parser.add_argument("--json", action="store_true", help="with --soak: print one JSON object")
    parser.add_argument("--set-pin", action="store_true", help="set the operator PIN in --config (asks for it)")
    parser.add_argument("--screenshots", type=Path, metavar="DIR", help="save every kiosk screen as PNG, then exit")
    parser.add_argument("--heartbeat", type=Path, help=argparse.SUPPRESS)
    parser.set_defaults(handler=_kiosk)


def _kiosk(args: argparse.Namespace) -> int:
    from app.kiosk.config import load_config, save_config
    from app.kiosk.logs import kiosk_dir
    from app.kiosk.pack_content import resolve_kiosk_content

    if args.json and args.soak is None:
        raise InvalidInput("--json goes with --soak N.")
    if args.soak is not None and not 1 <= args.soak <= 1_000_000:
        raise InvalidInput("--soak needs a number of interactions from 1 to 1000000.")
    if args.set_pin:
        if args.config is None:
            raise InvalidInput("--set-pin needs --config kiosk.toml to store the PIN in.")
        config = load_config(args.config) if args.config.exists() else load_config(None)
        prompt = "New operator PIN (4–12 digits): "
        pin = getpass.getpass(prompt) if sys.stdin.isatty() else sys.stdin.readline().strip()
        save_config(config.with_pin(pin), args.config)
        sys.stdout.write(f"The operator PIN is set in {args.config}.\n")
        return 0
    config = load_config(args.config)
    # Checked before the watchdog starts anything: a bad pack is one sentence, not a restart loop.
    content_dir = resolve_kiosk_content(args.content or config.content_dir or None, kiosk_dir() / "pack-content")
    if args.watchdog:
        return _watchdog(args)
    headless = args.soak is not None or args.screenshots is not None
    if headless and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.soak is not None:
        from app.ui.kiosk.headless import soak

        result = soak(config, content_dir, args.soak)
        if args.json:
            sys.stdout.write(json.dumps(result) + "\n")
        else:
            for key, value in result.items():
                sys.stdout.write(f"{key:>16}: {value}\n")
        return 0 if result["exceptions"] == 0 else 1
    if args.screenshots is not None:
        from app.ui.kiosk.screens import kiosk_screenshots

        for path in kiosk_screenshots(config, content_dir, args.screenshots):
            sys.stdout.write(f"{path}\n")
        return 0
    from app.ui.kiosk.launch import run_kiosk

    return run_kiosk(config, content_dir, config_path=args.config, heartbeat_path=args.heartbeat)


def _watchdog(args: argparse.Namespace) -> int:
    from app.kiosk.logs import configure_kiosk_logging, kiosk_dir
    from app.kiosk.watchdog import Watchdog

    folder = kiosk_dir()
    configure_kiosk_logging(folder, "watchdog.log")
    heartbeat = args.heartbeat or folder / "heartbeat"
    command = [sys.executable, "-m", "app", "kiosk", "--heartbeat", str(heartbeat)]
    if args.config is not None:
        command += ["--config", str(args.config)]
    if args.content:
        command += ["--content", args.content]
    return Watchdog(command, heartbeat).run()
