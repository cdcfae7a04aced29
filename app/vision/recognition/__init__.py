"""Recognition: embeddings, heads, teach-by-example, calibration, explanations, similarity.

Importing this package is cheap (no torch), so the CLI can build its parser from it; the
modules inside import torch and are loaded only when a command runs.
"""

from __future__ import annotations

#: The tagger used when no ``--model`` is given.
DEFAULT_MODEL_ID = "heritage_types"

#: The top score at or above which an answer is shown as "most likely"; below it, as "perhaps".
#: Scores are temperature-calibrated probabilities, so a score says how often such an answer is
#: right: below 0.7 it is wrong at least three times in ten (at 0.5 as often as it is right), too
#: seldom right to be told as a fact, so people read it as a guess, with its percentage.
CONFIDENT_ANSWER = 0.7
