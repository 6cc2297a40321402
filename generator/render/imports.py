"""Import blocks for generated modules, laid out as isort/ruff expect.

Sections (future, standard library, third party, local) are separated by one
blank line; plain ``import`` lines precede ``from`` lines; names are sorted.
Templates receive the finished block as one string.
"""

from __future__ import annotations

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
            for module in sorted(modules, key=_module_key):
                names = ", ".join(sorted(modules[module], key=_name_key))
                lines.append(f"from {module} import {names}")
            if lines:
                blocks.append("\n".join(lines))
        return "\n\n".join(blocks)


def _module_key(module: str) -> tuple[int, str]:
    """Relative imports: furthest first (``..x`` before ``.x``), then by name."""
    dots = len(module) - len(module.lstrip("."))
    return (-dots, module.lstrip(".").lower())


def _name_key(name: str) -> tuple[int, str]:
    """isort's default order: CONSTANTS, then Classes, then functions."""
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)
