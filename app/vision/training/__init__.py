"""Recipes that reproduce the restoration models the project ships (``gyeongju-ai train``).

See ``docs/training.md``. Inference entry points for the pipeline live in :mod:`.infer`.
"""
