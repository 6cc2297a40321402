"""apismith: OpenAPI client and docs generator, validator and linter.

The pipeline is ``load -> validate -> parse (IR) -> render -> format -> write``;
each stage is a module importable on its own (see ``docs/architecture`` in the
README).
"""

__version__ = "0.1.0"
