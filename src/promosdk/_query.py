"""The query string of a GET request, written once per model's field list instead of per call.

The reference is the converter: ``unstructure(request)`` (wire names, unset optionals and default
values omitted, extra fields first) and each pair quoted as aiohttp quotes ``params=``. For a model
whose fields are all plain scalars (int, str, bool, an enum of those) the same string is written
from the attributes directly: no dict, no converter call. Anything else on a call (extra fields, a
value of an unexpected type) falls back to the reference; tests/test_query_encoder.py checks both
give the same bytes for every GET request model of every spec.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Callable
from typing import Any

import attrs

from ._public import UnsetList
from ._serde import unstructure
from ._serde_scalars import empty_list_default
from ._transport import encode_query, quote_query_part

#: request -> its query string (without "?"), by the converter and yarl's quoter.
Encoder = Callable[[Any], str]

_SCALARS = (int, str, bool, float)


def reference_query(request: Any) -> str:
    return encode_query(
        (key, value if type(value) is str else _query_value(value))
        for key, value in unstructure(request).items()
        if value is not None
    )


def _query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


#: request model -> its encoder, built on the first call of each model.
_ENCODERS: dict[type[Any], Encoder] = {}


def request_query(request: Any) -> str:
    """The query string of ``request`` (without "?"), written by its model's encoder."""
    encode = _ENCODERS.get(type(request))
    if encode is None:
        encode = _ENCODERS[type(request)] = query_encoder(type(request))
    return encode(request)


def query_encoder(cls: type[Any]) -> Encoder:
    """The fastest encoder of ``cls`` that writes what :func:`reference_query` writes."""
    fields = _query_fields(cls)
    if fields is None:
        return reference_query
    quote = quote_query_part
    extra_name = next((a.name for a in attrs.fields(cls) if a.metadata.get("extra")), None)

    def encode(request: Any) -> str:
        if extra_name is not None and getattr(request, extra_name):
            return reference_query(request)
        parts: list[str] = []
        for name, key, plain in fields:
            value = getattr(request, name)
            if value is None or (not plain and not value and type(value) is UnsetList):
                continue
            if not plain:  # JSON in a string, a wire-type hook, a list: the converter's work
                return reference_query(request)
            if isinstance(value, enum.Enum):
                value = value.value
            kind = type(value)
            if kind is str:
                parts.append(key + quote(value))
            elif kind is int:
                parts.append(key + str(value))  # digits and "-": nothing to quote
            elif kind is bool:
                parts.append(key + ("true" if value else "false"))
            else:  # a float, a value the validation let through: the reference
                return reference_query(request)
        return "&".join(parts)

    return encode


def _query_fields(cls: type[Any]) -> list[tuple[str, str, bool]] | None:
    """(attribute, quoted ``wire=``, plain scalar?) of each field in the order the converter writes
    them, or None when a field has a default the converter would omit a value equal to."""
    attrs.resolve_types(cls)
    required: list[tuple[str, str, bool]] = []
    optional: list[tuple[str, str, bool]] = []
    for a in attrs.fields(cls):
        meta = a.metadata
        if meta.get("extra"):
            continue
        plain = not (meta.get("json_string") or meta.get("wire_type")) and _is_scalar(a.type)
        entry = (a.name, quote_query_part(meta.get("wire", a.name)) + "=", plain)
        if a.default is attrs.NOTHING:
            required.append(entry)
        elif a.default is None or empty_list_default(a):
            optional.append(entry)
        else:
            return None
    # cattrs writes the fields without a default first; a model with unset lists is put back
    # in declared order by the converter.
    if any(empty_list_default(a) for a in attrs.fields(cls)):
        order = {a.name: i for i, a in enumerate(attrs.fields(cls))}
        return sorted(required + optional, key=lambda entry: order[entry[0]])
    return required + optional


def _is_scalar(tp: Any) -> bool:
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        return all(a is type(None) or _is_scalar(a) for a in typing.get_args(tp))
    return isinstance(tp, type) and (tp in _SCALARS or issubclass(tp, enum.Enum))
