"""Smoke test of ``promosdk demo`` (what ``make demo`` runs) with a small N, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson

from promosdk.batch import ENDPOINTS
from promosdk.demo import build_setup


def test_demo_small_n_exercises_every_endpoint(tmp_path: Path) -> None:
    summary_path = tmp_path / "summary.json"
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMOSDK_")}
    proc = subprocess.run(
        [sys.executable, "-m", "promosdk", "demo", "--plans", "40", "--quiet", "--json-summary", str(summary_path),
         "--workdir", str(tmp_path / "work")],
        env=env,
        capture_output=True,
        timeout=60,
        check=False,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr.decode() + proc.stdout.decode()
    out = proc.stdout.decode()
    assert "Calls per endpoint" in out and "demo OK" in out
    result = orjson.loads(summary_path.read_bytes())
    assert result["ok"] is True
    assert all(check["ok"] for check in result["checks"]), result["checks"]
    batch = result["batch"]
    assert batch["complete"] and batch["processed"] == 40
    assert sorted(batch["endpoints_exercised"]) == sorted(ENDPOINTS)
    assert all(batch["calls"][name]["calls"] > 0 for name in ENDPOINTS)
    assert all(result["sandbox_requests"][name] > 0 for name in ENDPOINTS)
    assert batch["throughput_calls_per_s"] > 0 and batch["wall_time_s"] < 30
    results = (tmp_path / "work" / "results.jsonl").read_bytes().splitlines()
    assert len(results) == 40


def test_demo_setup_mix() -> None:
    setup = build_setup(1000, 20)
    assert len(setup.inputs) == 1000 and len(setup.unknown_urls) == 50
    assert len({line["url"] for line in setup.inputs}) == 1000
    kinds = {s.plan_status for s in setup.seeds}
    assert kinds == {0, 1, 2}
    assert sum(s.review_outcome == "agree" for s in setup.seeds) > 0.8 * len(setup.seeds)
    assert len(setup.spot_lines) == 20 and sum("=>" in line for line in setup.spot_lines) == 3
    assert len(setup.existing_spots) > 20  # listing them takes two pages
