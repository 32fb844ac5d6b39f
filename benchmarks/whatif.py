"""What-if converters: promosdk's ``_serde`` converter rebuilt with the fixes the profile points to,
to measure what they would save before anyone edits ``src/``. Same hooks, same semantics (the
decoded objects are checked equal to promosdk's); only the plumbing differs:

* ``opt-str``: ``str | None`` fields get a direct hook. Today they fall through to cattrs'
  ``Converter._structure_optional``, which re-dispatches on the inner type at every call.
* ``extras``: the unknown-field check becomes ``data.keys() <= known_keys`` (a C-level subset
  test, no allocation) before the ``{k: v ... if k not in known}`` comprehension runs on every object.
* ``fast-path``: ``detailed_validation=False`` for the happy path (no per-field try/except, no
  per-element index bookkeeping, no result dict + ``cls(**res)``); on any failure the same data is
  structured again by the detailed converter, which produces the very same wire-path DecodeError.
"""

from __future__ import annotations

import functools
import gc
import time
from collections.abc import Callable
from typing import Any

import attrs
import orjson
from cattrs import override
from cattrs.gen import make_dict_structure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from promosdk import _serde
from promosdk._enums import OpenIntEnum, OpenStrEnum
from promosdk._generated.wechat_union.models import PlanInfoResponse, PromotionListResponse

from ._common import median, plan_info_body, promotion_list_body

FIXES = ("opt-str", "extras", "fast-path")


def _class_factory(
    conv: OrjsonConverter, subset_check: bool
) -> Callable[[type[Any]], Callable[[Any, Any], Any]]:
    def factory(cls: type[Any]) -> Callable[[Any, Any], Any]:
        attrs.resolve_types(cls)
        overrides: dict[str, Any] = {}
        known: set[str] = set()
        has_extra = False
        for a in attrs.fields(cls):
            if a.metadata.get("extra"):
                overrides[a.name] = override(omit=True)
                has_extra = True
                continue
            wire = a.metadata.get("wire", a.name)
            known.add(wire)
            hook = _serde._json_string_hook(conv, a.type) if a.metadata.get("json_string") else None
            overrides[a.name] = override(rename=wire, struct_hook=hook)
        base = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=False, **overrides)
        known_keys = frozenset(known)

        if subset_check:

            def structure_model(data: Any, _: Any) -> Any:
                if not isinstance(data, dict):
                    raise TypeError(f"expected an object, got {_serde._describe(data)}")
                obj = base(data, cls)
                if has_extra and not data.keys() <= known_keys:
                    obj.extra = {k: v for k, v in data.items() if k not in known_keys}
                return obj

        else:

            def structure_model(data: Any, _: Any) -> Any:
                if not isinstance(data, dict):
                    raise TypeError(f"expected an object, got {_serde._describe(data)}")
                obj = base(data, cls)
                if has_extra and len(data) > 0:
                    extra = {k: v for k, v in data.items() if k not in known_keys}
                    if extra:
                        obj.extra = extra
                return obj

        return structure_model

    return factory


def _optional_str(value: Any, _: Any) -> str | None:
    if value is None:
        return None
    if type(value) is str:
        return value
    return _serde._structure_str(value, str)


def make_whatif_converter(fixes: set[str]) -> OrjsonConverter:
    """promosdk's ``_make_converter`` with some of :data:`FIXES` applied."""
    conv = make_converter(detailed_validation="fast-path" not in fixes)
    conv.register_structure_hook(int, _serde._structure_int)
    conv.register_structure_hook(str, _serde._structure_str)
    conv.register_structure_hook(bool, _serde._structure_bool)
    conv.register_structure_hook(OpenIntEnum, _serde._structure_int_enum)
    conv.register_structure_hook(OpenStrEnum, _serde._structure_str_enum)
    conv.register_structure_hook_func(lambda t: t is Any, _serde._structure_any)
    conv.register_structure_hook_factory(
        lambda t: _serde._is_optional(t) and _serde._optional_inner(t) is not str,
        _serde._optional_structure_factory(conv),
    )
    if "opt-str" in fixes:
        conv.register_structure_hook_func(
            lambda t: _serde._is_optional(t) and _serde._optional_inner(t) is str, _optional_str
        )
    conv.register_structure_hook_factory(attrs.has, _class_factory(conv, "extras" in fixes))
    return conv


