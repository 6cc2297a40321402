"""Doc page file names: one per class, unique even on case-insensitive file systems."""

from __future__ import annotations

from collections.abc import Iterable

from generator.naming.namespace import numbered


def doc_pages(class_names: Iterable[str], api_classes: Iterable[str]) -> dict[str, str]:
    """Class name -> file name under ``docs/``; API classes are keyed ``api:<name>``.

    Classes claim in the order given (callers sort them, so the result does not depend
    on spec order) and keep their name; an API class whose name is taken gets ``-api``;
    any remaining case-insensitive clash gets a numeric suffix.
    """
    out: dict[str, str] = {}
    taken: set[str] = set()

    def claim(key: str, stem: str) -> None:
        candidate = numbered(stem, lambda name: name.lower() not in taken, sep="-")
        taken.add(candidate.lower())
        out[key] = candidate + ".md"

    for name in class_names:
        claim(name, name)
    for name in api_classes:
        claim("api:" + name, name if name not in out else name + "-api")
    return out
