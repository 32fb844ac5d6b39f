"""Decode: plan_info body bytes -> typed models, with 10, 100 and 1,000 products (the seed's one,
replicated with distinct ids).

* promosdk — ``promosdk._serde.loads(body, PlanInfoResponse)`` (orjson + the cattrs converter;
  unknown fields kept in ``extra``, ints sent as strings accepted, open enums);
* promosdk structure only — the cattrs part alone, from the already-parsed dict;
* pydantic v2 — ``PlanInfoResponse.model_validate_json(body)`` (``extra="allow"``: keeps unknown fields);
* msgspec — ``Decoder(PlanInfoResponse, strict=False).decode(body)`` (Structs DROP unknown fields);
* orjson.loads alone — bytes to dicts, no types: the floor.

Timed with ``time.process_time()`` (CPU of this process, robust to noisy neighbours); each
repeat interleaves the decoders; the median per decode is reported. Twice: with the cyclic GC on
(as in an application; its collections grow with the number of objects a body makes, which weighs
on large bodies whatever the decoder) and paused (the decoder's own cost).
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import orjson

from promosdk._generated.wechat_union.models import PlanInfoResponse
from promosdk._serde import loads as promosdk_loads
from promosdk._serde import structure as promosdk_structure

from . import msgspec_models as ms
from . import pydantic_models as pm
from ._common import median, plan_info_body, plan_info_document

DECODERS = ("promosdk", "promosdk structure only", "pydantic v2", "msgspec", "orjson.loads alone")


@dataclass
class DecodeResult:
    sizes: list[int]
    body_bytes: dict[int, int]
    #: (decoder, size, gc on) -> per-repeat µs per decode
    samples: dict[tuple[str, int, bool], list[float]] = field(default_factory=dict)
    unknown_fields: dict[str, bool] = field(default_factory=dict)

    def us(self, decoder: str, size: int, gc_on: bool = True) -> float:
        return median(self.samples[(decoder, size, gc_on)])

    def ratio(self, decoder: str, other: str, size: int, gc_on: bool = True) -> float:
        """Median over repeats of decoder time / other time (<1 = decoder faster)."""
        mine, theirs = self.samples[(decoder, size, gc_on)], self.samples[(other, size, gc_on)]
        return median([m / t for m, t in zip(mine, theirs, strict=True)])


def _decoders(body: bytes) -> dict[str, Callable[[], Any]]:
    parsed = orjson.loads(body)
    return {
        "promosdk": lambda: promosdk_loads(body, PlanInfoResponse),
        "promosdk structure only": lambda: promosdk_structure(parsed, PlanInfoResponse),
        "pydantic v2": lambda: pm.PlanInfoResponse.model_validate_json(body),
        "msgspec": lambda: ms.plan_info_decoder.decode(body),
        "orjson.loads alone": lambda: orjson.loads(body),
    }


def check_equivalent(products: int) -> dict[str, bool]:
    """The decoders agree on the seed's values; returns which keep an unknown wire field."""
    document = plan_info_document(products)
    document["productListInfo"][0]["productDetailInfo"]["benchUnknownField"] = {"kept": True}
    body = orjson.dumps(document)
    a = promosdk_loads(body, PlanInfoResponse)
    b = pm.PlanInfoResponse.model_validate_json(body)
    c = ms.plan_info_decoder.decode(body)
    assert (
        a.product_list_info is not None
        and b.product_list_info is not None
        and c.product_list_info is not None
    )
    assert len(a.product_list_info) == len(b.product_list_info) == len(c.product_list_info) == products
    for x, y, z in zip(a.product_list_info, b.product_list_info, c.product_list_info, strict=True):
        assert x.product_detail_info is not None and y.product_detail_info is not None
        assert z.product_detail_info is not None
        assert x.product_id == y.product_id == z.product_id
        assert x.product_detail_info.total_stock_num == y.product_detail_info.total_stock_num == 128
        assert z.product_detail_info.total_stock_num == 128
    pa, pb = a.product_list_info[0].product_detail_info, b.product_list_info[0].product_detail_info
    assert pa is not None and pb is not None
    return {
        "promosdk": "benchUnknownField" in pa.extra,
        "pydantic v2": "benchUnknownField" in (pb.model_extra or {}),
        "msgspec": False,  # Structs have nowhere to keep it
        "orjson.loads alone": True,
    }


def _time_per_call(fn: Callable[[], Any], number: int) -> float:
    start = time.process_time()
    for _ in range(number):
        fn()
    return (time.process_time() - start) / number


def run_decode(
    sizes: Sequence[int], *, repeats: int, target_s: float, log: Callable[[str], None] = print
) -> DecodeResult:
    result = DecodeResult(sizes=list(sizes), body_bytes={})
    result.unknown_fields = check_equivalent(3)
    for size in sizes:
        body = plan_info_body(size)
        result.body_bytes[size] = len(body)
        decoders = _decoders(body)
        numbers: dict[str, int] = {}
        for name, fn in decoders.items():
            fn()  # warm: cattrs compiles its hooks on first use, pydantic builds validators at import
            once = max(_time_per_call(fn, 1), 1e-7)
            numbers[name] = max(1, int(target_s / once))
        for gc_on in (True, False):
            gc.collect()
            if not gc_on:
                gc.disable()
            try:
                for _ in range(repeats):
                    for name, fn in decoders.items():
                        sample = _time_per_call(fn, numbers[name]) * 1e6
                        result.samples.setdefault((name, size, gc_on), []).append(sample)
            finally:
                gc.enable()
        log(
            f"  decode {size} products (GC on): "
            + ", ".join(f"{name} {result.us(name, size):,.0f}µs" for name in decoders)
        )
    return result
