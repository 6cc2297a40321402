"""Import blocks for generated modules, laid out as isort/ruff expect.

Sections (future, standard library, third party, local) are separated by one
blank line; plain ``import`` lines precede ``from`` lines; names are sorted.
Templates receive the finished block as one string.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class ImportSet:
    plain: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    """section -> ``import x as y`` lines."""
    names: dict[str, dict[str, set[str]]] = field(
        default_factory=lambda: defaultdict(lambda: defaultdict(set))
    )
    """section -> module -> names."""

    def add_line(self, section: str, line: str) -> None:
        self.plain[section].add(line)

    def add(self, section: str, module: str, names: Iterable[str]) -> None:
        for name in names:
            self.names[section][module].add(name)

    def render(self) -> str:
        blocks: list[str] = []
        for section in ("future", "stdlib", "thirdparty", "local"):
            lines = sorted(self.plain.get(section, ()), key=lambda s: s.split()[1])
            modules = self.names.get(section, {})
            for module in sorted(modules, key=module_key):
                names = ", ".join(sorted(modules[module], key=name_key))
                lines.append(f"from {module} import {names}")
            if lines:
                blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def natural_key(text: str) -> tuple[tuple[int, int, str], ...]:
    """Natural order, as ruff's isort compares names: runs of digits by their value
    (``a2`` before ``a10``), everything else character by character; a digit sorts
    before ``_`` and letters, as in ASCII."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part) for part in _RUNS.findall(text)
    )


_RUNS = re.compile(r"\d+|\D+")


def module_key(module: str) -> tuple[int, tuple[tuple[int, int, str], ...]]:
    """Relative imports: furthest first (``..x`` before ``.x``), then by name."""
    dots = len(module) - len(module.lstrip("."))
    return (-dots, natural_key(module.lstrip(".").lower()))


def name_key(name: str) -> tuple[int, tuple[tuple[int, int, str], ...]]:
    """isort's default order: CONSTANTS, then Classes, then functions."""
    if name.isupper() and len(name) > 1:
        return (0, natural_key(name))
    if name[:1].isupper():
        return (1, natural_key(name))
    return (2, natural_key(name))
