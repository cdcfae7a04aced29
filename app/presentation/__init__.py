"""Qt-free Presentation mode: the script format, the rehearsal and the live step runner with its cache.

``script`` parses and checks a pack's presentation script; ``operations`` are the app's real
restore / recognise / teach operations a live step runs; ``rehearse`` runs every live step headless
and stores its result in the pack's ``cache/``; ``live`` runs one step within its time budget and
falls back to that cache. See docs/presentation.md.
"""
