"""Spec linting: a one-pass index of the document (``index``), rules as data plus pure
functions (``rules``), configuration (``config``), the engine that runs them
(``engine``) and output formats (``formats``). Structural validation is in
``generator.validate``; the CLI wiring in ``generator.cli.lint``.
"""
