"""Run codegen on a spec folder into another output folder, as the drift and registry tests do."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def regenerate(spec_dir: Path, out: Path, *, docs: Path | None = None) -> None:
    """``python -m codegen --spec-dir SPEC --out OUT [--docs DOCS]``; fails the test on an error."""
    command = [sys.executable, "-m", "codegen", "--spec-dir", str(spec_dir), "--out", str(out)]
    if docs is not None:
        command += ["--docs", str(docs)]
    result = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr
