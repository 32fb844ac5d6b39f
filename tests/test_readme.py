"""Every Python block of the README runs, as printed, against the sandbox (and type-checks in `make lint`).

The blocks read the sandbox's URL and credentials from the ``PROMOSDK_*`` variables the README
documents (``promosdk sandbox --print-env``); this test supplies them from an in-process sandbox.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from promosdk.testing import SandboxHandle, sandbox

from .readme_blocks import is_test_module, python_blocks, shell_blocks, write_blocks

BLOCKS = python_blocks()
ROOT = Path(__file__).resolve().parent.parent


def test_the_readme_has_python_blocks_and_each_is_a_complete_module() -> None:
    assert len(BLOCKS) >= 4
    for block in BLOCKS:
        assert block.lstrip().startswith(("import ", "from ")), block[:60]
        if not is_test_module(block):
            assert "asyncio.run(main())" in block, block[:60]


@pytest.fixture
async def running_sandbox() -> AsyncIterator[SandboxHandle]:
    async with sandbox(plans=10) as sb:
        yield sb


def _env(sb: SandboxHandle) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMOSDK_")}
    env.update(sb.env)
    redis_url = os.environ.get("PROMOSDK_TEST_REDIS_URL")
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


@pytest.mark.parametrize("index", range(len(BLOCKS)), ids=[f"block{i + 1}" for i in range(len(BLOCKS))])
async def test_readme_block_runs_against_the_sandbox(
    index: int, running_sandbox: SandboxHandle, tmp_path: Path
) -> None:
    block = BLOCKS[index]
    if "promosdk.redis_store" in block and not os.environ.get("PROMOSDK_TEST_REDIS_URL"):
        pytest.skip("needs a redis-server: PROMOSDK_TEST_REDIS_URL is set by .ci/run")
    path = write_blocks(tmp_path)[index]
    if is_test_module(block):
        command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", str(path)]
    else:
        command = [sys.executable, str(path)]
    process = await asyncio.create_subprocess_exec(
        *command,
        cwd=tmp_path,
        env=_env(running_sandbox),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, f"README block {index + 1} failed:\n{out.decode()}\n{err.decode()}"


def _sandbox_shell_blocks() -> list[str]:
    """The blocks that start a sandbox and use the CLI against it (the others install or run make)."""
    blocks = shell_blocks()
    start = next(i for i, block in enumerate(blocks) if block.startswith("promosdk sandbox --port 8080 &"))
    cli = next(i for i, block in enumerate(blocks) if "promosdk wechat target plan-info" in block)
    return [blocks[start], blocks[cli]]


@pytest.mark.skipif(shutil.which("curl") is None, reason="the README's shell blocks use curl")
async def test_readme_sandbox_and_cli_shell_blocks_run_as_printed(tmp_path: Path) -> None:
    # As printed, but on a free port instead of 8080 (which may be taken on a shared machine).
    port = str(_free_port())
    script = "set -euo pipefail\ntrap 'kill $(jobs -p) 2>/dev/null || true' EXIT\n"
    script += "\n".join(block.replace("8080", port) for block in _sandbox_shell_blocks())
    env = {k: v for k, v in os.environ.items() if not k.startswith("PROMOSDK_")}
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    process = await asyncio.create_subprocess_exec(
        "bash", "-c", script, cwd=tmp_path, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )
    out, err = await process.communicate()
    assert process.returncode == 0, f"{out.decode()}\n{err.decode()}"
    results = (tmp_path / "results.jsonl").read_text().splitlines()
    links = (tmp_path / "links.jsonl").read_text().splitlines()
    assert len(results) == len(links) > 0


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def test_the_readme_method_table_lists_every_operation_by_its_vendor_endpoint() -> None:
    from promosdk import _registry

    text = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = {line.split("|")[1].strip(" `"): line.split("|")[2].strip(" `") for line in text.splitlines()
            if line.startswith("| `wx.") or line.startswith("| `wq.")}  # fmt: skip
    public = [op for op in _registry.operations() if not op.internal]
    assert len(public) == len(rows) == 25  # 22 promoter paths + 3 waiqin
    for op in public:
        method = f"{'wx' if op.family == 'wechat' else 'wq'}.{op.group}.{op.name}"
        assert rows[method] == f"{op.method} {op.path.split('/{openid}')[0]}", method