def make_structure(fixes: set[str]) -> Callable[[Any, type[Any]], Any]:
    conv = make_whatif_converter(fixes)
    if "fast-path" not in fixes:
        return conv.structure
    detailed = make_whatif_converter(fixes - {"fast-path"})
    hooks: dict[type[Any], Callable[[Any, Any], Any]] = {}

    def structure(data: Any, cls: type[Any]) -> Any:
        hook = hooks.get(cls)
        if hook is None:
            hook = hooks[cls] = conv.get_structure_hook(cls)
        try:
            return hook(data, cls)
        except Exception:
            # The slow converter names the failing wire paths (promosdk's DecodeError).
            return detailed.structure(data, cls)

    return structure


def _time(fn: Callable[[], Any], target_s: float = 0.05, repeats: int = 5) -> float:
    """CPU µs per call, median of ``repeats``; the cyclic GC is paused (decoder cost alone)."""
    fn()
    start = time.process_time()
    fn()
    once = max(time.process_time() - start, 1e-7)
    number = max(1, int(target_s / once))
    samples = []
    gc.collect()
    gc.disable()
    try:
        for _ in range(repeats):
            start = time.process_time()
            for _ in range(number):
                fn()
            samples.append((time.process_time() - start) / number * 1e6)
    finally:
        gc.enable()
    return median(samples)


def whatif_table(target_s: float = 0.05) -> list[tuple[str, dict[str, float]]]:
    """Structure time (µs, dict -> model) for each variant and body."""
    bodies: dict[str, tuple[Any, type[Any]]] = {
        "promotion/list (seed)": (orjson.loads(promotion_list_body()), PromotionListResponse),
        "plan_info 1 product (seed)": (orjson.loads(plan_info_body(1)), PlanInfoResponse),
        "plan_info 100 products": (orjson.loads(plan_info_body(100)), PlanInfoResponse),
    }
    variants: list[tuple[str, Callable[[Any, type[Any]], Any]]] = [("promosdk today", _serde.structure)]
    for fix in FIXES:
        variants.append((f"+ {fix} only", make_structure({fix})))
    variants.append(("+ all three", make_structure(set(FIXES))))
    variants.append(("inline decoders (proto)", InlineDecoders().structure))
    rows = []
    for name, structure in variants:
        for data, cls in bodies.values():
            assert structure(data, cls) == _serde.structure(data, cls), name
        timings = {
            label: _time(functools.partial(structure, data, cls), target_s)
            for label, (data, cls) in bodies.items()
        }
        rows.append((name, timings))
    return rows


# ---------------------------------------------------------------- prototype: inlined decoders


class _Fallback(Exception):
    """The fast decoder met something unusual: let promosdk's converter handle (or report) it."""


def _is_plain_response(cls: type[Any]) -> bool:
    """Only models whose declared fields all default to None (the response models) get a fast decoder."""
    return all(
        a.metadata.get("extra")
        or (a.default is None and _serde._is_optional(a.type) and not a.metadata.get("json_string"))
        for a in attrs.fields(cls)
    )


