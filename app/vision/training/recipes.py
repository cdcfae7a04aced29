"""The catalogue of training recipes, by the name used on the command line.

Importing this module is cheap (no torch): the CLI lists the names without loading a recipe.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from app.domain.errors import InvalidInput

if TYPE_CHECKING:
    from app.vision.training.recipe import Recipe

# name → module holding ``RECIPE`` (or "module:ATTRIBUTE" for another recipe object in it);
# imported only when that recipe is run.
RECIPE_MODULES: dict[str, str] = {
    "inpaint": "app.vision.training.inpaint",
    "damage": "app.vision.training.damage",
    "sr_x2": "app.vision.training.superres",
    "inpaint_real": "app.vision.training.inpaint_real",
    "inpaint_real_long": "app.vision.training.inpaint_real:LONG_RECIPE",
    "inpaint_real_context": "app.vision.training.inpaint_real:CONTEXT_RECIPE",
    "damage_real": "app.vision.training.damage_real",
    "damage_real_wide": "app.vision.training.damage_real:WIDE_RECIPE",
    "damage_verifier": "app.vision.training.damage_verifier",
}


def get_recipe(name: str) -> Recipe:
    """The recipe called ``name``; an unknown name is an :class:`InvalidInput` listing the known ones."""
    try:
        target = RECIPE_MODULES[name]
    except KeyError:
        raise InvalidInput(f"There is no training recipe “{name}”; choose from {', '.join(RECIPE_MODULES)}.") from None
    module, _, attribute = target.partition(":")
    return getattr(importlib.import_module(module), attribute or "RECIPE")
