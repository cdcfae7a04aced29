"""Cooperation demo packs (``.gjpack``): manifest schema, safe reading, signing, building, installing.

Qt-free. The UI and the CLI call :mod:`app.packs.operations`; see ``docs/packs.md`` for the format.
"""
