"""Smoke test of the benchmark suite: ``python -m benchmarks --quick`` runs and writes its results.

No timing is asserted (timing never decides a test). The benchmark's own dependencies (httpx,
pydantic, msgspec, matplotlib) are in the dev extra, so the test runs with the suite; in an
install without them it is skipped and says which are missing.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
BENCH_EXTRA = ("httpx", "pydantic", "msgspec", "matplotlib")
MISSING = [name for name in BENCH_EXTRA if importlib.util.find_spec(name) is None]

pytestmark = pytest.mark.skipif(
    bool(MISSING),
    reason=f"the bench extra is not installed (missing: {', '.join(MISSING)}); pip install -e '.[bench]'",
)


@pytest.mark.timeout(120)
def test_quick_benchmark_run_writes_its_results(tmp_path: Path) -> None:
    out = tmp_path / "bench"
    proc = subprocess.run(
        [sys.executable, "-m", "benchmarks", "--quick", "--output", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=110,
        check=False,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    results = out / "benchmarks.md"
    assert results.is_file()
    text = results.read_text(encoding="utf-8")
    for section in ("Throughput", "Decode", "single-flight", "Memory", "Import time"):
        assert section in text
    assert (out / "throughput.png").stat().st_size > 0
    assert "summary" in proc.stdout
