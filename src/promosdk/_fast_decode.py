"""Fast decoders: the straight-line functions codegen writes per model, else none (the converter alone).

codegen/decoders.py renders ``_generated/<package>/decoders.py`` from the spec: one plain function
per model, for the common case only. Anything it does not expect (a wrong type, a missing required
field, a value needing a conversion it does not inline) raises, and ``promosdk._serde.structure``
then decodes the value with the cattrs converter - the reference semantics, which gives the same
result or the DecodeError with wire paths. tests/test_generated_decoders.py checks the two agree.

This module holds what the generated functions share, and finds the generated decoder of a model
class: the one of the generated package whose models module defines it. A class no package defines
(a test's own attrs class) has no fast path. The generated modules are imported on the first decode
of one of their models, so ``import promosdk`` never pays for them.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable
from typing import Any, TypeVar, cast

import orjson

from ._json_limits import CONTAINERS, exceeds_depth

__all__ = [
    "GiveUp",
    "check_untyped",
    "fast_decoder",
    "fast_decoders",
    "json_document",
    "new_instance",
    "no_fast_path",
    "unknown_fields",
]

T = TypeVar("T")


class GiveUp(Exception):
    """The fast decoder met something it leaves to the reference converter."""


def no_fast_path(data: Any, depth: int) -> Any:
    raise GiveUp


#: The generated functions fill slotted attrs classes slot by slot: several times cheaper than
#: ``__init__`` with dozens of keywords (codegen renders it only for classes without validators,
#: converters, ``__setattr__`` hooks or ``__attrs_post_init__``).
new_instance = cast(Callable[[type[T]], T], object.__new__)


def check_untyped(value: Any, depth: int) -> None:
    """An untyped array/object at nesting ``depth`` must not nest past JSON_MAX_DEPTH."""
    if exceeds_depth(value, depth):
        raise GiveUp  # the reference path reports it with its wire path


def unknown_fields(data: dict[str, Any], known: frozenset[str], depth: int) -> dict[str, Any]:
    """The wire fields of ``data`` (an object at nesting ``depth``) that its model does not declare."""
    extra = {key: value for key, value in data.items() if key not in known}
    check_untyped(extra, depth)
    return extra


def json_document(text: str) -> Any:
    """A JSON document carried in a string (its nesting counts from 1, as the reference checks it)."""
    value = orjson.loads(text)
    if type(value) in CONTAINERS and exceeds_depth(value, 1):
        raise GiveUp
    return value


#: model class -> its fast decoder (``no_fast_path`` when it has none), filled on first use.
fast_decoders: dict[Any, Callable[[Any, int], Any]] = {}

_GENERATED = f"{__package__}._generated."


def fast_decoder(cls: Any) -> Callable[[Any, int], Any]:
    """The generated decoder of ``cls``: the one of the generated package whose models define it."""
    name = getattr(cls, "__name__", None)
    for module_name, module in list(sys.modules.items()):
        if module_name.startswith(_GENERATED) and module_name.endswith(".models") and getattr(module, str(name), None) is cls:
            generated = importlib.import_module(module_name.removesuffix("models") + "decoders")
            fast_decoders.update(generated.DECODERS)
            break
    return fast_decoders.setdefault(cls, no_fast_path)
