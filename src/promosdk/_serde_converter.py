"""The one cattrs converter: class hooks for wire names, ``extra``, JSON-in-a-string and unset lists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import orjson
from cattrs import override
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn
from cattrs.preconf.orjson import OrjsonConverter, make_converter

from ._enums import OpenIntEnum, OpenStrEnum
from ._json_limits import CONTAINERS, JSON_MAX_DEPTH, exceeds_depth, format_path, too_deep_path
from ._public import UnsetList
from ._serde_scalars import (
    describe,
    empty_list_default,
    is_list,
    is_optional,
    optional_inner,
    or_empty_list,
    structure_any,
    structure_bool,
    structure_int,
    structure_int_enum,
    structure_optional_str,
    structure_str,
    structure_str_enum,
    structure_yuan,
)


def build_converter() -> OrjsonConverter:
    conv = make_converter(detailed_validation=True)
    # cattrs dispatches on the class first (singledispatch, by MRO), so a hook for `int` alone
    # would also catch IntEnum subclasses: the enum bases get their own, more specific, hooks.
    conv.register_structure_hook(int, structure_int)
    conv.register_structure_hook(str, structure_str)
    conv.register_structure_hook(bool, structure_bool)
    conv.register_structure_hook(OpenIntEnum, structure_int_enum)
    conv.register_structure_hook(OpenStrEnum, structure_str_enum)
    conv.register_structure_hook_func(lambda t: t is Any, structure_any)
    conv.register_structure_hook_factory(
        lambda t: is_optional(t) and optional_inner(t) is not str, _optional_structure_factory(conv)
    )
    # A direct hook for the commonest field type: cattrs would re-dispatch on every value.
    conv.register_structure_hook_func(lambda t: t == (str | None), structure_optional_str)
    conv.register_structure_hook_factory(attrs.has, _class_structure_factory(conv))
    conv.register_unstructure_hook_factory(attrs.has, _class_unstructure_factory(conv))
    return conv


def _optional_structure_factory(conv: OrjsonConverter) -> Callable[[Any], Callable[[Any, Any], Any]]:
    def factory(tp: Any) -> Callable[[Any, Any], Any]:
        inner = optional_inner(tp)
        handler = conv.get_structure_hook(inner)

        def structure_optional(value: Any, _: Any) -> Any:
            if value is None or value == "":
                return None
            return handler(value, inner)

        return structure_optional

    return factory


def json_string_hook(conv: OrjsonConverter, tp: Any) -> Callable[[Any, Any], Any]:
    inner = optional_inner(tp) if is_optional(tp) else tp
    empty_list = is_list(inner)

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


def _wire_integer(value: Any) -> Any:
    """A boolean flag the wire carries as 0/1 (x-wire-type: integer)."""
    return None if value is None else int(value)


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
            hook = json_string_hook(conv, a.type) if a.metadata.get("json_string") else None
            if a.metadata.get("money") == "yuan-string":
                hook = structure_yuan
            if hook is None and empty_list_default(a):
                hook = or_empty_list(conv.get_structure_hook(a.type))
            overrides[a.name] = override(rename=wire, struct_hook=hook)
        base = make_dict_structure_fn(cls, conv, _cattrs_forbid_extra_keys=False, **overrides)
        known_keys = frozenset(known)

        def structure_model(data: Any, _: Any) -> Any:
            if not isinstance(data, dict):
                raise TypeError(f"expected an object, got {describe(data)}")
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
            elif a.metadata.get("wire_type") == "integer":
                hook = _wire_integer
            wire = a.metadata.get("wire", a.name)
            if empty_list_default(a):
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


converter: OrjsonConverter = build_converter()
