"""The generated models' __repr__ and __eq__ (written by codegen, not made by attrs at import)
behave as attrs' own would: swept over every model of every spec."""

from __future__ import annotations

from typing import Any

import attrs
import pytest

from promosdk._generated.waiqin_bc import models as waiqin_models
from promosdk._generated.wechat_union import models as wechat_models

MODELS = sorted(
    (
        cls
        for module in (wechat_models, waiqin_models)
        for cls in (getattr(module, name) for name in module.__all__)
        if isinstance(cls, type) and attrs.has(cls)
    ),
    key=lambda cls: f"{cls.__module__}.{cls.__qualname__}",
)


def _values(cls: type[Any], tag: str) -> dict[str, Any]:
    """A distinct plain value per field (repr-safe: nothing that looks like a secret)."""
    return {f.name: {"k": f"{tag}-{i}"} if f.name == "extra" else f"{tag}-{i}" for i, f in enumerate(attrs.fields(cls))}


def _attrs_reference(cls: type[Any]) -> type[Any]:
    """The same fields in a class whose repr and eq attrs makes itself."""
    these = {f.name: attrs.field(repr=f.repr, default=None) for f in attrs.fields(cls)}
    return attrs.make_class(cls.__name__, these, kw_only=True)


def test_every_model_is_swept() -> None:
    assert len(MODELS) >= 100
    assert all("__repr__" in vars(cls) and "__eq__" in vars(cls) for cls in MODELS)


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__qualname__)
def test_repr_is_attrs_repr(cls: type[Any]) -> None:
    values = _values(cls, "v")
    assert repr(cls(**values)) == repr(_attrs_reference(cls)(**values))


@pytest.mark.parametrize("cls", MODELS, ids=lambda cls: cls.__qualname__)
def test_eq_compares_every_field_of_the_same_class(cls: type[Any]) -> None:
    values = _values(cls, "v")
    one, same = cls(**values), cls(**values)
    assert one == same
    assert (one != same) is False  # __ne__ falls back on the written __eq__
    for name in values:
        other = cls(**{**values, name: "changed"})
        assert one != other, name
        assert (one == other) is False, name
    assert one.__eq__(object()) is NotImplemented
    assert one != _attrs_reference(cls)(**values)  # another class with the same fields
    assert cls.__hash__ is None  # unhashable, as attrs makes a mutable class with eq
