"""Smoke test of ``promosdk demo`` (what ``make demo`` runs) with a small N, in a subprocess."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import orjson
import pytest

from promosdk.batch import ENDPOINTS
from promosdk.demo import MONEY_LINK_INFO, MONEY_SPOT, build_setup
from tests.test_promoter_api import GET_RULES_BUG, UNSET_LIST_BUG

# The money flow needs product.list and order.search, which two known runtime bugs break (see
# tests/test_promoter_api.py): the demo then reports a failed check. Runs normally once fixed.
money_flow_bugs = pytest.mark.xfail(
    GET_RULES_BUG or UNSET_LIST_BUG, reason="known runtime bugs", raises=AssertionError, strict=True
)


@money_flow_bugs
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

    # The money flow: spot -> share link -> purchase -> order.search (spot, fen) -> settled.
    checks = {check["check"]: check for check in result["checks"]}
    flow = [name for name in checks if name.startswith("money flow: ")]
    assert flow == [
        "money flow: share link bound to the spot", "money flow: open account",
        "money flow: purchase found by order.search", "money flow: settled",
        "money flow: orders export row", "money flow: custom-component order", "money flow: clean-up",
    ]  # fmt: skip
    order = result["money_flow"]["order"]
    assert order["spot"] == MONEY_SPOT and order["price_fen"] == order["quantity"] * order["unit_fen"] > 0
    assert order["price"] == f"¥{order['price_fen'] // 100}.{order['price_fen'] % 100:02d}"
    assert 0 < order["commission_fen"] < order["price_fen"]
    found = checks["money flow: purchase found by order.search"]["detail"]
    assert f"order {order['order_id']}, spot {MONEY_SPOT}: {order['price']} = {order['price_fen']} fen, pending" == found
    assert checks["money flow: settled"]["detail"].startswith(f"commission ¥{order['commission_fen'] / 100:.2f} = ")
    line = " ".join(out.split())  # the console wraps long lines
    assert (
        f"money flow: spot {MONEY_SPOT} -> share link -> order {order['order_id']} "
        f"({order['quantity']} x {order['unit_fen']} = {order['price_fen']} fen) -> settled, "
        f"commission {order['commission_fen']} fen -> orders export row"
    ) in line
    # what `promosdk orders export` wrote: the order's row with the spot and the amounts in fen
    export = result["money_flow"]["orders_export"]
    row = export["row"]
    assert (row["order_id"], row["promotion_pid"], row["promotion_name"]) == (order["order_id"], order["pid"], MONEY_SPOT)
    assert (row["price"], row["price_fen"], row["product_cnt"]) == (order["price"], order["price_fen"], order["quantity"])
    assert (row["commission_status"], row["commission_fen"]) == ("SETTLEMENT_SUCCESS", order["commission_fen"])
    assert row["customize_info"] == MONEY_LINK_INFO and row["custom_user_id"] == "member-0042"
    exported = (tmp_path / "work" / export["file"]).read_text(encoding="utf-8").splitlines()
    assert exported[0].startswith("order_id,line,") and any(r.startswith(f"{order['order_id']},1,") for r in exported)
    for op_id in ENDPOINTS:  # the promoter endpoints are the money flow's; each was answered without error
        if op_id.split(".")[0] in {"product", "open_account", "open_product", "order"} or op_id == "promotion.delete":
            assert batch["calls"][op_id]["errors"] == 0, op_id


def test_demo_setup_mix() -> None:
    setup = build_setup(1000, 20)
    assert len(setup.inputs) == 1000 and len(setup.unknown_urls) == 50
    assert len({line["url"] for line in setup.inputs}) == 1000
    kinds = {s.plan_status for s in setup.seeds}
    assert kinds == {0, 1, 2}
    assert sum(s.review_outcome == "agree" for s in setup.seeds) > 0.8 * len(setup.seeds)
    assert len(setup.spot_lines) == 20 and sum("=>" in line for line in setup.spot_lines) == 3
    assert len(setup.existing_spots) > 20  # listing them takes two pages
