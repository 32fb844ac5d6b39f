"""Every error promosdk raises survives pickling (multiprocessing, task queues) with its fields."""

from __future__ import annotations

import pickle

import promosdk.errors as E
from promosdk import _registry
from promosdk._errors import RequestValidationError


def _same(error: BaseException) -> None:
    copy = pickle.loads(pickle.dumps(error))
    assert type(copy) is type(error)
    fields = {k: repr(v) for k, v in vars(error).items()}  # a nested cause compares by its repr
    assert (str(copy), repr(copy), copy.args) == (str(error), repr(error), error.args)
    assert {k: repr(v) for k, v in vars(copy).items()} == fields


def test_every_api_error_class_of_every_spec_pickles() -> None:
    classes = {cls for family in ("wechat", "waiqin") for cls in _registry.ERROR_CLASSES[family].values()}
    assert len(classes) >= 25
    for cls in classes:
        _same(cls(cls.default_code or 0, "refused", operation="target.plan_info", body={"errcode": cls.default_code}))


def test_the_runtime_errors_pickle_with_their_fields() -> None:
    for error in (
        RequestValidationError("order_id_list[0]", "blank", "must not be empty or blank"),
        E.BadResponseError("not JSON", operation="order.search", status=200, content_type="text/html", body=b"<html>"),
        E.PaginationError("no progress", operation="order.search", pages=2, items=3, total=9),
        E.AmbiguousWriteError("lost", operation="promotion.delete", cause=E.APIConnectionError("reset", sent=True)),
        E.HTTPStatusError(503, operation="product.list", body=b"busy", content_type="text/plain", retry_after=1.5),
        E.RateLimitExceeded(operation="order.info", wait=0.25),
    ):
        _same(error)
