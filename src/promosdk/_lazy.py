"""A module imported on first use: the generated models of a family load when a call needs them.

Building a spec's hundred-odd attrs classes is most of what importing a client would cost
(issue 14: ``from promosdk import WeChatUnionClient`` within 40 ms of ``import aiohttp``), and a
program that only imports promosdk, or uses one vendor, never needs the other classes.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__ = ["LazyModule"]


class LazyModule:
    """Stands for the module ``name`` until an attribute is read, then imports it.

    Each attribute read is kept on the stand-in, so later reads cost what a module attribute does.
    """

    def __init__(self, name: str) -> None:
        object.__setattr__(self, "_lazy_name", name)

    def __getattr__(self, attr: str) -> Any:
        if attr.startswith("__"):  # copy, pickle and inspect probe dunders: never import for them
            raise AttributeError(attr)
        value = getattr(importlib.import_module(object.__getattribute__(self, "_lazy_name")), attr)
        object.__setattr__(self, attr, value)
        return value

    def __repr__(self) -> str:
        return f"<lazy module {object.__getattribute__(self, '_lazy_name')!r}>"
