"""Compiled fast decoders: one generated function per model for the common case, else give up."""

from __future__ import annotations

import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._enums import OpenIntEnum, OpenStrEnum
from ._json_limits import exceeds_depth
from ._serde_converter import converter, json_string_hook
from ._serde_scalars import (
    empty_list_default,
    is_optional,
    optional_inner,
    structure_bool,
    structure_int,
    structure_int_enum,
    structure_str,
    structure_str_enum,
    structure_yuan,
)


class _GiveUp(Exception):
    """The fast decoder met something it leaves to the reference converter."""


def no_fast_path(data: Any, depth: int) -> Any:
    raise _GiveUp


def _check_untyped(value: Any, depth: int) -> None:
    """Fast path: an untyped array/object at nesting ``depth`` must not nest past the limit."""
    if exceeds_depth(value, depth):
        raise _GiveUp  # the reference path reports it with its wire path


fast_decoders: dict[Any, Callable[[Any, int], Any]] = {}
_MISSING = object()


class FastDecoderBuilder:
    """Compiles one plain function per model, with the common cases inlined (``type(v) is int``)."""

    def build(self, cls: type[Any]) -> Callable[[Any, int], Any]:
        attrs.resolve_types(cls)
        ns: dict[str, Any] = {
            "_GiveUp": _GiveUp,
            "_MISSING": _MISSING,
            "_cls": cls,
            "_str": structure_str,
            "_int": structure_int,
            "_bool": structure_bool,
            "_int_enum": structure_int_enum,
            "_str_enum": structure_str_enum,
            "_untyped": _check_untyped,
        }
        # Slotted attrs classes without validators or converters can be filled slot by slot,
        # which is several times cheaper than calling __init__ with dozens of keywords.
        by_slots = "__setattr__" not in vars(cls) and not hasattr(cls, "__attrs_post_init__")
        ns["_new"] = object.__new__
        # ``d``: the nesting level of ``o`` in its JSON document (1 = the root), for JSON_MAX_DEPTH.
        # Typed fields nest as deep as the schema (a few levels); only untyped values (Any,
        # unknown fields) can reach the limit, so only those are walked.
        lines = ["def decode(o, d):", "    if type(o) is not dict: raise _GiveUp", "    g = o.get"]
        known: set[str] = set()
        assigned: list[tuple[str, str]] = []
        for i, a in enumerate(attrs.fields(cls)):
            if a.metadata.get("extra"):
                continue
            wire = a.metadata.get("wire", a.name)
            known.add(wire)
            v = f"v{i}"
            body = self._convert(v, a, ns, i)
            if a.default is None:
                # Absent and null are the same here: the conversion code leaves None alone.
                lines.append(f"    {v} = g({wire!r})")
                lines += ["    " + line for line in body]
            elif a.default is attrs.NOTHING:
                lines.append(f"    {v} = g({wire!r}, _MISSING)")
                lines.append(f"    if {v} is _MISSING: raise _GiveUp")
                lines += ["    " + line for line in body]
            else:
                factory = getattr(a.default, "factory", None)  # an attrs Factory (takes_self is not used)
                ns[f"D{i}"] = factory or a.default
                lines.append(f"    {v} = g({wire!r}, _MISSING)")
                lines.append(f"    if {v} is _MISSING: {v} = D{i}{'()' if factory else ''}")
                lines.append("    else:")
                lines += ["        " + line for line in body or ["pass"]]
            assigned.append((a.name, v))
        ns["_known"] = frozenset(known)
        # Unknown fields are untyped values one level below ``o``.
        unknown = [
            "    if not o.keys() <= _known:",
            "        xs = obj.extra = {k: x for k, x in o.items() if k not in _known}",
            "        _untyped(xs, d)",
        ]
        if by_slots:
            lines.append("    obj = _new(_cls)")
            lines += [f"    obj.{name} = {v}" for name, v in assigned]
            lines += [*unknown, "    else: obj.extra = {}"]
        else:
            lines.append(f"    obj = _cls({', '.join(f'{name}={v}' for name, v in assigned)})")
            lines += unknown
        lines.append("    return obj")
        exec(compile("\n".join(lines), f"<promosdk fast decoder {cls.__qualname__}>", "exec"), ns)
        decode: Callable[[Any, int], Any] = ns["decode"]
        return decode

    def _convert(self, v: str, a: Any, ns: dict[str, Any], i: int) -> list[str]:
        """Code turning the raw value in ``v`` into the field's value; raising means "give up"."""
        tp = a.type
        if a.metadata.get("json_string"):
            ns[f"H{i}"], ns[f"T{i}"] = json_string_hook(converter, tp), tp
            # A raw (not string-encoded) value nests inside the body: the reference path checks it.
            return [f"if {v} is not None and type({v}) is not str: raise _GiveUp", f"{v} = H{i}({v}, T{i})"]
        if a.metadata.get("money") == "yuan-string":
            ns["_yuan"] = structure_yuan
            return [f"{v} = _yuan({v}, str)"]
        optional = is_optional(tp)
        inner = optional_inner(tp) if optional else tp
        if empty_list_default(a):
            # null and "" are the field left unset; any other value converts as for an optional list.
            body = self._convert(v, a.evolve(type=tp | None, default=None), ns, i)
            return [f"if {v} is None or {v} == '': {v} = D{i}()", "else:", *("    " + line for line in body or ["pass"])]
        if inner is str:
            guard = f"{v} is not None and " if optional else ""
            return [f"if {guard}type({v}) is not str: {v} = _str({v}, str)"]
        if inner is Any:
            return [f"if type({v}) is dict or type({v}) is list: _untyped({v}, d + 1)"]
        # Optional non-string fields read "" as absent, like the reference converter; a None for
        # a non-optional field goes to the converters, which reject it.
        absent = [f"if {v} is None or {v} == '': {v} = None"] if optional else []

        def convert(expr: str, exact: str | None = None) -> list[str]:
            if exact is None:
                return [*absent, f"{'else' if absent else 'if True'}: {v} = {expr}"]
            if optional:
                return [f"if type({v}) is not {exact} and {v} is not None:", f"    {v} = None if {v} == '' else {expr}"]
            return [f"if type({v}) is not {exact}: {v} = {expr}"]

        if inner is int:
            return convert(f"_int({v}, int)", "int")
        if inner is bool:
            return convert(f"_bool({v}, bool)", "bool")
        if isinstance(inner, type) and issubclass(inner, OpenIntEnum):
            ns[f"E{i}"] = inner
            return convert(f"_int_enum({v}, E{i})")
        if isinstance(inner, type) and issubclass(inner, OpenStrEnum):
            ns[f"E{i}"] = inner
            return convert(f"_str_enum({v}, E{i})")
        if attrs.has(inner):
            ns[f"S{i}"] = self._nested(inner)
            return convert(f"S{i}({v}, d + 1)")
        origin, args = typing.get_origin(inner), typing.get_args(inner)
        if origin is list and len(args) == 1:
            (elem,) = args
            items: str | None = None
            check = ""
            if elem is Any:
                items = v  # decoded JSON is ours alone: no copy needed
                check = f"if {v}: _untyped({v}, d + 1)"
            elif elem is str:
                items = f"[e if type(e) is str else _str(e, str) for e in {v}]"
            elif attrs.has(elem):
                ns[f"S{i}"] = self._nested(elem)
                items = f"[S{i}(e, d + 2) for e in {v}]"
            if items is not None:
                body = ([f"{v} = {items}"] if items != v else []) + ([check] if check else [])
                return [
                    *absent,
                    f"{'elif' if absent else 'if'} type({v}) is not list: raise _GiveUp",
                    "else:",
                    *("    " + line for line in body or ["pass"]),
                ]
        if origin is dict and args == (str, Any):
            return [
                *absent,
                f"{'elif' if absent else 'if'} type({v}) is not dict: raise _GiveUp",
                f"elif {v}: _untyped({v}, d + 1)",
            ]
        ns[f"H{i}"], ns[f"T{i}"] = converter.get_structure_hook(tp), tp
        return [f"{v} = H{i}({v}, T{i})"]

    def _nested(self, cls: type[Any]) -> Callable[[Any, int], Any]:
        fn = fast_decoders.get(cls)
        if fn is None:
            fn = fast_decoders[cls] = self.build(cls)
        return fn
