"""The one cattrs converter: wire JSON <-> generated attrs models.

Configured once at import (hooks are compiled on first use per class, then cached):
- snake_case Python names <-> wire names, from each field's ``metadata["wire"]``;
- unknown wire fields are kept in each object's ``extra`` and written back on unstructure;
- ints accept numbers sent as strings ("128") and integral floats, but reject bools and lossy floats;
- enums are open: a known value gives its member, an unknown one a pseudo-member (promosdk._enums);
- ``metadata["wire_type"] == "string"``: an int sent (and written back) as a JSON string;
- ``metadata["json_string"]``: a JSON document encoded in a string (absent, null, "" = none);
- "" for an optional non-string field means absent (the vendors' examples fill placeholders with "");
- a list field the spec does not require defaults to an empty ``UnsetList`` (promosdk._public):
  absent, null and "" decode as one, and it is left out when written back (a decoded ``[]`` is kept);
- a required field that is absent is a DecodeError at its wire path ("required field is missing");
- unstructuring omits optional fields left at their default.
Decode errors name the wire path that failed (``productListInfo[0].leagueExInfo.commissionRatio``).

Limits: the decoder accepts only what orjson can write back (the CLI prints results, and requests
are sent, with orjson): at most ``JSON_MAX_DEPTH`` nested arrays/objects per JSON document (the
body, and each JSON document carried in a string), and integers in ``JSON_INT_MIN..JSON_INT_MAX``.
orjson itself reads an integer beyond 64 bits as a float; a known int field refuses such a value
(or a numeric string beyond 64 bits), an unknown field keeps that float.
"""

from __future__ import annotations

import re
import types
import typing
from collections.abc import Callable
from typing import Any, TypeVar, Union

import attrs
import orjson
from cattrs import override
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from ._enums import OpenIntEnum, OpenStrEnum
from ._json_limits import (
    CONTAINERS,
    JSON_INT_MAX,
    JSON_INT_MIN,
    JSON_MAX_DEPTH,
    exceeds_depth,
    format_path,
    in_range,
    json_value_problem,
    too_deep_path,
)
from ._public import UnsetList
from ._redact import redacted_excerpt

__all__ = [
    "JSON_INT_MAX",
    "JSON_INT_MIN",
    "JSON_MAX_DEPTH",
    "DecodeError",
    "converter",
    "dumps",
    "json_value_problem",
    "loads",
    "structure",
    "unstructure",
]

T = TypeVar("T")
_INT_TEXT = re.compile(r"\s*[-+]?\d+\s*")


