"""Every exception promosdk raises, in one public module (all of them are also in ``promosdk``).

The roots are written by hand (promosdk._errors); one base per error category and one class per
documented error code are generated from the specs (promosdk._generated.errors, from
``x-error-categories`` and ``x-error-codes``), and ``__all__`` is the two modules' lists: a code
added to a spec is exported here, and from ``promosdk``, without an edit. Every class reports
``promosdk.errors`` as its module, so tracebacks, reprs of classes and pickles of classes name this
path. Static checkers name the defining module (mypy's ``reveal_type`` shows
``promosdk._generated.errors.PlanNotFoundError``, the same class).

    PromoSDKError
    ├── RequestValidationError (ValueError)   bad input, raised before anything is sent
    ├── APIConnectionError                    the request may not have reached the server
    │   └── APITimeoutError (TimeoutError)
    ├── HTTPStatusError                       a non-2xx answer
    ├── BadResponseError                      a 2xx answer that is not the documented JSON
    │   └── PaginationError                   a paged listing that does not end
    ├── AmbiguousWriteError                   a write may or may not have happened
    ├── ClientClosedError (RuntimeError)
    ├── WrongEventLoopError (RuntimeError)
    ├── StoreUnavailableError                 the shared token store / rate limiter is down
    ├── RateLimitExceeded                     our own (local or fleet) rate budget refused the call
    └── APIError                              the vendor answered with an error code
        ├── WaiqinAPIError                    every waiqin365 error
        ├── AccessTokenError, ServerBusyError, RateLimitError (QuotaError), AuthorizationError,
        │   InvalidRequestError: one base per error category
        └── one class per documented code, on its category's base: PlanNotFoundError, ...

The batch runner's own errors live in ``promosdk.batch``.
"""

from __future__ import annotations

from . import _errors
from ._errors import *  # noqa: F403
from ._generated import errors as _generated
from ._generated.errors import *  # noqa: F403

__all__: list[str] = []
__all__ += _errors.__all__
__all__ += _generated.__all__


def _publish() -> None:
    for name in __all__:
        globals()[name].__module__ = __name__


_publish()  # the generated classes are published by their module; the hand-written ones here
