"""Decode: body bytes -> typed models, for plan_info with 10, 100 and 1,000 products (the seed's
one, replicated with distinct ids) and for a 20-product product/list page (the fixture's two).

* promosdk — ``promosdk._serde.loads(body, Model)``, what the client does with an answer
  (orjson + the decoders; unknown fields kept in ``extra``, ints sent as strings accepted, open enums);
* promosdk structure only — the typed part alone, from the already-parsed dict;
* pydantic v2 — ``Model.model_validate_json(body)`` (``extra="allow"``: keeps unknown fields);
* msgspec — ``Decoder(Model, strict=False).decode(body)`` (Structs DROP unknown fields);
* orjson.loads alone — bytes to dicts, no types: the floor.

Before timing, every case is decoded by the three typed decoders with an unknown field added at
two depths: their values are checked equal (:func:`values`), and promosdk and pydantic are
asserted to keep the unknown fields (msgspec to drop them). Timed with ``time.process_time()``
(CPU of this process, robust to noisy neighbours); each repeat interleaves the decoders; the
median per decode is reported. Twice: with the cyclic GC on (as in an application; its
collections grow with the number of objects a body makes, which weighs on large bodies whatever
the decoder) and paused (the decoder's own cost).
"""

from __future__ import annotations

import enum
import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import attrs
import msgspec
import orjson
import pydantic

from promosdk._serde import loads as promosdk_loads
from promosdk._serde import structure as promosdk_structure
from promosdk.models import PlanInfoResponse, ProductListResponse

from . import msgspec_models as ms
from . import pydantic_models as pm
from ._common import PRODUCT_PAGE, median, plan_info_document, product_list_document

DECODERS = ("promosdk", "promosdk structure only", "pydantic v2", "msgspec", "orjson.loads alone")
PROMOSDK, PYDANTIC = "promosdk", "pydantic v2"
UNKNOWN = "benchUnknownField"


@dataclass(frozen=True)
class Case:
    """One body to decode: ``label`` names it in the report (``plan_info 100``)."""

    endpoint: str
    items: int

    @property
    def label(self) -> str:
        return f"{self.endpoint} {self.items:,}"

    def document(self) -> dict[str, Any]:
        if self.endpoint == "plan_info":
            return plan_info_document(self.items)
        return product_list_document(self.items)

    def typed(self) -> tuple[type[Any], type[pm.Wire], msgspec.json.Decoder[Any], str]:
        """promosdk model, pydantic model, msgspec decoder, the wire name of the item list."""
        if self.endpoint == "plan_info":
            return PlanInfoResponse, pm.PlanInfoResponse, ms.plan_info_decoder, "productListInfo"
        return ProductListResponse, pm.ProductListResponse, ms.product_list_decoder, "productList"


def cases(plan_info_sizes: Sequence[int], product_page: int = PRODUCT_PAGE) -> list[Case]:
    return [*(Case("plan_info", n) for n in plan_info_sizes), Case("product/list", product_page)]


@dataclass
class DecodeResult:
    cases: list[Case]
    body_bytes: dict[str, int] = field(default_factory=dict)
    #: (decoder, case label, gc on) -> per-repeat µs per decode
    samples: dict[tuple[str, str, bool], list[float]] = field(default_factory=dict)
    unknown_fields: dict[str, bool] = field(default_factory=dict)

    def us(self, decoder: str, case: str, gc_on: bool = True) -> float:
        return median(self.samples[(decoder, case, gc_on)])

    def ratio(self, decoder: str, other: str, case: str, gc_on: bool = True) -> float:
        """Median over repeats of decoder time / other time (<1 = decoder faster)."""
        mine, theirs = self.samples[(decoder, case, gc_on)], self.samples[(other, case, gc_on)]
        return median([m / t for m, t in zip(mine, theirs, strict=True)])


def values(obj: Any) -> Any:
    """A decoded object as plain data to compare across decoders: a dict per model of its Python
    field names (and its unknown wire fields), enums as ints; None, [] and {} (the defaults a
    decoder fills in for an absent field) left out."""
    if attrs.has(type(obj)):
        data = {a.name: getattr(obj, a.name) for a in attrs.fields(type(obj)) if a.name != "extra"}
        data.update(getattr(obj, "extra", {}))
    elif isinstance(obj, pydantic.BaseModel):
        data = {name: getattr(obj, name) for name in type(obj).model_fields}
        data.update(obj.model_extra or {})
    elif isinstance(obj, msgspec.Struct):
        data = {name: getattr(obj, name) for name in obj.__struct_fields__}
    elif isinstance(obj, dict):
        data = obj
    elif isinstance(obj, list):
        return [values(v) for v in obj]
    elif isinstance(obj, enum.Enum):
        return obj.value
    else:
        return obj
    out = {k: values(v) for k, v in data.items()}
    return {k: v for k, v in out.items() if v is not None and v != [] and v != {}}


