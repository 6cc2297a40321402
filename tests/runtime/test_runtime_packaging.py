"""The runtime works when copied into a package, and importing it stays cheap."""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
from pathlib import Path

RUNTIME = Path(__file__).resolve().parents[2] / "generator" / "runtime"
COPIED = sorted(p for p in RUNTIME.glob("*.py") if p.name != "__init__.py")


def test_runtime_imports_only_itself_relatively() -> None:
    siblings = {p.stem for p in COPIED}
    for path in COPIED:
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.ImportFrom) and node.level == 0:
                top = (node.module or "").split(".")[0]
                assert top not in siblings | {"generator"}, f"{path.name}: {top}"
            if isinstance(node, ast.Import):
                for alias in node.names:
                    assert alias.name.split(".")[0] != "generator", path.name


def test_copied_package_imports_cheaply(tmp_path: Path) -> None:
    package = tmp_path / "some_client"
    package.mkdir()
    for path in COPIED:
        shutil.copy(path, package / path.name)
    (package / "__init__.py").write_text(
        "from .configuration import Configuration as _Configuration\n\n"
        '_Configuration.DEFAULT_HOST = "https://spec.example/api"\n'
    )
    script = (
        "import sys\n"
        "import some_client.api_client as m\n"
        "heavy = [n for n in ('httpx', 'urllib3', 'asyncio', 'ssl') if n in sys.modules]\n"
        "print(heavy, m.Configuration().host)\n"
        "m.ApiClient().close()\n"
        "print('urllib3' in sys.modules, 'httpx' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["[] https://spec.example/api", "True False"]
