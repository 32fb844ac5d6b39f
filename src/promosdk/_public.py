"""What the generated models need to look public: stable import paths, list defaults, wire export.

- ``publish(namespace, public)``: the classes a generated module exports report ``public`` as their
  ``__module__`` (``promosdk.models``, ``promosdk.errors``), so reprs of classes, tracebacks and
  pickles name the public home, never ``promosdk._generated...``. Pickles then load through the
  public module, which re-exports every class under the same name.
- ``UnsetList``: the default of a list field. It is an ordinary (empty) list to the caller; it only
  remembers that nobody set the field, so that writing the model back omits it. A decoded ``[]``
  is a plain list and is written back: round trips keep exactly the fields the server sent.
- ``to_dict(model)`` / ``to_json(model)``: any model (or a list of models) as wire JSON.

This module stays light (no attrs, cattrs or orjson until to_dict/to_json run): ``import promosdk``
imports it, through the generated exceptions.
"""

from __future__ import annotations

import enum
import importlib
from collections.abc import Mapping, Sequence
from typing import Any

__all__ = ["UnsetList", "publish", "to_dict", "to_json"]


class UnsetList(list[Any]):
    """The empty default of a list field: equal to ``[]``, and left out of the wire form while empty."""

    __slots__ = ()

    def __reduce__(self) -> tuple[Any, ...]:
        return (UnsetList, (list(self),))


def publish(namespace: Mapping[str, Any], public: str) -> None:
    """Give every class in ``namespace["__all__"]`` the public module name ``public``.

    Only for the real package (a preview or copy of the generated code keeps its own names). The
    classes are put into the public module right away: attrs and cattrs resolve the models' string
    annotations in the namespace of ``__module__``, which must then hold them.
    """
    own = str(namespace.get("__name__", ""))
    if not own.startswith("promosdk._generated."):
        return
    exported = {name: namespace[name] for name in namespace.get("__all__", ())}
    for obj in exported.values():
        if isinstance(obj, type) and obj.__module__ == own:
            obj.__module__ = public
    # The public module re-exports them from now on (promosdk.models builds each family on first use).
    vars(importlib.import_module(public)).update(exported)


# ---------------------------------------------------------------- export


def to_dict(model: Any, *, wire_names: bool = True) -> dict[str, Any]:
    """A model as a dict of JSON values.

    ``wire_names=True`` (the default): exactly what the client sends or received - wire names
    (``targetPlanInfo``), unknown fields of ``extra`` merged back in, ints the wire carries as
    strings written as strings, JSON-in-a-string fields encoded, optional fields left unset
    omitted. ``wire_names=False``: the Python view - attribute names (``target_plan_info``), every
    field (``None`` included), enums as their values, decoded values as they are; a non-empty
    ``extra`` is kept under ``"extra"`` with its wire names.
    """
    import attrs

    if not attrs.has(type(model)):
        raise TypeError(f"to_dict() takes a promosdk model, not {type(model).__name__}")
    if wire_names:
        from ._serde import unstructure

        data: dict[str, Any] = unstructure(model)
        return data
    return _python_dict(model)


def to_json(value: Any, *, wire_names: bool = True, indent: bool = False) -> str:
    """A model, or a list of models (``query_campaign``'s result), as JSON text (UTF-8, not ASCII-escaped).

    ``wire_names`` as for :func:`to_dict`; ``indent=True`` indents by two spaces.
    """
    import orjson

    if isinstance(value, Sequence) and not isinstance(value, str | bytes | bytearray):
        data: Any = [to_dict(item, wire_names=wire_names) for item in value]
    else:
        data = to_dict(value, wire_names=wire_names)
    return orjson.dumps(data, option=orjson.OPT_INDENT_2 if indent else 0).decode()


def _python_dict(model: Any) -> dict[str, Any]:
    import attrs

    out: dict[str, Any] = {}
    for a in attrs.fields(type(model)):
        value = getattr(model, a.name)
        if a.metadata.get("extra"):
            if value:
                out[a.name] = value
            continue
        out[a.name] = _python_value(value)
    return out


def _python_value(value: Any) -> Any:
    import attrs

    if attrs.has(type(value)):
        return _python_dict(value)
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return [_python_value(item) for item in value]
    return value
