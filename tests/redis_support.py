"""A real redis-server for the fleet tests (CI's .ci/run installs Debian's redis-server)."""

from __future__ import annotations

import functools
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _require_binary() -> str:
    binary = shutil.which("redis-server")
    if binary is None:
        if os.environ.get("CI"):
            pytest.fail("redis-server is missing on CI: .ci/run must install it")
        pytest.skip("redis-server is not installed here (bash .ci/run installs Debian's redis-server)")
    return binary


@contextmanager
def redis_server() -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """Start a private redis-server on a free loopback port; yield (url, process)."""
    binary = _require_binary()
    port = free_port()
    workdir = tempfile.mkdtemp(prefix="promosdk-redis-")
    proc = subprocess.Popen(
        [binary, "--port", str(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", workdir],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                    break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError("redis-server did not start") from None
                time.sleep(0.05)
        yield f"redis://127.0.0.1:{port}/0", proc
    finally:
        if proc.poll() is None:
            proc.terminate()
            proc.wait(5)
        shutil.rmtree(workdir, ignore_errors=True)


@contextmanager
def shared_redis_url() -> Iterator[str]:
    """The Redis started by .ci/run (PROMOSDK_TEST_REDIS_URL), else a private one."""
    url = os.environ.get("PROMOSDK_TEST_REDIS_URL")
    if url:
        yield url
        return
    with redis_server() as (private_url, _proc):
        yield private_url


ROOT = Path(__file__).resolve().parent.parent


@functools.cache
def worker_start_seconds() -> float:
    """How long this machine takes, now, to start a fleet worker (a Python process importing the
    client, Redis support and the sandbox): the unit the fleet tests scale their time budgets by,
    instead of fixed numbers. Measured once per test session (best of two)."""
    code = "import aiohttp, redis.asyncio, promosdk.redis_store, promosdk.sandbox, promosdk.wechat"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    best = float("inf")
    for _ in range(2):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, check=True)
        best = min(best, time.perf_counter() - started)
    return best


def redis_round_trip_seconds(url: str, samples: int = 50) -> float:
    """The slowest of ``samples`` PINGs to ``url`` (connection set up first)."""
    import redis

    client = redis.Redis.from_url(url)
    try:
        client.ping()
        slowest = 0.0
        for _ in range(samples):
            started = time.perf_counter()
            client.ping()
            slowest = max(slowest, time.perf_counter() - started)
        return slowest
    finally:
        client.close()
