"""Checking a FHIR resource against FHIR R4 with fhir.resources, when the fhir extra is installed.

fhir.resources' R4B models are used: R4B left Questionnaire and QuestionnaireResponse as in R4.
Without the extra the resource is written unchecked (it is built to the same rules).
"""

from __future__ import annotations

from typing import Any

from laser_tui.model.problems import InputProblem


def checked(resource: dict[str, Any]) -> dict[str, Any]:
    """``resource`` itself, once fhir.resources (if installed) has found it valid."""
    try:
        from fhir.resources.R4B import get_fhir_model_class
    except ImportError:
        return resource
    kind = resource["resourceType"]
    try:
        get_fhir_model_class(kind).model_validate(resource)
    except ValueError as error:
        first = " ".join(str(error).split())[:200]
        raise InputProblem(
            [f"the {kind} made here is not valid FHIR R4 ({first}); please report this"]
        ) from None
    return resource
