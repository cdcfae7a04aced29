"""``python -m app`` → the command-line entry point (no arguments opens the window)."""

from app.cli import main

raise SystemExit(main())
