"""Checking example and default values against the schema they belong to: ``checker``
runs jsonschema-rs, ``quick`` skips values that plainly match, ``keywords`` runs the
keywords jsonschema-rs cannot, ``dialect`` turns OpenAPI's schema spelling into JSON
Schema."""

from generator.lint.values.checker import checker_for

__all__ = ["checker_for"]
