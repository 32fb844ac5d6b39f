"""The one cattrs converter: wire JSON <-> generated attrs models.

Configured once at import (hooks are compiled on first use per class, then cached):
- snake_case Python names <-> wire names, from each field's ``metadata["wire"]``;
- unknown wire fields are kept in each object's ``extra`` and written back on unstructure;
- ints accept numbers sent as strings ("128") and integral floats, but reject bools and lossy floats;
- enums are open: a known value gives its member, an unknown one a pseudo-member (promosdk._enums);
- ``metadata["wire_type"] == "string"``: an int sent (and written back) as a JSON string;
- ``metadata["json_string"]``: a JSON document encoded in a string (absent, null, "" = none);
- "" for an optional non-string field means absent (the vendors' examples fill placeholders with "");
- a list field the spec does not require defaults to an empty ``UnsetList`` (promosdk._public):
  absent, null and "" decode as one, and it is left out when written back (a decoded ``[]`` is kept);
- a required field that is absent is a DecodeError at its wire path ("required field is missing");
- unstructuring omits optional fields left at their default.
Decode errors name the wire path that failed (``productListInfo[0].leagueExInfo.commissionRatio``).

Limits: the decoder accepts only what orjson can write back (the CLI prints results, and requests
are sent, with orjson): at most ``JSON_MAX_DEPTH`` nested arrays/objects per JSON document (the
body, and each JSON document carried in a string), and integers in ``JSON_INT_MIN..JSON_INT_MAX``.
orjson itself reads an integer beyond 64 bits as a float; a known int field refuses such a value
(or a numeric string beyond 64 bits), an unknown field keeps that float.

Layout: this module is the API (structure, unstructure, loads, dumps) and the error reporting; the
converter is built in ``_serde_converter`` (scalar hooks in ``_serde_scalars``), and ``structure``
tries the generated decoders (``_fast_decode``, ``_generated/<package>/decoders.py``) before it.

The cyclic GC is paused while one answer is parsed and built (``with_gc_paused``): a typed answer
is as many GC-tracked objects as its JSON, alive beside it until the decode ends, so a 20-product
page would cross the young generation's threshold (700) on every call and promote half-built
answers towards full collections of the whole heap. Decoding makes no reference cycles, and the
parsed JSON is freed as soon as the decode returns, so nothing is left for the GC to find; pausing
took the GC's part of a product/list call from ~900 young collections per 1,000 calls to ~4
(benchmarks/gc_share.py). A GC the application disabled stays disabled.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from typing import Any, ParamSpec, TypeVar

import attrs
import orjson
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    IterableValidationError,
    IterableValidationNote,
)

from ._fast_decode import fast_decoder, fast_decoders
from ._json_limits import (
    CONTAINERS,
    JSON_INT_MAX,
    JSON_INT_MIN,
    JSON_MAX_DEPTH,
    exceeds_depth,
    format_path,
    json_value_problem,
    too_deep_path,
)
from ._serde_converter import converter

__all__ = [
    "JSON_INT_MAX",
    "JSON_INT_MIN",
    "JSON_MAX_DEPTH",
    "DecodeError",
    "converter",
    "dumps",
    "json_value_problem",
    "loads",
    "structure",
    "unstructure",
]

T = TypeVar("T")


class DecodeError(ValueError):
    """A JSON value does not fit the model; ``problems`` lists (wire path, reason)."""

    def __init__(self, problems: list[tuple[str, str]]) -> None:
        self.problems = problems
        shown = "; ".join(f"{path or '<root>'}: {reason}" for path, reason in problems[:5])
        more = f" (+{len(problems) - 5} more)" if len(problems) > 5 else ""
        super().__init__(shown + more)


# ---------------------------------------------------------------- limits


def _check_document(data: Any, prefix: str = "") -> None:
    """Raise DecodeError if the decoded JSON document ``data`` nests past JSON_MAX_DEPTH."""
    if type(data) in CONTAINERS and exceeds_depth(data, 1):
        path = format_path([*([prefix] if prefix else []), *too_deep_path(data, 1)])
        raise DecodeError([(path, f"nests deeper than {JSON_MAX_DEPTH} levels of arrays/objects")])


# ---------------------------------------------------------------- errors with wire paths


def _wire_name(cls: Any, name: str) -> str:
    if attrs.has(cls):
        for a in attrs.fields(cls):
            if a.name == name:
                return str(a.metadata.get("wire", name))
    return name


def _collect(exc: BaseException, prefix: str, out: list[tuple[str, str]]) -> None:
    if isinstance(exc, ClassValidationError):
        for sub in exc.exceptions:
            attr_notes = [n for n in getattr(sub, "__notes__", []) if isinstance(n, AttributeValidationNote)]
            part = _wire_name(exc.cl, attr_notes[0].name) if attr_notes else "?"
            _collect(sub, f"{prefix}.{part}" if prefix else part, out)
    elif isinstance(exc, IterableValidationError):
        for sub in exc.exceptions:
            item_notes = [n for n in getattr(sub, "__notes__", []) if isinstance(n, IterableValidationNote)]
            _collect(sub, f"{prefix}[{item_notes[0].index}]" if item_notes else prefix, out)
    elif isinstance(exc, BaseExceptionGroup):
        for member in exc.exceptions:
            _collect(member, prefix, out)
    elif isinstance(exc, KeyError):
        # cattrs reads a required field with data[wire]: a KeyError is that field missing.
        out.append((prefix, "required field is missing"))
    else:
        out.append((prefix, str(exc) or type(exc).__name__))


# ---------------------------------------------------------------- public helpers


def structure(data: Any, cls: type[T]) -> T:
    """Wire JSON value -> model; raises DecodeError naming the failing wire paths.

    A generated decoder per model handles the common case; anything it does not expect (a wrong
    type, a missing required field, a value needing conversion it does not inline) makes it give
    up, and the cattrs converter decodes the value instead - giving the same result or the
    DecodeError with wire paths. tests/test_serde.py and tests/test_generated_decoders.py check
    the two agree.
    """
    fast = fast_decoders.get(cls) or fast_decoder(cls)
    try:
        return fast(data, 1)  # type: ignore[no-any-return]
    except Exception:
        pass
    return structure_reference(data, cls)


def structure_reference(data: Any, cls: type[T]) -> T:
    """The cattrs converter alone (the reference semantics; also the error reporter)."""
    _check_document(data)
    try:
        return converter.structure(data, cls)
    except (ClassValidationError, IterableValidationError) as exc:
        problems: list[tuple[str, str]] = []
        _collect(exc, "", problems)
        raise DecodeError(problems) from None
    except (TypeError, ValueError, KeyError, AttributeError, RecursionError) as exc:
        raise DecodeError([("", f"{type(exc).__name__}: {exc}")]) from None


def unstructure(obj: Any) -> Any:
    """Model -> wire JSON value (wire names, unknown fields kept, unset optionals omitted)."""
    return converter.unstructure(obj)


def loads(body: bytes | str, cls: type[T]) -> T:
    return with_gc_paused(_loads, body, cls)


def _loads(body: bytes | str, cls: type[T]) -> T:
    return structure(orjson.loads(body), cls)


R = TypeVar("R")
P = ParamSpec("P")


def with_gc_paused(decode: Callable[P, R], *args: P.args, **kwargs: P.kwargs) -> R:
    """``decode(*args)`` with the cyclic GC paused, and enabled again after, if it was (see the
    module's docstring). Synchronous code only: nothing else runs on the loop meanwhile. (Another
    thread that disables the GC during these microseconds finds it enabled again.)"""
    if not gc.isenabled():
        return decode(*args, **kwargs)
    gc.disable()
    try:
        return decode(*args, **kwargs)
    finally:
        gc.enable()


def dumps(obj: Any) -> bytes:
    return orjson.dumps(unstructure(obj))
