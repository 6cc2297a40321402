"""``python -m generator`` is the ``apismith`` command."""

from generator.cli import main

raise SystemExit(main())
