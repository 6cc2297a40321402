"""What a ``generate`` or ``check`` run is asked to do: one value, shared by the stages."""

from __future__ import annotations

import functools
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.settings.limits import DEFAULT_LIMITS, Limits


@dataclass(frozen=True)
class Options:
    spec: Path
    output: Path
    package_name: str | None = None
    docs_style: str = "openapi-generator"
    docs: bool = True
    templates: Path | None = None
    use_cache: bool = True
    format: str = "layout"
    """"layout": the code is emitted in black's style and black never runs;
    "black": black (with its cache) also runs on every Python file."""
    limits: Limits = DEFAULT_LIMITS
    validate: bool = True
    tags: str = "first"
    """"first": an operation is generated in its first tag's API class only;
    "all": in the class of each of its tags."""

    def output_settings(self) -> dict[str, object]:
        """The options that can change what is written (not where, not how fast)."""
        return {
            "package_name": self.package_name,
            "docs_style": self.docs_style,
            "docs": self.docs,
            "validate": self.validate,
            "tags": self.tags,
            "limits": asdict(self.limits),
        }

    @functools.cached_property
    def run_key(self) -> str:
        """The run record's key (hashes apismith's code once per run, not per use)."""
        from generator.output.record import run_key

        formatter = None
        if self.runs_black:
            from generator.output.format import formatter_id

            formatter = formatter_id()
        return run_key(
            self.spec, self.output, self.output_settings(), self.templates, formatter=formatter
        )

    @property
    def runs_black(self) -> bool:
        """black runs only where apismith cannot vouch for the layout: a user's
        templates, or when asked with ``--format black``."""
        return self.format == "black" or self.templates is not None
