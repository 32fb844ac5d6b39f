"""Configuration of the sandbox server."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from typing import Literal

import attrs

from .plans import PlanSeed

__all__ = ["DEFAULT_APPID", "DEFAULT_APPKEY", "DEFAULT_APP_SECRET", "DEFAULT_OPENID", "SandboxConfig"]

DEFAULT_APPID = "wxsandbox0000000001"
DEFAULT_APP_SECRET = "sandbox-app-secret"
DEFAULT_OPENID = "sandbox-openid"
DEFAULT_APPKEY = "sandbox-appkey"


def _default_apps() -> dict[str, str]:
    return {DEFAULT_APPID: DEFAULT_APP_SECRET}


def _default_tenants() -> dict[str, str]:
    return {DEFAULT_OPENID: DEFAULT_APPKEY}


def _non_negative(_inst: object, attribute: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError(f"{attribute.name} must be >= 0, got {value!r}")


def _optional_non_negative(
    _inst: object, attribute: attrs.Attribute[float | None], value: float | None
) -> None:
    if value is not None and value < 0:
        raise ValueError(f"{attribute.name} must be None or >= 0, got {value!r}")


def _positive_int(_inst: object, attribute: attrs.Attribute[int], value: int) -> None:
    if value < 1:
        raise ValueError(f"{attribute.name} must be >= 1, got {value!r}")


def _to_plan_tuple(value: Sequence[PlanSeed]) -> tuple[PlanSeed, ...]:
    return tuple(value)


@attrs.define(kw_only=True)
class SandboxConfig:
    """Everything that shapes the sandbox's behaviour. ``POST /_sandbox/reset`` returns to this state."""

    apps: dict[str, str] = attrs.field(factory=_default_apps)
    """WeChat appid -> app secret. Each app is one promoter."""
    waiqin_tenants: dict[str, str] = attrs.field(factory=_default_tenants)
    """waiqin openid -> appkey."""
    token_ttl: float = attrs.field(default=7200.0, validator=_non_negative)
    stable_token_renew_window: float = attrs.field(default=300.0, validator=_non_negative)
    """stable_token hands out a new token in the last N seconds of the current one's life."""
    classic_token_overlap: float = attrs.field(default=300.0, validator=_non_negative)
    """GET /cgi-bin/token: a superseded token keeps working this long, then answers 40001."""
    expired_token_retention: float = attrs.field(default=86400.0, validator=_non_negative)
    """How long a dead token is remembered (42001/40001) before it is forgotten (then 40001)."""
    review_delay: float | None = attrs.field(default=None, validator=_optional_non_negative)
    """None: an application stays pending until the admin decides. A number: decided (per the plan
    seed's review_outcome) lazily, on the first read at least that many seconds after applying."""
    apply_reason_max_len: int = attrs.field(default=200, validator=_positive_int)
    """applyReason longer than this (Python len) -> 202006. The vendor does not document a limit."""
    promotion_max_cnt: int = attrs.field(default=100, validator=_positive_int)
    unapplied_answer: Literal["999", "202005"] = attrs.field(
        default="999", validator=attrs.validators.in_(("999", "202005"))
    )
    """apply_status for a plan never applied to: data.promoterStatus 999, or errcode 202005."""
    waiqin_timestamp_skew: float = attrs.field(default=300.0, validator=_non_negative)
    json_content_type: str = "application/json; charset=utf-8"
    """Content-Type of WeChat answers (the real server sometimes says text/plain)."""
    waiqin_content_type: str = "application/json;charset=UTF-8"
    fault_seed: int = 0
    """Seed of the fault RNG after start/reset (``POST /_sandbox/faults`` may set another)."""
    clock: Callable[[], float] = time.time
    """Wall clock (Unix seconds). Tests pass their own to move time."""
    plans: tuple[PlanSeed, ...] = attrs.field(factory=tuple, converter=_to_plan_tuple)
    """Plans seeded at start and after every reset."""