def _without_unknown(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _without_unknown(v) for k, v in value.items() if k != UNKNOWN}
    if isinstance(value, list):
        return [_without_unknown(v) for v in value]
    return value


def check_equivalent(case: Case) -> dict[str, bool]:
    """The typed decoders give the same values; promosdk and pydantic keep unknown fields (asserted)."""
    document = case.document()
    model, pydantic_model, msgspec_decoder, wire_items = case.typed()
    items = _python_name(wire_items)
    document[UNKNOWN] = {"kept": True}
    first = document[wire_items][0]
    nested = first["productDetailInfo"] if case.endpoint == "plan_info" else first["product"]["info"]
    nested[UNKNOWN] = [1, "two"]
    body = orjson.dumps(document)

    ours = values(promosdk_loads(body, model))
    theirs = values(pydantic_model.model_validate_json(body))
    dropped = values(msgspec_decoder.decode(body))
    assert len(ours[items]) == case.items, f"{case.label}: promosdk decoded {len(ours[items])} items"
    assert ours == theirs, f"{case.label}: promosdk and pydantic decode different values"
    assert _without_unknown(ours) == dropped, f"{case.label}: promosdk and msgspec decode different values"
    kept = {
        PROMOSDK: UNKNOWN in ours and UNKNOWN in _nested(ours, case, items),
        PYDANTIC: UNKNOWN in theirs and UNKNOWN in _nested(theirs, case, items),
        "msgspec": UNKNOWN in dropped,
    }
    assert kept[PROMOSDK], f"{case.label}: promosdk lost an unknown field"
    assert kept[PYDANTIC], f"{case.label}: pydantic lost an unknown field (extra='allow')"
    assert not kept["msgspec"], f"{case.label}: msgspec kept an unknown field"
    return {**kept, "orjson.loads alone": True}


def _python_name(wire: str) -> str:
    return "".join("_" + c.lower() if c.isupper() else c for c in wire)


def _nested(wire: dict[str, Any], case: Case, items: str) -> dict[str, Any]:
    first = wire[items][0]
    found = first["product_detail_info"] if case.endpoint == "plan_info" else first["product"]["info"]
    assert isinstance(found, dict)
    return found


def _decoders(case: Case, body: bytes) -> dict[str, Callable[[], Any]]:
    model, pydantic_model, msgspec_decoder, _ = case.typed()
    parsed = orjson.loads(body)
    return {
        "promosdk": lambda: promosdk_loads(body, model),
        "promosdk structure only": lambda: promosdk_structure(parsed, model),
        "pydantic v2": lambda: pydantic_model.model_validate_json(body),
        "msgspec": lambda: msgspec_decoder.decode(body),
        "orjson.loads alone": lambda: orjson.loads(body),
    }


def _time_per_call(fn: Callable[[], Any], number: int) -> float:
    start = time.process_time()
    for _ in range(number):
        fn()
    return (time.process_time() - start) / number


def run_decode(
    decode_cases: Sequence[Case], *, repeats: int, target_s: float, log: Callable[[str], None] = print
) -> DecodeResult:
    result = DecodeResult(cases=list(decode_cases))
    for case in decode_cases:
        kept = check_equivalent(case)
        result.unknown_fields = {k: result.unknown_fields.get(k, True) and v for k, v in kept.items()}
        body = orjson.dumps(case.document())
        result.body_bytes[case.label] = len(body)
        decoders = _decoders(case, body)
        numbers: dict[str, int] = {}
        for name, fn in decoders.items():
            fn()  # warm: hooks built on first use
            once = max(_time_per_call(fn, 1), 1e-7)
            numbers[name] = max(2, int(target_s / once))
        for gc_on in (True, False):
            if not gc_on:
                gc.disable()
            try:
                for rep in range(repeats):
                    names = list(decoders)
                    shift = rep % len(names)
                    for name in names[shift:] + names[:shift]:
                        # Every sample starts from a collected heap: with the GC on, when a full
                        # collection falls (and what it traverses) then depends on the decoder only.
                        gc.collect()
                        sample = _time_per_call(decoders[name], numbers[name]) * 1e6
                        result.samples.setdefault((name, case.label, gc_on), []).append(sample)
            finally:
                gc.enable()
        log(
            f"  decode {case.label} (GC on): "
            + ", ".join(f"{name} {result.us(name, case.label):,.0f}µs" for name in decoders)
        )
    return result
