"""Recognition: embeddings, heads, teach-by-example, calibration, explanations, similarity.

Importing this package is cheap (no torch), so the CLI can build its parser from it; the
modules inside import torch and are loaded only when a command runs.
"""

from __future__ import annotations

#: The tagger used when no ``--model`` is given.
DEFAULT_MODEL_ID = "heritage_types"
