"""Base of the generated resource classes: they build a request model and hand it to the client."""

from __future__ import annotations

import enum
from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Protocol, TypeVar

from attrs import frozen
from multidict import CIMultiDictProxy

from ._errors import RequestValidationError
from ._redact import redact, redacting

if TYPE_CHECKING:
    from ._operation import OperationSpec

__all__ = ["BaseResource", "RawResponse", "coerce_enum"]

T = TypeVar("T")
E = TypeVar("E", bound=enum.Enum)


class _Requester(Protocol):
    def _request(self, operation: OperationSpec, request: Any, *, raw: bool) -> Awaitable[Any]: ...


@frozen(repr=False)
class RawResponse(Generic[T]):
    """The HTTP answer of one call, for debugging: status, headers, body bytes and the parsed result.

    The attributes hold what the server sent, unchanged; ``repr()``/``str()`` redact registered
    secrets and secret-bearing URL parts (a server may echo the access_token into the body).
    """

    status: int
    headers: CIMultiDictProxy[str]
    content: bytes
    parsed: T
    operation: str
    attempts: int = 1

    def parse(self) -> T:
        return self.parsed

    @property
    def text(self) -> str:
        return self.content.decode("utf-8", errors="replace")

    @redacting
    def __repr__(self) -> str:
        # The body is redacted as text before it is printed as bytes: in a bytes repr a non-ASCII
        # or quoted secret is escaped and would no longer match. surrogateescape keeps other bytes.
        content = redact(self.content.decode("utf-8", errors="surrogateescape"))
        printed = content.encode("utf-8", errors="surrogateescape")
        headers = ", ".join(f"{key!r}: {value!r}" for key, value in self.headers.items())
        return (
            f"RawResponse(status={self.status!r}, operation={self.operation!r}, attempts={self.attempts!r}, "
            f"headers={{{headers}}}, content={printed!r}, parsed={self.parsed!r})"
        )


class BaseResource:
    """Holds the client; generated subclasses add one async method per operation."""

    _operations: ClassVar[Mapping[str, OperationSpec]]

    def __init__(self, client: _Requester) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<{type(self).__name__}>"

    # Plain functions returning the client's coroutine: one coroutine frame less per call.
    def _call(self, operation: str, request: Any) -> Awaitable[Any]:
        return self._client._request(self._operations[operation], request, raw=False)

    def _call_raw(self, operation: str, request: Any) -> Awaitable[Any]:
        return self._client._request(self._operations[operation], request, raw=True)


def coerce_enum(enum_cls: type[E], value: object, wire: str) -> Any:
    """Accept a member or its raw value; unknown values become pseudo-members that validation rejects."""
    if value is None or isinstance(value, enum_cls):
        return value
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise RequestValidationError(wire, "enum", f"must be one of {[m.value for m in enum_cls]}")
    try:
        return enum_cls(value)
    except ValueError:
        raise RequestValidationError(wire, "enum", f"must be one of {[m.value for m in enum_cls]}") from None
