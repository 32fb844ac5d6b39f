"""Deterministic fault injection.

Rules name a route by its operation id ``group.name`` (see ``operations.py``), or "*"; the ids
come from the operation tables, so a new operation can be faulted without editing this module.
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, Literal, get_args

import attrs

from .._operation import OperationSpec
from .operations import DEFAULT_OPERATIONS, ROUTE_NAMES

__all__ = ["FAULT_KINDS", "ROUTE_NAMES", "FaultInjector", "FaultKind", "FaultRule"]

FaultKind = Literal[
    "reset_before",
    "reset_after",
    "http_500",
    "http_502",
    "http_503",
    "busy",
    "quota",
    "too_frequent",
    "latency",
    "truncated",
    "html",
]
FAULT_KINDS: tuple[str, ...] = get_args(FaultKind)

# The operation ids of the default tables (``operations.py``), or "*".
_DEFAULT_ROUTES: frozenset[str] = frozenset(ROUTE_NAMES)
# The shape of an operation id: a sandbox serving other tables checks it in configure().
_OPERATION_ID = re.compile(r"[a-z][a-z0-9_]*\.[a-z][a-z0-9_]*")


def _unknown_route(value: str, names: Sequence[str] = ROUTE_NAMES) -> ValueError:
    return ValueError(f"unknown route {value!r}; use '*' or an operation id (group.name): {', '.join(names)}")


def _check_route(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value != "*" and value not in _DEFAULT_ROUTES and not _OPERATION_ID.fullmatch(value):
        raise _unknown_route(value)


def _check_kind(_inst: object, _attr: attrs.Attribute[str], value: str) -> None:
    if value not in FAULT_KINDS:
        raise ValueError(f"unknown fault kind {value!r}; use one of {', '.join(FAULT_KINDS)}")


def _check_probability(_inst: object, _attr: attrs.Attribute[float], value: float) -> None:
    if not 0.0 <= value <= 1.0:
        raise ValueError("probability must be within 0..1")


def _check_delay(_inst: object, _attr: attrs.Attribute[float], value: float) -> None:
    if value < 0:
        raise ValueError("delay must be >= 0")


def _check_status(_inst: object, _attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and not 100 <= value <= 599:
        raise ValueError("status must be an HTTP status (100..599)")


def _check_times(_inst: object, _attr: attrs.Attribute[int | None], value: int | None) -> None:
    if value is not None and value < 1:
        raise ValueError("times must be None or >= 1")


@attrs.frozen(kw_only=True)
class FaultRule:
    """One fault rule. ``status`` only matters for ``html`` (default 200); ``delay`` only for
    ``latency``; ``times`` (optional) caps how often the rule fires."""

    kind: FaultKind = attrs.field(validator=_check_kind)
    route: str = attrs.field(default="*", validator=_check_route)
    probability: float = attrs.field(default=1.0, converter=float, validator=_check_probability)
    delay: float = attrs.field(default=0.0, converter=float, validator=_check_delay)
    status: int | None = attrs.field(default=None, validator=_check_status)
    times: int | None = attrs.field(default=None, validator=_check_times)

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"route": self.route, "kind": self.kind, "probability": self.probability}
        if self.delay:
            out["delay"] = self.delay
        if self.status is not None:
            out["status"] = self.status
        if self.times is not None:
            out["times"] = self.times
        return out

    @classmethod
    def from_json(cls, data: object) -> FaultRule:
        if not isinstance(data, Mapping):
            raise ValueError("a fault rule must be a JSON object")
        unknown = set(data) - {"route", "kind", "probability", "delay", "status", "times"}
        if unknown:
            raise ValueError(f"unknown fault rule fields: {sorted(unknown)}")
        kwargs: dict[str, Any] = {"kind": data.get("kind")}
        if "route" in data:
            kwargs["route"] = data["route"]
        for name in ("probability", "delay"):
            value = data.get(name)
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(f"{name} must be a number")
                kwargs[name] = value
        for name in ("status", "times"):
            value = data.get(name)
            if value is not None:
                if isinstance(value, bool) or not isinstance(value, int):
                    raise ValueError(f"{name} must be an integer")
                kwargs[name] = value
        try:
            return cls(**kwargs)
        except TypeError as exc:  # e.g. kind missing
            raise ValueError(str(exc)) from exc


class FaultInjector:
    """Picks at most one fault per request, by operation id.

    Each route has its own ``random.Random`` (seeded from the seed and the operation id), consulted
    in that route's request-arrival order: each live rule that matches the route draws one number,
    the first draw below its probability fires. So a fixed seed, rule list and request sequence per
    route always give the same faults.
    """

    __slots__ = ("_by_route", "_fired", "_ids", "_rng", "_rngs", "_rules", "seed")

    def __init__(self, seed: int = 0, operations: Iterable[OperationSpec] = DEFAULT_OPERATIONS) -> None:
        self._ids: tuple[str, ...] = tuple(op.id for op in operations)
        self.seed = seed
        self._rng = random.Random(seed)
        self._rngs: dict[str, random.Random] = {}
        self._rules: tuple[FaultRule, ...] = ()
        self._fired: list[int] = []
        self._by_route: dict[str, tuple[int, ...]] = {}

    @property
    def rules(self) -> tuple[FaultRule, ...]:
        return self._rules

    def configure(self, rules: Sequence[FaultRule], seed: int) -> None:
        """Replace the rules; ValueError (nothing changed) if one names an operation not served."""
        served = set(self._ids)
        for rule in rules:
            if rule.route != "*" and rule.route not in served:
                raise _unknown_route(rule.route, self._ids)
        self.seed = seed
        self._rng = random.Random(seed)
        # One stream per route: which request of a route is faulted does not depend on how the
        # requests of other routes happen to interleave with it.
        self._rngs = {op_id: random.Random(f"{seed}:{op_id}") for op_id in self._ids}
        self._rules = tuple(rules)
        self._fired = [0] * len(self._rules)
        # Precomputed so a request with no applicable rule costs one dict lookup.
        self._by_route = {
            op_id: tuple(i for i, r in enumerate(self._rules) if r.route in ("*", op_id))
            for op_id in self._ids
        }

    def clear(self, seed: int) -> None:
        self.configure((), seed)

    def pick(self, op_id: str) -> FaultRule | None:
        """The fault for one arrival at operation ``op_id`` (``group.name``), if any."""
        candidates = self._by_route.get(op_id)
        if not candidates:
            return None
        rng = self._rngs.get(op_id, self._rng)
        for i in candidates:
            rule = self._rules[i]
            if rule.times is not None and self._fired[i] >= rule.times:
                continue
            if rng.random() < rule.probability:
                self._fired[i] += 1
                return rule
        return None
