"""The exit codes of every ``apismith`` command (listed in ``generator.cli``'s docstring)."""

EXIT_OK, EXIT_FINDINGS, EXIT_INPUT, EXIT_OUTPUT, EXIT_BUG = 0, 1, 2, 3, 70
