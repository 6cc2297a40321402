"""``python -m generator`` is the ``apismith`` command."""

from generator.cli import entry

entry()