class DecodeError(ValueError):
    """A JSON value does not fit the model; ``problems`` lists (wire path, reason)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        shown = "; ".join(f"{path or '<root>'}: {reason}" for path, reason in problems[:5])
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(shown + more)


# ---------------------------------------------------------------- limits


def _check_document(data: Any, prefix: str = "") -> None:
    """Raise DecodeError if the decoded JSON document ``data`` nests past JSON_MAX_DEPTH."""
    if type(data) in CONTAINERS and exceeds_depth(data, 1):
        path = format_path([*([prefix] if prefix else []), *too_deep_path(data, 1)])
        raise DecodeError([(path, f"nests deeper than {JSON_MAX_DEPTH} levels of arrays/objects")])


# ---------------------------------------------------------------- scalar hooks


def _structure_int(value: Any, _: Any) -> int:
    kind = type(value)
    if kind is int:
        return value  # type: ignore[no-any-return]  # orjson reads only 64-bit ints as int
    if kind is str:
        # "128": the vendors send some numbers as strings.
        if (value.isascii() and value.isdigit()) or _INT_TEXT.fullmatch(value):
            if len(value) > 40 and len(value.strip().lstrip("+-").lstrip("0")) > 20:
                raise ValueError(f"integer of {len(value.strip())} digits is beyond 64 bits")
            return in_range(int(value))
        raise TypeError(f"expected an integer, got {_describe(value)}")
    if isinstance(value, bool):
        raise TypeError(f"expected an integer, got a boolean ({value!r})")
    if isinstance(value, int):
        return in_range(int(value))
    if isinstance(value, float):
        if value.is_integer():
            return in_range(int(value))
        raise ValueError(f"expected an integer, got {value!r} (would lose the fraction)")
    raise TypeError(f"expected an integer, got {_describe(value)}")


def _structure_str(value: Any, _: Any) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    raise TypeError(f"expected a string, got {_describe(value)}")


def _structure_optional_str(value: Any, _: Any) -> str | None:
    if value is None or type(value) is str:
        return value
    return _structure_str(value, str)


def _structure_bool(value: Any, _: Any) -> bool:
    if isinstance(value, bool):
        return value
    if value in (0, 1) and isinstance(value, int):
        return bool(value)
    if value in ("true", "false"):
        return bool(value == "true")
    raise TypeError(f"expected a boolean, got {_describe(value)}")


def _structure_int_enum(value: Any, cls: type[OpenIntEnum]) -> OpenIntEnum:
    return cls(_structure_int(value, int))


def _structure_str_enum(value: Any, cls: type[OpenStrEnum]) -> OpenStrEnum:
    if not isinstance(value, str):
        raise TypeError(f"expected a string, got {_describe(value)}")
    return cls(value)


def _structure_any(value: Any, _: Any) -> Any:
    return value


def _describe(value: Any) -> str:
    kind = {dict: "an object", list: "an array", type(None): "null"}.get(type(value))
    # Redacted before the cut: a secret straddling it would otherwise show up to the cut.
    return kind or redacted_excerpt(f"{type(value).__name__} {value!r}", 80, marker="")


def _is_optional(tp: Any) -> bool:
    origin = typing.get_origin(tp)
    if origin not in (Union, types.UnionType):
        return False
    args = typing.get_args(tp)
    return len(args) == 2 and type(None) in args


def _optional_inner(tp: Any) -> Any:
    return next(a for a in typing.get_args(tp) if a is not type(None))


def _is_list(tp: Any) -> bool:
    return typing.get_origin(tp) is list


def _empty_list_default(a: attrs.Attribute[Any]) -> bool:
    """A list field defaulting to an empty UnsetList (the spec does not require it)."""
    return getattr(a.default, "factory", None) is UnsetList


def _or_empty_list(handler: Callable[[Any, Any], Any]) -> Callable[[Any, Any], Any]:
    def structure_list(value: Any, tp: Any) -> Any:
        return UnsetList() if value is None or value == "" else handler(value, tp)

    return structure_list


# ---------------------------------------------------------------- attrs classes


def _make_converter() -> OrjsonConverter:
    conv = make_converter(detailed_validation=True)
    # cattrs dispatches on the class first (singledispatch, by MRO), so a hook for `int` alone
    # would also catch IntEnum subclasses: the enum bases get their own, more specific, hooks.
    conv.register_structure_hook(int, _structure_int)
    conv.register_structure_hook(str, _structure_str)
    conv.register_structure_hook(bool, _structure_bool)
    conv.register_structure_hook(OpenIntEnum, _structure_int_enum)
    conv.register_structure_hook(OpenStrEnum, _structure_str_enum)
    conv.register_structure_hook_func(lambda t: t is Any, _structure_any)
    conv.register_structure_hook_factory(
        lambda t: _is_optional(t) and _optional_inner(t) is not str, _optional_structure_factory(conv)
    )
    # A direct hook for the commonest field type: cattrs would re-dispatch on every value.
    conv.register_structure_hook_func(lambda t: t == (str | None), _structure_optional_str)
    conv.register_structure_hook_factory(attrs.has, _class_structure_factory(conv))
    conv.register_unstructure_hook_factory(attrs.has, _class_unstructure_factory(conv))
    return conv


def _optional_structure_factory(conv: OrjsonConverter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(tp: Any) -> Callable[[Any, Any], Any]:
        inner = _optional_inner(tp)
        handler = conv.get_structure_hook(inner)

        def structure_optional(value: Any, _: Any) -> Any:
            if value is None or value == "":
                return None
            return handler(value, inner)

        return structure_optional

    return factory


def _json_string_hook(conv: OrjsonConverter, tp: Any) -> Callable[[Any, Any], Any]:
    inner = _optional_inner(tp) if _is_optional(tp) else tp
    empty_list = _is_list(inner)

    def structure_json_string(value: Any, _: Any) -> Any:
        if value is None or value == "":
            return UnsetList() if empty_list else None
        if isinstance(value, str | bytes):
            try:
                value = orjson.loads(value)
            except orjson.JSONDecodeError as exc:
                raise ValueError(f"not a JSON-encoded string: {exc}") from None
            # A document of its own: its nesting counts from 1 (a raw value counts in the body's).
            if type(value) in CONTAINERS and exceeds_depth(value, 1):
                where = format_path(too_deep_path(value, 1)) or "<root>"
                raise ValueError(f"the JSON in this string nests deeper than {JSON_MAX_DEPTH} levels at {where}")
        return conv.structure(value, inner)

    return structure_json_string


def _json_string_unhook(conv: OrjsonConverter) -> Callable[[Any], Any]:
    def unstructure_json_string(value: Any) -> Any:
        return None if value is None else orjson.dumps(conv.unstructure(value)).decode()

    return unstructure_json_string


def _wire_string(value: Any) -> Any:
    if value is None:
        return None
    return str(value.value if isinstance(value, OpenIntEnum | OpenStrEnum) else value)


def _class_structure_factory(conv: OrjsonConverter) -> Callable[[type[Any]], Callable[[Any, Any], Any]]:
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
            hook = _json_string_hook(conv, a.type) if a.metadata.get("json_string") else None
            if hook is None and _empty_list_default(a):
                hook = _or_empty_list(conv.get_structure_hook(a.type))
            overrides[a.name] = override(rename=wire, struct_hook=hook)
        base = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=False, **overrides)
        known_keys = frozenset(known)

        def structure_model(data: Any, _: Any) -> Any:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object, got {_describe(data)}")
            obj = base(data, cls)
            # The common case (no unknown key) costs one C-level set comparison.
            if has_extra and not data.keys() <= known_keys:
                obj.extra = {k: v for k, v in data.items() if k not in known_keys}
            return obj

        return structure_model

    return factory


def _class_unstructure_factory(conv: OrjsonConverter) -> Callable[[type[Any]], Callable[[Any], Any]]:
    def factory(cls: type[Any]) -> Callable[[Any], Any]:
        attrs.resolve_types(cls)
        overrides: dict[str, Any] = {}
        has_extra = False
        unset_lists: list[tuple[str, str]] = []  # (attribute, wire name) of list fields left unset
        for a in attrs.fields(cls):
            if a.metadata.get("extra"):
                overrides[a.name] = override(omit=True)
                has_extra = True
                continue
            hook: Callable[[Any], Any] | None = None
            if a.metadata.get("json_string"):
                hook = _json_string_unhook(conv)
            elif a.metadata.get("wire_type") == "string":
                hook = _wire_string
            wire = a.metadata.get("wire", a.name)
            if _empty_list_default(a):
                # Written back unless it is the untouched default (a decoded [] is kept).
                unset_lists.append((a.name, wire))
                overrides[a.name] = override(rename=wire, unstruct_hook=hook, omit_if_default=False)
                continue
            overrides[a.name] = override(rename=wire, unstruct_hook=hook)
        base = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True, **overrides)

        # cattrs writes the fields it never omits first: put them back in declared (wire) order.
        order = tuple(a.metadata.get("wire", a.name) for a in attrs.fields(cls) if not a.metadata.get("extra"))

        def unstructure_model(obj: Any) -> Any:
            data = base(obj)
            if unset_lists:
                for name, wire in unset_lists:
                    value = getattr(obj, name)
                    if not value and type(value) is UnsetList:
                        del data[wire]
                data = {wire: data[wire] for wire in order if wire in data}
            if has_extra and obj.extra:
                return {**obj.extra, **data}
            return data

        return unstructure_model

    return factory


# ---------------------------------------------------------------- errors with wire paths


def _wire_name(cls: Any, name: str) -> str:
    if attrs.has(cls):
        for a in attrs.fields(cls):
            if a.name == name:
                return str(a.metadata.get("wire", name))
    return name


def _collect(exc: BaseException, prefix: str, out: list[tuple[str, str]]) -> None:
    if isinstance(exc, ClassValidationError):
        for sub in exc.exceptions:
            attr_notes = [n for n in getattr(sub, "__notes__", []) if isinstance(n, AttributeValidationNote)]
            part = _wire_name(exc.cl, attr_notes[0].name) if attr_notes else "?"
            _collect(sub, f"{prefix}.{part}" if prefix else part, out)
    elif isinstance(exc, IterableValidationError):
        for sub in exc.exceptions:
            item_notes = [n for n in getattr(sub, "__notes__", []) if isinstance(n, IterableValidationNote)]
            _collect(sub, f"{prefix}[{item_notes[0].index}]" if item_notes else prefix, out)
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            _collect(member, prefix, out)
    elif isinstance(exc, KeyError):
        # cattrs reads a required field with data[wire]: a KeyError is that field missing.
        out.append((prefix, "required field is missing"))
    else:
        out.append((prefix, str(exc) or type(exc).__name__))


# ---------------------------------------------------------------- public helpers

converter: OrjsonConverter = _make_converter()


def structure(data: Any, cls: type[T]) -> T:
    """Wire JSON value -> model; raises DecodeError naming the failing wire paths.

    A compiled decoder per model handles the common case; anything it does not expect (a wrong
    type, a missing required field, a value needing conversion it does not inline) makes it give
    up, and the cattrs converter decodes the value instead - giving the same result or the
    DecodeError with wire paths. tests/test_serde.py checks the two agree.
    """
    fast = _fast_decoders.get(cls)
    if fast is None:
        fast = _fast_decoders[cls] = _FastDecoderBuilder().build(cls) if attrs.has(cls) else _no_fast_path
    try:
        return fast(data, 1)  # type: ignore[no-any-return]
    except Exception:
        pass
    return structure_reference(data, cls)


def structure_reference(data: Any, cls: type[T]) -> T:
    """The cattrs converter alone (the reference semantics; also the error reporter)."""
    _check_document(data)
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as exc:
        problems: list[tuple[str, str]] = []
        _collect(exc, "", problems)
        raise DecodeError(problems) from None
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        raise DecodeError([("", f"{type(exc).__name__}: {exc}")]) from None


class _GiveUp(Exception):
    """The fast decoder met something it leaves to the reference converter."""


def _no_fast_path(data: Any, depth: int) -> Any:
    raise _GiveUp


def _check_untyped(value: Any, depth: int) -> None:
    """Fast path: an untyped array/object at nesting ``depth`` must not nest past the limit."""
    if exceeds_depth(value, depth):
        raise _GiveUp  # the reference path reports it with its wire path


_fast_decoders: dict[Any, Callable[[Any, int], Any]] = {}
_MISSING = object()


class _FastDecoderBuilder:
    """Compiles one plain function per model, with the common cases inlined (``type(v) is int``)."""

    def build(self, cls: type[Any]) -> Callable[[Any, int], Any]:
        attrs.resolve_types(cls)
        ns: dict[str, Any] = {
            "_GiveUp": _GiveUp,
            "_MISSING": _MISSING,
            "_cls": cls,
            "_str": _structure_str,
            "_int": _structure_int,
            "_bool": _structure_bool,
            "_int_enum": _structure_int_enum,
            "_str_enum": _structure_str_enum,
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
            ns[f"H{i}"], ns[f"T{i}"] = _json_string_hook(converter, tp), tp
            # A raw (not string-encoded) value nests inside the body: the reference path checks it.
            return [f"if {v} is not None and type({v}) is not str: raise _GiveUp", f"{v} = H{i}({v}, T{i})"]
        optional = _is_optional(tp)
        inner = _optional_inner(tp) if optional else tp
        if _empty_list_default(a):
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
        fn = _fast_decoders.get(cls)
        if fn is None:
            fn = _fast_decoders[cls] = self.build(cls)
        return fn


def unstructure(obj: Any) -> Any:
    """Model -> wire JSON value (wire names, unknown fields kept, unset optionals omitted)."""
    return converter.unstructure(obj)


def loads(body: bytes | str, cls: type[T]) -> T:
    return structure(orjson.loads(body), cls)


def dumps(obj: Any) -> bytes:
    return orjson.dumps(unstructure(obj))
