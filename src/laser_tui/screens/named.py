"""The screens the command table opens by name, each imported when first opened."""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from textual.screen import Screen

SCREENS = {
    "concerns": "laser_tui.screens.concerns:ConcernsScreen",
    "compare": "laser_tui.screens.compare:CompareScreen",
    "checklist": "laser_tui.screens.checklist:ChecklistScreen",
    "decision": "laser_tui.screens.decision:DecisionScreen",
    "other_options": "laser_tui.screens.other_options:OtherOptionsScreen",
    "readiness": "laser_tui.screens.readiness:ReadinessScreen",
    "clinician": "laser_tui.screens.clinician:ClinicianScreen",
    "recovery": "laser_tui.screens.recovery:RecoveryScreen",
    "summary": "laser_tui.screens.summary:SummaryScreen",
    "chances": "laser_tui.screens.chances:ChancesScreen",
    "about": "laser_tui.screens.about:AboutScreen",
    "knowledge": "laser_tui.screens.knowledge:KnowledgeScreen",
}
"""The screens opened by name ("module:class"), imported when first opened: the first screen
needs only the home screen, and every module imported before it is painted slows start-up."""


def screen_class(name: str) -> type[Screen[None]]:
    """The class of the screen called ``name`` in ``SCREENS``."""
    module, _, class_name = SCREENS[name].partition(":")
    found: type[Screen[None]] = getattr(import_module(module), class_name)
    return found
