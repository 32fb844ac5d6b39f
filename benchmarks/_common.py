"""Shared pieces: the replayed bodies, the replay server subprocess, /proc readers, statistics."""

from __future__ import annotations

import copy
import json
import os
import statistics
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import orjson

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures" / "wechat_union"

APPID = "wxbe0c4a11b2e3f400"
SECRET = "bench-secret-0123456789abcdef"
# Real access tokens are ~140-160 characters: keep the query string realistic.
TOKEN = "87_" + "BeNcHaCcEsStOkEn" * 9
INVITATION_URL = "https://mp.weixin.qq.com/union/plan?planId=MTk2NDExMjkzNTI2MjI0MDc2OA%3D%3D"

PATH_TOKEN = "/cgi-bin/stable_token"
PATH_PLAN_INFO = "/union/promoter/target/plan_info"
PATH_LIST = "/union/promoter/promotion/list"
PATH_PRODUCT_LIST = "/union/promoter/product/list"
ENDPOINTS = {"promotion/list": PATH_LIST, "plan_info": PATH_PLAN_INFO, "product/list": PATH_PRODUCT_LIST}
#: Products on the product/list page every client asks for (``limit=20``, the default page).
PRODUCT_PAGE = 20

#: The same connection-pool size for every client (promosdk's default).
POOL_SIZE = 256


def _fixture(name: str) -> dict[str, Any]:
    data = json.loads((FIXTURES / name).read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


def token_body() -> bytes:
    return orjson.dumps({"errcode": 0, "errmsg": "ok", "access_token": TOKEN, "expires_in": 7200})


def promotion_list_body() -> bytes:
    """The seed promotion/list answer (2 spots), compact as WeChat sends it."""
    return orjson.dumps(_fixture("promotion_list.response.json"))


def plan_info_document(products: int = 1) -> dict[str, Any]:
    """The seed plan_info answer with its one product replicated ``products`` times (distinct ids)."""
    seed = _fixture("plan_info.response.json")
    product = seed["productListInfo"][0]
    items = []
    for i in range(products):
        item = copy.deepcopy(product)
        item["productId"] = str(int(product["productId"]) + i)
        items.append(item)
    seed["productListInfo"] = items
    return seed


def plan_info_body(products: int = 1) -> bytes:
    return orjson.dumps(plan_info_document(products))


def product_list_document(products: int = PRODUCT_PAGE) -> dict[str, Any]:
    """A product/list page of ``products`` items: the fixture's two products in turn, distinct ids."""
    seed = _fixture("product_list.response.json")
    samples = seed["productList"]
    items = []
    for i in range(products):
        item = copy.deepcopy(samples[i % len(samples)])
        product_id = str(int(item["productId"]) + i)
        item["productId"] = item["product"]["productId"] = product_id
        items.append(item)
    seed["productList"] = items
    seed["total"] = max(int(seed.get("total", 0)), products)
    return seed


def product_list_body(products: int = PRODUCT_PAGE) -> bytes:
    return orjson.dumps(product_list_document(products))


# ---------------------------------------------------------------- process measurements

_CLK_TCK = os.sysconf("SC_CLK_TCK")


def rss_bytes(pid: int | str = "self") -> int:
    """VmRSS of a process, from /proc/<pid>/status."""
    with open(f"/proc/{pid}/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) * 1024
    raise RuntimeError("VmRSS not found")


def process_cpu_seconds(pid: int) -> float:
    """utime + stime of another process (clock-tick resolution, 10 ms)."""
    with open(f"/proc/{pid}/stat", encoding="ascii") as fh:
        stat = fh.read()
    fields = stat[stat.rindex(")") + 2 :].split()
    return (int(fields[11]) + int(fields[12])) / _CLK_TCK


def raise_fd_limit() -> None:
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    if hard == resource.RLIM_INFINITY or soft < hard:
        resource.setrlimit(resource.RLIMIT_NOFILE, (hard if hard != resource.RLIM_INFINITY else 65536, hard))


def median(values: Sequence[float]) -> float:
    return float(statistics.median(values)) if values else float("nan")


# ---------------------------------------------------------------- the replay server subprocess


class ReplayServer:
    """``with ReplayServer() as server:`` runs ``python -m benchmarks.replay_server`` on a free port."""

    def __init__(self) -> None:
        self._proc: subprocess.Popen[str] | None = None
        self.url = ""

    @property
    def pid(self) -> int:
        assert self._proc is not None
        return self._proc.pid

    def start(self) -> None:
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "benchmarks.replay_server", "--port", "0"],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._proc.stdout is not None
        line = self._proc.stdout.readline()
        if not line.startswith("listening on "):
            self.stop()
            raise RuntimeError(f"replay server did not start: {line!r}")
        self.url = line.split()[-1]

    def stop(self) -> None:
        if self._proc is not None:
            self._proc.terminate()
            try:
                self._proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self._proc.kill()
                self._proc.wait()
            if self._proc.stdout is not None:
                self._proc.stdout.close()
            self._proc = None

    def __enter__(self) -> ReplayServer:
        self.start()
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    def cpu_seconds(self) -> float:
        return process_cpu_seconds(self.pid)

    # Admin calls are synchronous (urllib): they are made outside the measured windows.

    def _admin(self, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
        return admin_call(self.url, path, payload)

    def counters(self) -> dict[str, int]:
        return {k: int(v) for k, v in self._admin("/_bench/counters").items()}

    def reset(self) -> None:
        self._admin("/_bench/reset", {})

    def configure(self, *, delay: float = 0.0, token_delay: float = 0.0) -> None:
        self._admin("/_bench/config", {"delay": delay, "token_delay": token_delay})


def admin_call(url: str, path: str, payload: dict[str, Any] | None = None) -> dict[str, Any]:
    data = None if payload is None else orjson.dumps(payload)
    request = urllib.request.Request(url + path, data=data, method="GET" if data is None else "POST")
    with urllib.request.urlopen(request, timeout=10) as resp:
        answer = orjson.loads(resp.read())
    assert isinstance(answer, dict)
    return answer


def wait_until(predicate: Any, timeout: float) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.02)
    return False
