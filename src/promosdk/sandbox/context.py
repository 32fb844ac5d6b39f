"""What a group's state may use of the whole sandbox: config, clock and counters.

Each group (``wechat/tokens.py``, ``wechat/targets.py``, ``waiqin/campaigns.py``, ...) keeps its own
records and takes this context at construction; :class:`~promosdk.sandbox.state.SandboxState`
is the one implementation, and rebuilds every group on reset.
"""

from __future__ import annotations

from typing import Protocol

from .config import SandboxConfig

__all__ = ["StateContext"]


class StateContext(Protocol):
    config: SandboxConfig

    def now(self) -> float:
        """The sandbox clock (the config's clock plus the admin's advance)."""
        ...

    def effect(self, kind: str, key: str, n: int = 1) -> None:
        """Count a real state change (``GET /_sandbox/counters`` -> effects)."""
        ...

    def count_issuance(self, appid: str) -> None:
        """Count one access_token minted for ``appid``."""
        ...
