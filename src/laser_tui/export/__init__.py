"""Exports of the summary beyond Markdown: an accessible PDF and FHIR R4 resources.

Each needs an optional extra at run time (``pdf``: typst; ``fhir``: fhir.resources to check the
resources); none of this is imported before someone asks for an export.
"""
