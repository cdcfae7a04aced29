"""The kiosk's hands-on experiences (issue 14, item 5), in the order the home screen offers them.

Energy is not an experience of its own: every AI action in the others reports its time and energy
estimate on an :class:`~app.ui.kiosk.experiences.energy.EnergyBanner`.
"""

from __future__ import annotations

from app.ui.kiosk.experience import Experience
from app.ui.kiosk.experiences.heal import HealExperience
from app.ui.kiosk.experiences.see import SeeExperience
from app.ui.kiosk.experiences.teach import TeachExperience

EXPERIENCES: list[type[Experience]] = [HealExperience, SeeExperience, TeachExperience]

__all__ = ["EXPERIENCES", "HealExperience", "SeeExperience", "TeachExperience"]
