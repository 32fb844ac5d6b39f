"""The README's Python blocks as files: run by tests/test_readme.py, type-checked by `make lint`.

    python -m tests.readme_blocks OUTDIR    # writes OUTDIR/readme_block_<n>.py, one per block
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

README = Path(__file__).resolve().parent.parent / "README.md"
_BLOCK = re.compile(r"^```python\n(.*?)^```", re.MULTILINE | re.DOTALL)
_SHELL_BLOCK = re.compile(r"^```bash\n(.*?)^```", re.MULTILINE | re.DOTALL)


def python_blocks(readme: Path = README) -> list[str]:
    """Every ```python block of the README, in order."""
    return [match.group(1) for match in _BLOCK.finditer(readme.read_text(encoding="utf-8"))]


def shell_blocks(readme: Path = README) -> list[str]:
    """Every ```bash block of the README, in order."""
    return [match.group(1) for match in _SHELL_BLOCK.finditer(readme.read_text(encoding="utf-8"))]


def is_test_module(block: str) -> bool:
    """A block that defines pytest tests runs under pytest rather than as a script."""
    return re.search(r"^(async )?def test_", block, re.MULTILINE) is not None


def write_blocks(outdir: Path) -> list[Path]:
    outdir.mkdir(parents=True, exist_ok=True)
    paths = []
    for index, block in enumerate(python_blocks(), start=1):
        prefix = "test_readme_block" if is_test_module(block) else "readme_block"
        path = outdir / f"{prefix}_{index}.py"
        path.write_text(block, encoding="utf-8")
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in write_blocks(Path(sys.argv[1])):
        print(written)
