"""The collection catalogue: one SQLite database per collection, and named operations on it.

Qt-free by contract (see ``pyproject.toml``): the CLI calls these operations today and the
Curator Studio UI will call the same ones through ``app/ui/runner.py``. The public surface is in
:mod:`app.catalog.operations`.
"""
