"""Running the sandbox: in-process (``SandboxServer``) or as a blocking process (``serve``)."""

from __future__ import annotations

import asyncio
import contextlib
import signal
import sys
from collections.abc import Callable
from types import TracebackType

from aiohttp import web

from .admin import AdminClient
from .app import STATE_KEY, create_app
from .config import SandboxConfig
from .state import SandboxState

__all__ = ["SandboxServer", "serve"]

# Room for 1,000+ clients connecting at once (the default 128 drops SYNs under a burst).
BACKLOG = 4096


class SandboxServer:
    """``async with SandboxServer(config) as sb:`` serves on ``sb.url`` until the block ends."""

    def __init__(
        self, config: SandboxConfig | None = None, *, host: str = "127.0.0.1", port: int = 0
    ) -> None:
        self.config = config if config is not None else SandboxConfig()
        self.host = host
        self._requested_port = port
        self.app = create_app(self.config)
        self._runner: web.AppRunner | None = None
        self._admin: AdminClient | None = None
        self._port: int | None = None

    @property
    def state(self) -> SandboxState:
        """The live state, for direct synchronous inspection (same event loop)."""
        return self.app[STATE_KEY]

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("SandboxServer is not started")
        return self._port

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def admin(self) -> AdminClient:
        if self._admin is None:
            raise RuntimeError("SandboxServer is not started")
        return self._admin

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("SandboxServer already started")
        # Short grace period: a test sandbox should not hold shutdown for a minute over a latency fault.
        runner = web.AppRunner(self.app, access_log=None, handle_signals=False, shutdown_timeout=2.0)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self.host, self._requested_port, backlog=BACKLOG)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = int(runner.addresses[0][1])
        self._admin = AdminClient(self.url)

    async def stop(self) -> None:
        if self._admin is not None:
            await self._admin.close()
            self._admin = None
        if self._runner is not None:
            runner, self._runner = self._runner, None
            await runner.cleanup()

    async def __aenter__(self) -> SandboxServer:
        await self.start()
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.stop()


ReadyCallback = Callable[[SandboxServer], None]


async def _serve(host: str, port: int, config: SandboxConfig, on_ready: ReadyCallback | None) -> None:
    async with SandboxServer(config, host=host, port=port) as sb:
        print(f"promosdk sandbox listening on {sb.url}", flush=True)
        if on_ready is not None:
            on_ready(sb)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            with contextlib.suppress(NotImplementedError, RuntimeError):  # e.g. Windows
                loop.add_signal_handler(sig, stop.set)
        await stop.wait()


def serve(
    host: str = "127.0.0.1",
    port: int = 8080,
    config: SandboxConfig | None = None,
    *,
    on_ready: ReadyCallback | None = None,
) -> None:
    """Serve until SIGINT/SIGTERM. Prints ``promosdk sandbox listening on <url>`` on stdout once
    ready, then calls ``on_ready`` with the running server (e.g. to print a banner)."""
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(host, port, config if config is not None else SandboxConfig(), on_ready))
    sys.stdout.flush()
