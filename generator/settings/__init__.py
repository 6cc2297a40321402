"""What a run is asked to do, and where that comes from.

``options.py`` the value a ``generate`` or ``check`` run carries through the stages;
``limits.py`` the resource limits for reading untrusted specs; ``project.py`` the one
reader of ``[tool.apismith]`` in ``pyproject.toml`` (or a ``--config`` file) and the
one ``ConfigError`` every malformed setting raises (exit code 2). The lint rules'
own table, ``[tool.apismith.lint]``, is interpreted in ``generator/lint/config.py``
from what this reader returns.
"""
