"""A scope of names that hands out each name once and records every rename."""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field


def numbered(base: str, free: Callable[[str], bool], *, sep: str = "_") -> str:
    """``base`` if ``free`` says so, else the first free ``base{sep}2``, ``base{sep}3``..."""
    candidate, index = base, 1
    while not free(candidate):
        index += 1
        candidate = f"{base}{sep}{index}"
    return candidate


@dataclass
class Rename:
    kind: str
    original: str
    final: str
    reason: str
    pointer: str = ""


@dataclass
class Namespace:
    """One scope of names (a package's modules, a class's attributes, ...).

    ``reserved`` names can never be handed out; ``fold`` makes collisions
    case-insensitive (for module and file names).
    """

    kind: str
    reserved: frozenset[str] = frozenset()
    fold: bool = False
    taken: dict[str, str] = field(default_factory=dict)
    renames: list[Rename] = field(default_factory=list)
    claimed_at: dict[str, str] = field(default_factory=dict)
    """Where each taken name's owner is (its pointer), for rename messages."""

    def _key(self, name: str) -> str:
        return name.lower() if self.fold else name

    def is_free(self, name: str) -> bool:
        return self._key(name) not in self.taken and self._key(name) not in self._reserved_keys()

    def claim(self, original: str, desired: str, *, pointer: str = "", style: str = "snake") -> str:
        """Give out ``desired`` or, if taken or reserved, the first free variant.

        ``style="snake"``: ``class`` -> ``class_``, collisions ``name_2``;
        ``style="class"``: ``Field`` -> ``FieldModel``, collisions ``Name2``.
        """
        reason = ""
        name = desired
        if self._key(name) in self._reserved_keys():
            name = f"{name}Model" if style == "class" else f"{name}_"
            reason = f"{desired!r} is reserved"
        if not self.is_free(name):
            key = self._key(name)
            clash = self.taken.get(key, name)
            where = self.claimed_at.get(key, "")
            name = numbered(name, self.is_free, sep="" if style == "class" else "_")
            if not reason:
                reason = f"{desired!r} collides with {clash!r}"
                if where and where != pointer and clash in (original, desired):
                    # The same spelling on both sides: say which one came first.
                    reason += f" at #{where}" if where.startswith("/") else f" at {where}"
        self.taken[self._key(name)] = original
        if pointer:
            self.claimed_at[self._key(name)] = pointer
        if reason:
            self.renames.append(Rename(self.kind, original, name, reason, pointer))
        return name

    def _reserved_keys(self) -> frozenset[str]:
        # claim() asks for it several times per name, and every model's fields have a
        # namespace with the same reserved words: computed once per (words, folding).
        return _folded(self.reserved) if self.fold else self.reserved


@functools.cache
def _folded(reserved: frozenset[str]) -> frozenset[str]:
    return frozenset(name.lower() for name in reserved)