class InlineDecoders:
    """Per response model, one generated function with the common cases inlined (``type(v) is int``...)
    and promosdk's own hooks called only for the unusual ones ("128" for an int, a number for a
    string, enums). Anything unexpected falls back to promosdk's converter, which then produces the
    same value or the same DecodeError — so the semantics are promosdk's."""

    def __init__(self) -> None:
        self._fns: dict[type[Any], Callable[[Any], Any]] = {}

    def structure(self, data: Any, cls: type[Any]) -> Any:
        fn = self._fns.get(cls)
        if fn is None:
            fn = self._fns[cls] = self._build(cls)
        try:
            return fn(data)
        except Exception:
            return _serde.structure(data, cls)

    def _build(self, cls: type[Any]) -> Callable[[Any], Any]:
        attrs.resolve_types(cls)
        if not _is_plain_response(cls):
            hook = _serde.converter.get_structure_hook(cls)
            return lambda data: hook(data, cls)
        ns: dict[str, Any] = {
            "_Fallback": _Fallback,
            "_cls": cls,
            "_str": _serde._structure_str,
            "_int": _serde._structure_int,
            "_bool": _serde._structure_bool,
            "_int_enum": _serde._structure_int_enum,
            "_str_enum": _serde._structure_str_enum,
        }
        lines = ["def decode(o):", "    if type(o) is not dict: raise _Fallback", "    g = o.get"]
        known: set[str] = set()
        kwargs = []
        for i, a in enumerate(attrs.fields(cls)):
            if a.metadata.get("extra"):
                continue
            wire = a.metadata.get("wire", a.name)
            known.add(wire)
            v = f"a{i}"
            lines.append(f"    {v} = g({wire!r})")
            lines += self._convert(v, _serde._optional_inner(a.type), ns, i)
            kwargs.append(f"{a.name}={v}")
        ns["_known"] = frozenset(known)
        lines.append(f"    obj = _cls({', '.join(kwargs)})")
        lines.append(
            "    if not o.keys() <= _known: obj.extra = {k: x for k, x in o.items() if k not in _known}"
        )
        lines.append("    return obj")
        exec(compile("\n".join(lines), f"<promosdk-bench inline decoder {cls.__name__}>", "exec"), ns)
        fn: Callable[[Any], Any] = ns["decode"]
        return fn

    def _convert(self, v: str, tp: Any, ns: dict[str, Any], i: int) -> list[str]:
        import typing

        origin, args = typing.get_origin(tp), typing.get_args(tp)
        if tp is str:
            return [f"    if {v} is not None and type({v}) is not str: {v} = _str({v}, str)"]
        if tp is Any:
            return []
        head = [f"    if {v} is not None:", f"        if {v} == '': {v} = None"]
        if tp is int:
            return [*head, f"        elif type({v}) is not int: {v} = _int({v}, int)"]
        if tp is bool:
            return [*head, f"        elif type({v}) is not bool: {v} = _bool({v}, bool)"]
        if isinstance(tp, type) and issubclass(tp, OpenIntEnum):
            ns[f"E{i}"] = tp
            return [*head, f"        else: {v} = _int_enum({v}, E{i})"]
        if isinstance(tp, type) and issubclass(tp, OpenStrEnum):
            ns[f"E{i}"] = tp
            return [*head, f"        else: {v} = _str_enum({v}, E{i})"]
        if attrs.has(tp):
            ns[f"S{i}"] = self._sub(tp)
            return [*head, f"        else: {v} = S{i}({v})"]
        if origin is list and args:
            (elem,) = args
            check = [*head, f"        elif type({v}) is not list: raise _Fallback"]
            if elem is Any:
                return [*check, f"        else: {v} = list({v})"]
            if elem is str:
                return [*check, f"        else: {v} = [e if type(e) is str else _str(e, str) for e in {v}]"]
            if attrs.has(elem):
                ns[f"S{i}"] = self._sub(elem)
                return [*check, f"        else: {v} = [S{i}(e) for e in {v}]"]
        if origin is dict and args == (str, Any):
            return [
                *head,
                f"        elif type({v}) is not dict: raise _Fallback",
                f"        else: {v} = dict({v})",
            ]
        # Anything else: promosdk's own hook for the Optional type.
        ns[f"H{i}"], ns[f"T{i}"] = _serde.converter.get_structure_hook(tp | None), tp | None
        return [f"    {v} = H{i}({v}, T{i})"]

    def _sub(self, cls: type[Any]) -> Callable[[Any], Any]:
        fn = self._fns.get(cls)
        if fn is None:
            fn = self._fns[cls] = self._build(cls)
        if not _is_plain_response(cls):
            return fn

        def strict(data: Any, _fn: Callable[[Any], Any] = fn) -> Any:
            return _fn(data)  # a failure inside propagates to the outermost structure(), which falls back

        return strict
