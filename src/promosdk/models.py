"""Every request and response model of both APIs (generated from spec/; plain attrs classes).

This is the models' public home: ``type(m).__module__`` is ``promosdk.models`` for every one of them
(reprs, tracebacks and pickles use this path), although the code lives in ``promosdk._generated``.
Static checkers name the defining module: mypy's ``reveal_type`` shows
``promosdk._generated.wechat_union.models.PlanInfoResponse``, the same class.

To turn a model into wire JSON or a dict, see :func:`promosdk.to_dict` and :func:`promosdk.to_json`.

Each family's classes are built on first use (a program that only talks to WeChat never builds the
waiqin ones): importing a generated models module fills this namespace (promosdk._public.publish),
and a name read here that is not there yet, ``__all__`` or ``dir()`` build every family.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any  # Any: also the models' string annotations are resolved here

from ._generated import PACKAGES

if TYPE_CHECKING:
    from ._generated.waiqin_bc.models import *  # noqa: F403
    from ._generated.wechat_union.models import *  # noqa: F403


def _every_family() -> list[str]:
    names: list[str] = []
    for package in PACKAGES:
        names += importlib.import_module(f"{__package__}._generated.{package}.models").__all__
    return sorted(set(names))


def __getattr__(name: str) -> Any:
    if name.startswith("__") and name != "__all__":
        raise AttributeError(name)
    every = _every_family()
    if name == "__all__":
        globals()["__all__"] = every
        return every
    if name in globals():  # publish() put it there while building its family
        return globals()[name]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_every_family()})
