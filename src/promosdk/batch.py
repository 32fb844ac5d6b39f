"""The main job: a concurrent, resumable batch run over targeted-plan invitation links.

``promosdk batch INPUT --output results.jsonl [--spots spots.txt]`` (see ``promosdk batch --help``) or,
from Python::

    from promosdk.batch import BatchOptions, BatchRun, read_inputs, read_spots

    async with WeChatUnionClient(appid, secret) as wechat, WaiqinClient(openid, appkey, base_url=url) as waiqin:
        run = BatchRun(wechat, waiqin, read_inputs("plans.jsonl"), "results.jsonl",
                       spots=read_spots("spots.txt"), options=BatchOptions(concurrency=50))
        summary = await run.run()

Steps
-----
0. Resume: every input whose URL already has a result line in the output file is skipped. A trailing
   partial line (a run killed in the middle of a write) is cut off first. When nothing is left to
   do, the run makes no call at all. Otherwise a preflight gets the WeChat access_token and sends
   one ``queryCampaign`` that matches nothing, so that bad credentials stop the run before any
   result line is written.
1. Spots (``--spots``): list every existing promotion spot (all pages), add the missing names,
   rename ``old => new`` entries (``upd``; when neither name exists the new one is added). A 14007
   on add means the name exists. A run that would exceed ``promotionMaxCnt`` stops before writing.
   Safe to re-run: a second run makes no write.
2. For each distinct plan URL, concurrently (``concurrency`` workers): ``plan_info`` ->
   ``apply_status`` -> ``apply_target`` unless already applied (pending, agreed or rejected; 202004
   counts as applied) -> poll ``apply_status`` every ``poll_interval`` s until agreed or rejected or
   ``poll_deadline`` s have passed.
3. Each agreed plan becomes a waiqin bC campaign: ``addOrUpdateCampaign`` (source_code = code = plan
   id, name = plan name cut to 100 characters, start/end dates of the plan in Beijing time,
   event_status 1), then ``queryCampaign`` to see which customers are registered already,
   ``applyCallBack`` for the missing ones only, and ``queryCampaign`` again to confirm.
4. One JSON line per input, written with a single ``write`` as soon as the input is finished::

       {"url": ..., "ok": true, "plan_id": "...", "status": "agreed", "step": "done",
        "error": null, "elapsed_ms": 412}

   ``status``: agreed | rejected | pending (deadline passed) | not_found (202002) | expired
   (202001) | error. ``step`` is where the input ended: plan_info | apply | review | campaign |
   callback | confirm | done. ``ok`` is true for agreed-and-confirmed and for rejected plans.
   ``error`` is ``{"type": class name, "code": vendor code or HTTP status or null, "message"}``.

Exactly-once writes
-------------------
``apply_target`` and ``applyCallBack`` are not idempotent. The batch sends ``apply_target`` through a
client copy with ``reconcile_writes=False`` (an ambiguous failure surfaces at once) and reconciles
itself: it reads ``apply_status`` and applies again only when nothing landed (a quickly rejected
application would otherwise be re-applied). ``applyCallBack`` is sent only for customers
``queryCampaign`` does not list yet. So neither a retry nor a resumed run writes twice.

Retries: one layer
------------------
Every retry is the client's: its ``max_retries``, retry policy (backoff), retry quota and deadline,
which ``step_retries`` / ``retry_backoff`` set through ``with_options`` for the batch's calls
(``None`` keeps the clients' own). The batch never repeats a call the client gave up on: a
transient failure ends the input with a ``final: false`` line that a re-run retries. The two
writes the batch reconciles itself (``apply_target``, ``applyCallBack``) are sent one attempt at a
time; after a transient failure it reads back whether the write landed and only then sends again,
each re-send being one of the client's retries (at most ``max_retries`` per step, paid from the
client's retry quota, whose fail-fast verdict ends the step, spaced by its retry policy, within its
deadline). So a step makes at most ``max_retries + 1`` attempts of its write or read. What counts as
transient is the runtime's checker (``promosdk._retry.is_retryable``).

Stopping
--------
Errors that would fail every remaining input (access token / appid / authorisation, the daily
quota 45009) abort the run; their inputs get no line, so fixing the cause and re-running resumes.
Cancellation (Ctrl-C) stops the workers; finished inputs keep their complete lines.
"""

from __future__ import annotations

import asyncio
import csv
import datetime as dt
import functools
import io
import os
import time
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar

import attrs
import orjson
from rich.console import Console

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows: no advisory lock
    fcntl = None  # type: ignore[assignment]
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table

from ._base_client import BaseClient
from ._errors import (
    AccessTokenError,
    AmbiguousWriteError,
    APIError,
    HTTPStatusError,
    PromoSDKError,
)
from ._generated.errors import (
    AlreadyAppliedError,
    ApiUnauthorizedError,
    DailyQuotaExceededError,
    DuplicatePromotionNameError,
    InvalidAppIdError,
    NotAppliedError,
    PlanExpiredError,
    PlanNotFoundError,
    PromotionLimitReachedError,
)
from ._generated.waiqin_bc.models import Campaign, EventStatus
from ._generated.wechat_union.models import (
    PreviousPromotionInfo,
    PromoterStatus,
    PromotionInfo,
    PromotionListResponse,
    TargetPlanInfo,
)
from ._generated.wechat_union.operations import OPERATIONS as WECHAT_OPERATIONS
from ._redact import redact
from ._retry import is_retryable
from .signing import BEIJING
from .waiqin import WaiqinClient
from .wechat import WeChatUnionClient, paginate_spots

__all__ = [
    "ENDPOINTS",
    "BatchError",
    "BatchInputError",
    "BatchOptions",
    "BatchRun",
    "BatchSummary",
    "CallStats",
    "EndpointStats",
    "NotConfirmedError",
    "PlanInput",
    "ResultLog",
    "ReviewPendingError",
    "SpotReport",
    "SpotSpec",
    "beijing_date",
    "ensure_spots",
    "parse_customers",
    "read_inputs",
    "read_spots",
]

T = TypeVar("T")
C = TypeVar("C", bound=BaseClient)

#: The nine vendor endpoints (token endpoints aside), named like the sandbox's routes.
ENDPOINTS: tuple[str, ...] = (
    "plan_info",
    "apply_target",
    "apply_status",
    "promotion_add",
    "promotion_upd",
    "promotion_list",
    "add_or_update_campaign",
    "apply_callback",
    "query_campaign",
)

DEFAULT_TYPE_CODE = "WXUNION_TARGET"
DEFAULT_APPLY_REASON = "Promoting this plan through our sales channels (promosdk batch)."
DEFAULT_REGISTER_URL = "{url}"
SPOT_NAME_MAX = 20
SPOT_PAGE_SIZE = 20
NAME_MAX = 100
#: activity_source_code of the preflight queryCampaign (matches no campaign).
PREFLIGHT_SOURCE_CODE = "promosdk-preflight-0"
RENAME_SEPARATOR = "=>"

#: A read: for it the runtime's retry checker answers only "is this failure transient?".
_A_READ = WECHAT_OPERATIONS["plan_info"]
_STATUS_NAMES: dict[int, str] = {
    PromoterStatus.PENDING_AUDIT: "pending",
    PromoterStatus.AGREED: "agreed",
    PromoterStatus.REJECTED: "rejected",
}


# ---------------------------------------------------------------------------------------- errors


class BatchInputError(ValueError):
    """A malformed input, spots or output file; nothing was sent."""


class BatchError(PromoSDKError):
    """A batch step could not finish although every call answered (see the subclasses)."""


class ReviewPendingError(BatchError):
    """The application was still pending when the poll deadline passed."""


class RetryLaterError(BatchError):
    """Every input has a line, but some failed transiently (outage, timeout, review pending)."""


class OutageError(BatchError):
    """Too many inputs in a row failed transiently: the run stopped (re-run it to resume)."""


class NotConfirmedError(BatchError):
    """queryCampaign does not show what the batch wrote (campaign or registered customers)."""


def is_fatal(error: BaseException) -> bool:
    """Errors that would fail every remaining input: the run stops instead of writing them."""
    return isinstance(
        error, AccessTokenError | InvalidAppIdError | ApiUnauthorizedError | DailyQuotaExceededError
    )


def is_transient(error: BaseException) -> bool:
    """Failures worth another try later (the request was refused, lost or answered garbage).

    The runtime's checker decides (what the client would retry on a read); an ambiguous write is
    transient too: a re-run reads back whether it landed before writing again.
    """
    if isinstance(error, AmbiguousWriteError):
        return True
    return isinstance(error, PromoSDKError) and is_retryable(error, _A_READ) and not is_fatal(error)


def is_final(error: BaseException) -> bool:
    """An outcome a re-run would not change (not found, expired, a refused input...)."""
    return not (is_transient(error) or isinstance(error, ReviewPendingError))


def error_code(error: BaseException) -> int | None:
    """The vendor code of an APIError, the HTTP status of an HTTPStatusError, else None."""
    if isinstance(error, APIError):
        return error.code
    if isinstance(error, HTTPStatusError):
        return error.status
    return None


def error_json(error: BaseException) -> dict[str, Any]:
    message = error.message if isinstance(error, PromoSDKError) else redact(str(error))
    if isinstance(error, APIError) and error.operation:
        message = f"{error.operation}: {message}"
    return {"type": type(error).__name__, "code": error_code(error), "message": " ".join(message.split())}


# ---------------------------------------------------------------------------------------- inputs


@attrs.frozen
class PlanInput:
    """One input: a plan invitation link and, optionally, its own customer codes."""

    url: str
    customers: tuple[str, ...] | None = None


@attrs.frozen
class SpotSpec:
    """A promotion spot to ensure; ``rename_from`` renames that spot to ``name`` when it exists."""

    name: str
    rename_from: str | None = None


def parse_customers(value: object) -> tuple[str, ...]:
    """``"C1, C2"`` or ``["C1", "C2"]`` -> ``("C1", "C2")`` (blank entries dropped)."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = value
    else:
        raise ValueError("customers must be a string 'C1,C2' or a list of strings")
    out: list[str] = []
    for part in parts:
        code = part.strip()
        if code and code not in out:
            if "," in code:
                raise ValueError(f"customer code {code!r} contains a comma")
            out.append(code)
    return tuple(out)


def _input_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return "jsonl" if text.lstrip().startswith("{") else "csv"


def read_inputs(path: str | os.PathLike[str]) -> list[PlanInput]:
    """Read plan inputs from JSONL (``{"url": ..., "customers": "C1,C2"}``) or CSV (url[,customers]).

    The format follows the suffix (.csv, .jsonl/.ndjson/.json), else the first character. Raises
    BatchInputError naming the line of the first malformed entry. Duplicates are kept (the run
    processes each URL once).
    """
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BatchInputError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        bad_line = file.read_bytes()[: exc.start].count(b"\n") + 1
        raise BatchInputError(f"{file}:{bad_line}: not UTF-8 text (byte {exc.start})") from None
    out: list[PlanInput] = []
    if _input_format(file, text) == "jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = orjson.loads(line)
            except orjson.JSONDecodeError:
                raise BatchInputError(f"{file}:{lineno}: not a JSON object") from None
            out.append(_input_from(data, f"{file}:{lineno}"))
        return out
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "url" not in fields:
        raise BatchInputError(f"{file}: a CSV input needs a header row with a 'url' column")
    reader.fieldnames = fields
    for row in reader:
        if None in row:  # more fields than the header: an unquoted "C1,C2" would lose C2
            raise BatchInputError(
                f"{file}:{reader.line_num}: more fields than the header has (quote a customers list: \"C1,C2\")"
            )
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        out.append(_input_from(row, f"{file}:{reader.line_num}"))
    return out


def _input_from(data: object, where: str) -> PlanInput:
    if not isinstance(data, dict):
        raise BatchInputError(f"{where}: not a JSON object")
    url = data.get("url")
    if not isinstance(url, str) or not url.strip():
        raise BatchInputError(f"{where}: 'url' must be a non-empty string")
    raw = data.get("customers")
    try:
        customers = parse_customers(raw)
    except ValueError as exc:
        raise BatchInputError(f"{where}: {exc}") from None
    # Absent (or an empty CSV cell): the --customers default applies. An explicit empty list []:
    # no registration for this input.
    absent = raw is None or (isinstance(raw, str) and not raw.strip())
    return PlanInput(url=url.strip(), customers=None if absent else customers)


def read_spots(path: str | os.PathLike[str]) -> list[SpotSpec]:
    """One spot name per line (``old name => new name`` renames); blank lines and ``#`` comments skipped."""
    file = Path(path)
    try:
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except OSError as exc:
        raise BatchInputError(f"{file}: cannot read: {exc.strerror or exc}") from None
    specs: list[SpotSpec] = []
    targets: dict[str, SpotSpec] = {}
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        old: str | None = None
        name = line
        if RENAME_SEPARATOR in line:
            left, _, right = line.partition(RENAME_SEPARATOR)
            old, name = left.strip(), right.strip()
        for label in (old, name):
            if label is not None and not 1 <= len(label) <= SPOT_NAME_MAX:
                raise BatchInputError(
                    f"{file}:{lineno}: spot names have 1-{SPOT_NAME_MAX} characters: {label!r}"
                )
        spec = SpotSpec(name=name, rename_from=old if old != name else None)
        if spec.rename_from is not None:
            sources = {s.rename_from for s in specs if s.rename_from is not None}
            if spec.rename_from in sources or spec.rename_from in targets:
                raise BatchInputError(
                    f"{file}:{lineno}: spot {spec.rename_from!r} is renamed twice or is also a target"
                )
        if name in {s.rename_from for s in specs if s.rename_from is not None}:
            raise BatchInputError(f"{file}:{lineno}: spot {name!r} is both renamed away and wanted")
        previous = targets.get(name)
        if previous is not None:
            if previous != spec:
                raise BatchInputError(f"{file}:{lineno}: spot {name!r} is listed twice differently")
            continue
        targets[name] = spec
        specs.append(spec)
    return specs


def beijing_date(timestamp: int | None, default: dt.date | None = None) -> str:
    """Unix seconds -> ``yyyy-mm-dd`` in Beijing time (UTC+8)."""
    if timestamp and timestamp > 0:
        try:
            return dt.datetime.fromtimestamp(timestamp, BEIJING).date().isoformat()
        except (OverflowError, OSError, ValueError):
            pass
    day = default if default is not None else dt.datetime.now(BEIJING).date()
    return day.isoformat()


def beijing_now() -> str:
    return dt.datetime.now(BEIJING).strftime("%Y-%m-%d %H:%M:%S")


# ---------------------------------------------------------------------------------------- results file


class ResultLog:
    """The append-only results file: one JSON object per line, each written with one ``os.write``."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self._fd: int | None = None
        #: Complete lines that are not JSON objects with a "url" (ignored on resume).
        self.unreadable = 0
        #: Bytes of a trailing partial line cut off when opened.
        self.dropped_bytes = 0
        #: Inputs whose latest line was not final: their lines were removed, the run retries them.
        self.retrying = 0

    def scan(self) -> set[str]:
        """URLs whose latest result line is final; cuts off a trailing partial line.

        Lines of inputs to retry (their latest line is not final) are removed by rewriting the file
        atomically, so that after the re-run every input again has exactly one line.
        """
        try:
            data = self.path.read_bytes()
        except FileNotFoundError:
            return set()
        except OSError as exc:
            raise BatchInputError(f"{self.path}: cannot read: {exc.strerror or exc}") from None
        end = data.rfind(b"\n") + 1
        if end < len(data):
            self.dropped_bytes = len(data) - end
            os.truncate(self.path, end)
        self.unreadable = 0
        latest: dict[str, tuple[int, bytes, bool]] = {}
        lines = data[:end].splitlines()
        for index, line in enumerate(lines):
            if not line.strip():
                continue
            try:
                record = orjson.loads(line)
            except orjson.JSONDecodeError:
                self.unreadable += 1
                continue
            if isinstance(record, dict) and isinstance(record.get("url"), str):
                latest[record["url"]] = (index, line, record.get("final", True) is not False)
            else:
                self.unreadable += 1
        done = {url for url, (_i, _line, final) in latest.items() if final}
        self.retrying = len(latest) - len(done)
        if self.retrying or len(latest) != sum(1 for line in lines if line.strip()):
            kept = sorted((i, line) for url, (i, line, final) in latest.items() if final)
            self._rewrite(b"".join(line + b"\n" for _i, line in kept))
        return done

    def _rewrite(self, content: bytes) -> None:
        """Replace the file atomically (a crash leaves the old or the new file, never a mix)."""
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        try:
            view = memoryview(content)
            while view:
                view = view[os.write(fd, view) :]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, self.path)
        if self._fd is not None:  # our lock was on the replaced file: take it on the new one
            self.close()
            self.open()

    def open(self) -> None:
        """Open (create) the file for appending and lock it against a second run on the same file."""
        if self._fd is None:
            try:
                if self.path.parent != Path():
                    self.path.parent.mkdir(parents=True, exist_ok=True)
                fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o644)
            except OSError as exc:
                raise BatchInputError(f"{self.path}: cannot open: {exc.strerror or exc}") from None
            if fcntl is not None:
                try:
                    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                except OSError:
                    os.close(fd)
                    raise BatchInputError(f"{self.path}: another batch run is writing to this file") from None
            self._fd = fd

    def write(self, record: dict[str, Any]) -> None:
        if self._fd is None:
            self.open()
        assert self._fd is not None
        view = memoryview(orjson.dumps(record) + b"\n")
        while view:  # a regular file takes it in one write; loop only on a short write
            written = os.write(self._fd, view)
            view = view[written:]

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


# ---------------------------------------------------------------------------------------- call counting


@attrs.define
class EndpointStats:
    calls: int = 0
    errors: int = 0
    seconds: float = 0.0
    error_types: Counter[str] = attrs.field(factory=Counter)

    def to_json(self) -> dict[str, Any]:
        return {
            "calls": self.calls,
            "errors": self.errors,
            "avg_ms": round(1000 * self.seconds / self.calls, 2) if self.calls else None,
            "error_types": dict(self.error_types),
        }


class CallStats:
    """Counts the SDK calls of a run per endpoint (calls, failures by class, time spent)."""

    def __init__(self) -> None:
        self.endpoints: dict[str, EndpointStats] = {name: EndpointStats() for name in ENDPOINTS}

    async def call(self, endpoint: str, awaitable: Awaitable[T]) -> T:
        stats = self.endpoints.get(endpoint)
        if stats is None:
            stats = self.endpoints[endpoint] = EndpointStats()
        stats.calls += 1
        started = time.perf_counter()
        try:
            return await awaitable
        except PromoSDKError as exc:
            stats.errors += 1
            stats.error_types[type(exc).__name__] += 1
            raise
        finally:
            stats.seconds += time.perf_counter() - started

    @property
    def total_calls(self) -> int:
        return sum(s.calls for s in self.endpoints.values())

    def exercised(self) -> list[str]:
        return [name for name in ENDPOINTS if self.endpoints[name].calls > 0]


class _Caller:
    """Calls through CallStats. It never retries: each call has the client's one retry layer."""

    def __init__(self, stats: CallStats) -> None:
        self.stats = stats

    async def call(self, endpoint: str, factory: Callable[[], Awaitable[T]]) -> T:
        return await self.stats.call(endpoint, factory())


def with_batch_retries(client: C, retries: int | None, backoff: float | None) -> C:
    """``client`` with the batch's retry settings, through ``with_options`` (None keeps the client's)."""
    changes: dict[str, Any] = {}
    if retries is not None:
        changes["max_retries"] = retries
    if backoff is not None:
        changes["retry_policy"] = attrs.evolve(client.options.retry_policy, base=backoff)
    return client.with_options(**changes) if changes else client


class _ResendBudget:
    """The re-sends of one reconciled write step, paid from its client's retry budget.

    The write goes out one attempt per send (a ``max_retries=0`` copy); after a transient failure
    the caller reads back whether it landed, and only if not asks :meth:`spend` for another send.
    That is one of the client's retries: at most ``max_retries`` per step, each paid from the
    client's retry quota (a fail-fast verdict is final), spaced by its retry policy, and none that
    would start past the client's deadline counted from the step's first send.
    """

    def __init__(self, client: BaseClient) -> None:
        self.client = client
        self.used = 0
        deadline = client.options.deadline
        self.deadline = asyncio.get_running_loop().time() + deadline if deadline is not None else None

    async def spend(self, error: PromoSDKError) -> bool:
        options, metrics = self.client.options, self.client.metrics
        if self.used >= options.max_retries or not is_transient(error):
            return False
        cause = error.cause if isinstance(error, AmbiguousWriteError) else error
        priced = cause if isinstance(cause, PromoSDKError) else error
        delay = options.retry_policy.delay(self.used + 1, getattr(priced, "retry_after", None))
        if self.deadline is not None and asyncio.get_running_loop().time() + delay >= self.deadline:
            return False
        if not self.client.retry_quota.acquire(priced):
            metrics.quota_exhausted += 1
            return False
        self.used += 1
        metrics.retries += 1
        await asyncio.sleep(delay)
        return True


# ---------------------------------------------------------------------------------------- spots


@attrs.define
class SpotReport:
    present: list[str] = attrs.field(factory=list)
    added: list[str] = attrs.field(factory=list)
    renamed: list[str] = attrs.field(factory=list)
    total: int = 0
    max_count: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "present": self.present,
            "added": self.added,
            "renamed": self.renamed,
            "total": self.total,
            "max_count": self.max_count,
        }


async def _list_spots(wechat: WeChatUnionClient, caller: _Caller) -> tuple[dict[str, str], int | None]:
    """name -> pid of every spot (all pages, through the client's bounded paginator), and promotionMaxCnt."""

    def fetch(start: int, limit: int) -> Awaitable[PromotionListResponse]:
        return caller.call("promotion_list", functools.partial(wechat.promotion.list, start=start, limit=limit))

    spots: dict[str, str] = {}
    max_count: int | None = None
    async for page in paginate_spots(fetch, page_size=SPOT_PAGE_SIZE).pages():
        max_count = page.capacity if page.capacity is not None else max_count
        for spot in page.new_items:
            if spot.promotion_source_name:
                spots[spot.promotion_source_name] = spot.promotion_source_pid or ""
    return spots, max_count


async def _ensure_spot(wechat: WeChatUnionClient, caller: _Caller, spec: SpotSpec, existing: dict[str, str]) -> str:
    """Make one spec exist; returns "present", "added" or "renamed". Updates ``existing``.

    Each write is one client call (its retries, and its reconciliation of an ambiguous add or
    rename). After a transient failure a fresh listing tells whether the write landed; it is not
    sent again. After a conflict (14007: the name exists; 40097 on a rename: the spot changed under
    us) the listing is refreshed and the spec tried once more.
    """
    for _conflict in range(2):
        if spec.name in existing:
            return "present"
        old = spec.rename_from
        renaming = old is not None and old in existing
        try:
            if old is not None and renaming:
                await caller.call(
                    "promotion_upd",
                    functools.partial(
                        wechat.promotion.upd,
                        previous_promotion_info=PreviousPromotionInfo(
                            promotion_source_pid=existing[old], promotion_source_name=old
                        ),
                        promotion_info=PromotionInfo(promotion_source_name=spec.name),
                    ),
                )
                existing[spec.name] = existing.pop(old)
                return "renamed"
            answer = await caller.call(
                "promotion_add", functools.partial(wechat.promotion.add, promotion_source_name=spec.name)
            )
            existing[spec.name] = answer.pid or ""
            return "added"
        except DuplicatePromotionNameError:
            pass  # the name exists (made meanwhile, or by a lost attempt of ours): look again
        except PromoSDKError as exc:
            stale = isinstance(exc, APIError) and exc.code == 40097 and renaming
            if not (stale or is_transient(exc)):
                raise
            if not stale:  # transient: the client already retried; did the write land?
                existing.clear()
                existing.update((await _list_spots(wechat, caller))[0])
                if spec.name in existing:
                    return "renamed" if renaming else "added"
                raise
        existing.clear()
        existing.update((await _list_spots(wechat, caller))[0])
    if spec.name in existing:
        return "present"
    raise BatchError(f"spot {spec.name!r} is still missing after two conflicting answers")


async def ensure_spots(
    wechat: WeChatUnionClient,
    specs: Sequence[SpotSpec],
    *,
    stats: CallStats | None = None,
    retries: int | None = None,
    backoff: float | None = None,
) -> SpotReport:
    """Make every spec exist (add / rename), idempotently. Raises the first error it cannot fix.

    ``retries`` / ``backoff``: the client's ``max_retries`` / retry policy base for these calls
    (through ``with_options``; None keeps the client's). There is no other retry.
    """
    wechat = with_batch_retries(wechat, retries, backoff)
    caller = _Caller(stats if stats is not None else CallStats())
    report = SpotReport()
    existing, report.max_count = await _list_spots(wechat, caller)
    missing = sum(
        1
        for s in specs
        if s.name not in existing and (s.rename_from is None or s.rename_from not in existing)
    )
    if report.max_count is not None and len(existing) + missing > report.max_count:
        raise PromotionLimitReachedError(
            14005,
            f"{len(existing)} spots exist and {missing} more are needed; promotionMaxCnt is "
            f"{report.max_count} (nothing was added)",
            operation="promotion_add",
        )
    for spec in specs:
        outcome = await _ensure_spot(wechat, caller, spec, existing)
        if outcome == "renamed":
            report.renamed.append(spec.name)
        elif outcome == "added":
            report.added.append(spec.name)
        else:
            report.present.append(spec.name)
    report.total = len(existing)
    return report


# ---------------------------------------------------------------------------------------- options & summary


@attrs.define(kw_only=True)
class BatchOptions:
    concurrency: int = attrs.field(default=50, validator=attrs.validators.ge(1))
    poll_deadline: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    poll_interval: float = attrs.field(default=2.0, validator=attrs.validators.gt(0))
    #: Customer codes of inputs that name none (empty: no applyCallBack for them).
    customers: tuple[str, ...] = ()
    type_code: str = DEFAULT_TYPE_CODE
    #: register_url of the campaign; ``{url}`` and ``{plan_id}`` are replaced.
    register_url: str = DEFAULT_REGISTER_URL
    apply_reason: str = DEFAULT_APPLY_REASON
    #: max_retries of the batch's calls (set on the clients through with_options); None keeps the
    #: clients' own. The client's retries are the only ones (see "Retries: one layer").
    step_retries: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    #: Base of the clients' retry backoff for the batch's calls (seconds); None keeps theirs.
    retry_backoff: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    preflight: bool = True
    #: Circuit breaker: this many inputs in a row failing transiently (no success in between) stop
    #: the run, as an outage would otherwise burn through every input; a re-run resumes.
    max_consecutive_failures: int = attrs.field(default=50, validator=attrs.validators.ge(1))


@attrs.define
class BatchSummary:
    output: str = ""
    inputs: int = 0
    duplicates: int = 0
    skipped: int = 0
    pending: int = 0
    processed: int = 0
    ok: int = 0
    failed: int = 0
    outcomes: Counter[tuple[str, str, bool]] = attrs.field(factory=Counter)
    error_types: Counter[str] = attrs.field(factory=Counter)
    spots: SpotReport | None = None
    stats: CallStats = attrs.field(factory=CallStats)
    wall_time: float = 0.0
    interrupted: bool = False
    aborted: dict[str, Any] | None = None
    dropped_partial_line: bool = False
    #: Lines written this run that are not final (a re-run retries them).
    retry_later: int = 0
    #: Inputs retried this run because their earlier line was not final.
    retried: int = 0

    @property
    def complete(self) -> bool:
        return not self.interrupted and self.aborted is None and self.processed == self.pending

    @property
    def total_calls(self) -> int:
        return self.stats.total_calls

    @property
    def throughput(self) -> float:
        return self.total_calls / self.wall_time if self.wall_time > 0 else 0.0

    def add(self, record: dict[str, Any]) -> None:
        self.processed += 1
        ok = bool(record["ok"])
        if ok:
            self.ok += 1
        else:
            self.failed += 1
        if record.get("final") is False:
            self.retry_later += 1
        self.outcomes[(str(record["step"]), str(record["status"]), ok)] += 1
        if record.get("error"):
            self.error_types[str(record["error"]["type"])] += 1

    def to_json(self) -> dict[str, Any]:
        return {
            "output": self.output,
            "complete": self.complete,
            "interrupted": self.interrupted,
            "aborted": self.aborted,
            "inputs": self.inputs,
            "duplicates": self.duplicates,
            "skipped": self.skipped,
            "pending": self.pending,
            "processed": self.processed,
            "ok": self.ok,
            "failed": self.failed,
            "retry_later": self.retry_later,
            "retried": self.retried,
            "outcomes": [
                {"step": step, "status": status, "ok": ok, "count": n}
                for (step, status, ok), n in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0]))
            ],
            "error_types": dict(self.error_types),
            "spots": self.spots.to_json() if self.spots is not None else None,
            "calls": {name: s.to_json() for name, s in self.stats.endpoints.items()},
            "total_calls": self.total_calls,
            "endpoints_exercised": self.stats.exercised(),
            "wall_time_s": round(self.wall_time, 3),
            "throughput_calls_per_s": round(self.throughput, 1),
            "dropped_partial_line": self.dropped_partial_line,
        }

    def render(self, console: Console) -> None:
        """Print the summary tables (outcomes per step, calls per endpoint, the run)."""
        outcomes = Table(title="Outcomes per step", title_justify="left")
        outcomes.add_column("step")
        outcomes.add_column("status")
        outcomes.add_column("ok")
        outcomes.add_column("inputs", justify="right")
        for (step, status, ok), n in sorted(self.outcomes.items(), key=lambda kv: (-kv[1], kv[0])):
            outcomes.add_row(step, status, "yes" if ok else "[red]no[/red]", str(n))
        if not self.outcomes:
            outcomes.add_row("-", "-", "-", "0")
        calls = Table(title="Calls per endpoint", title_justify="left")
        calls.add_column("endpoint")
        calls.add_column("calls", justify="right")
        calls.add_column("errors", justify="right")
        calls.add_column("avg ms", justify="right")
        calls.add_column("error classes")
        for name, s in self.stats.endpoints.items():
            avg = f"{1000 * s.seconds / s.calls:.1f}" if s.calls else "-"
            kinds = ", ".join(f"{k} x{v}" for k, v in s.error_types.most_common(3))
            calls.add_row(name, str(s.calls), str(s.errors), avg, kinds)
        calls.add_row("[bold]total[/bold]", f"[bold]{self.total_calls}[/bold]", "", "", "")
        run = Table(title="Run", title_justify="left", show_header=False)
        run.add_column("what")
        run.add_column("value", justify="right")
        state = (
            "interrupted"
            if self.interrupted
            else f"aborted ({self.aborted['type']})"
            if self.aborted
            else "complete"
            if self.complete
            else "incomplete"
        )
        rows: list[tuple[str, str]] = [
            ("state", state),
            ("inputs (distinct URLs)", str(self.inputs)),
            ("skipped (already in output)", str(self.skipped)),
            ("processed now", f"{self.processed} / {self.pending}"),
            ("ok / failed", f"{self.ok} / {self.failed}"),
        ]
        if self.retried:
            rows.append(("retried (earlier line not final)", str(self.retried)))
        if self.retry_later:
            rows.append(("[yellow]to retry (transient failures)[/yellow]", str(self.retry_later)))
        if self.duplicates:
            rows.append(("duplicate input lines", str(self.duplicates)))
        if self.spots is not None:
            sp = self.spots
            rows.append(
                (
                    "spots present/added/renamed",
                    f"{len(sp.present)}/{len(sp.added)}/{len(sp.renamed)} (total {sp.total})",
                )
            )
        rows += [
            ("wall time", f"{self.wall_time:.2f} s"),
            ("calls", str(self.total_calls)),
            ("throughput", f"{self.throughput:.0f} calls/s"),
            ("endpoints exercised", f"{len(self.stats.exercised())}/{len(ENDPOINTS)}"),
            ("results file", self.output),
        ]
        for what, value in rows:
            run.add_row(what, value)
        console.print(outcomes)
        console.print(calls)
        console.print(run)


# ---------------------------------------------------------------------------------------- the run


@attrs.define
class _Track:
    """Where one input is (for its result line)."""

    url: str
    plan_id: str | None = None
    status: str | None = None
    step: str = "plan_info"

    def record(self, *, ok: bool, error: BaseException | None, elapsed: float) -> dict[str, Any]:
        status = self.status
        if error is not None:
            if isinstance(error, PlanNotFoundError):
                status = "not_found"
            elif isinstance(error, PlanExpiredError):
                status = "expired"
            elif status is None:
                status = "error"
        return {
            "url": self.url,
            "ok": ok,
            # False: a transient failure (outage, timeout, still pending); a re-run retries it.
            "final": error is None or is_final(error),
            "plan_id": self.plan_id,
            "status": status or "error",
            "step": self.step,
            "error": error_json(error) if error is not None else None,
            "elapsed_ms": round(elapsed * 1000),
        }


def _console() -> Console:
    return Console(stderr=True)


class BatchRun:
    """One batch run over ``inputs``, appending results to ``output`` (see the module docstring)."""

    def __init__(
        self,
        wechat: WeChatUnionClient,
        waiqin: WaiqinClient,
        inputs: Sequence[PlanInput],
        output: str | os.PathLike[str],
        *,
        spots: Sequence[SpotSpec] | None = None,
        options: BatchOptions | None = None,
        console: Console | None = None,
        progress: bool = True,
    ) -> None:
        self.wechat = wechat
        self.waiqin = waiqin
        self.inputs = list(inputs)
        self.spots = list(spots) if spots else []
        self.options = options if options is not None else BatchOptions()
        self.log = ResultLog(output)
        self.console = console if console is not None else _console()
        self.show_progress = progress
        self.summary = BatchSummary(output=str(output))
        self.stats = self.summary.stats
        self._caller = _Caller(self.stats)
        retries, backoff = self.options.step_retries, self.options.retry_backoff
        self._wechat = with_batch_retries(wechat, retries, backoff)
        self._waiqin = with_batch_retries(waiqin, retries, backoff)
        # The writes the batch reconciles itself (reading back apply_status / queryCampaign) go out
        # one attempt per send; a re-send is one of the client's retries (_ResendBudget).
        self._applier = self._wechat.with_options(max_retries=0, reconcile_writes=False)
        self._callbacks = self._waiqin.with_options(max_retries=0)
        self._plan_locks: dict[str, asyncio.Lock] = {}

    # ------------------------------------------------------------------ driver

    async def run(self) -> BatchSummary:
        """Run to the end; on cancellation or a fatal error the summary still describes what happened."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        summary = self.summary
        try:
            distinct: dict[str, PlanInput] = {}
            for item in self.inputs:
                seen = distinct.get(item.url)
                if seen is None:
                    distinct[item.url] = item
                    continue
                summary.duplicates += 1
                if item.customers is not None:  # one URL listed twice: register everyone listed
                    merged = dict.fromkeys((*(seen.customers or ()), *item.customers))
                    distinct[item.url] = PlanInput(url=item.url, customers=tuple(merged))
            summary.inputs = len(distinct)
            self.log.open()  # locks the file: one run per results file
            done = self.log.scan()
            summary.dropped_partial_line = self.log.dropped_bytes > 0
            summary.retried = self.log.retrying
            pending = [item for url, item in distinct.items() if url not in done]
            summary.skipped = summary.inputs - len(pending)
            summary.pending = len(pending)
            if not pending:
                return summary
            if self.options.preflight:
                await self._preflight()
            if self.spots:
                summary.spots = await ensure_spots(self._wechat, self.spots, stats=self.stats)
            await self._work(pending)
            return summary
        except asyncio.CancelledError:
            summary.interrupted = True
            raise
        except PromoSDKError as exc:
            summary.aborted = error_json(exc)
            raise
        finally:
            self.log.close()
            summary.wall_time = loop.time() - started

    async def _preflight(self) -> None:
        await self.wechat.access_token()
        await self._caller.call(
            "query_campaign",
            functools.partial(self._waiqin.bc.query_campaign, activity_source_code=PREFLIGHT_SOURCE_CODE),
        )

    async def _work(self, pending: list[PlanInput]) -> None:
        items: Iterator[PlanInput] = iter(pending)
        progress = Progress(
            SpinnerColumn(),
            TextColumn("[progress.description]{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TaskProgressColumn(),
            TextColumn("ok [green]{task.fields[ok]}[/green] failed [red]{task.fields[failed]}[/red]"),
            TimeElapsedColumn(),
            TimeRemainingColumn(),
            console=self.console,
            disable=not (self.show_progress and self.console.is_terminal),
            transient=False,
        )
        summary = self.summary

        streak = 0

        async def worker(task_id: Any) -> None:
            nonlocal streak
            for item in items:  # one shared iterator: next() never interleaves on one loop
                record = await self.process(item)
                self.log.write(record)
                summary.add(record)
                progress.update(task_id, advance=1, ok=summary.ok, failed=summary.failed)
                streak = streak + 1 if record.get("final") is False else 0
                if streak >= self.options.max_consecutive_failures:
                    raise OutageError(
                        f"{streak} inputs in a row failed transiently (last: {record['error']['type']}); "
                        "stopping - run the same command again to resume"
                    )

        with progress:
            task_id = progress.add_task("plans", total=len(pending), ok=0, failed=0)
            workers = [
                asyncio.create_task(worker(task_id))
                for _ in range(min(self.options.concurrency, len(pending)))
            ]
            try:
                finished, _ = await asyncio.wait(workers, return_when=asyncio.FIRST_EXCEPTION)
                for task in finished:
                    error = None if task.cancelled() else task.exception()
                    if error is not None:
                        raise error
            finally:
                for task in workers:
                    task.cancel()
                await asyncio.gather(*workers, return_exceptions=True)

    # ------------------------------------------------------------------ one input

    async def process(self, item: PlanInput) -> dict[str, Any]:
        """Run one input through every step; returns its result line. Fatal errors propagate."""
        loop = asyncio.get_running_loop()
        started = loop.time()
        track = _Track(url=item.url)
        try:
            ok = await self._process(item, track)
        except PromoSDKError as exc:
            if is_fatal(exc):
                raise
            return track.record(ok=False, error=exc, elapsed=loop.time() - started)
        return track.record(ok=ok, error=None, elapsed=loop.time() - started)

    async def _process(self, item: PlanInput, track: _Track) -> bool:
        info = await self._caller.call(
            "plan_info", functools.partial(self._wechat.target.plan_info, plan_invitation_url=item.url)
        )
        plan = info.target_plan_info
        if plan is None or not plan.plan_id:
            raise BatchError("plan_info answered without targetPlanInfo.planId")
        plan_id = track.plan_id = plan.plan_id

        track.step = "apply"
        status = await self._application_status(plan_id)
        if status is None:
            await self._apply(plan_id)
            status = PromoterStatus.PENDING_AUDIT
        track.status = _STATUS_NAMES[status]

        track.step = "review"
        status = await self._poll(plan_id, status)
        track.status = _STATUS_NAMES[status]
        if status == PromoterStatus.REJECTED:
            return True
        if status != PromoterStatus.AGREED:
            raise ReviewPendingError(
                f"the application is still pending after {self.options.poll_deadline:g} s; re-check later"
            )

        lock = self._plan_locks.setdefault(plan_id, asyncio.Lock())
        async with lock:  # two URLs of one plan must not register the same customers twice
            track.step = "campaign"
            await self._push_campaign(item, plan)
            track.step = "callback"
            await self._register(item, plan, track)
        track.step = "done"
        return True

    async def _application_status(self, plan_id: str) -> PromoterStatus | None:
        """pending / agreed / rejected, or None when the promoter has not applied (999, 0, 202005)."""
        try:
            answer = await self._caller.call(
                "apply_status", functools.partial(self._wechat.target.apply_status, plan_id=plan_id)
            )
        except NotAppliedError:
            return None
        status = answer.data.promoter_status if answer.data is not None else None
        if status in _STATUS_NAMES:
            return PromoterStatus(status)
        return None

    async def _apply(self, plan_id: str) -> None:
        """apply_target exactly once: after a transient failure, apply_status tells whether it landed."""
        budget = _ResendBudget(self._wechat)
        while True:
            try:
                await self._caller.call(
                    "apply_target",
                    functools.partial(
                        self._applier.target.apply_target,
                        plan_id=plan_id,
                        apply_reason=self.options.apply_reason,
                    ),
                )
                return
            except AlreadyAppliedError:
                return
            except PromoSDKError as exc:
                if not is_transient(exc):
                    raise
                error = exc
            if await self._application_status(plan_id) is not None:
                return  # the lost attempt did land
            if not await budget.spend(error):
                raise error

    async def _poll(self, plan_id: str, status: PromoterStatus) -> PromoterStatus:
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.options.poll_deadline
        while status == PromoterStatus.PENDING_AUDIT:
            remaining = deadline - loop.time()
            if remaining <= 0:
                break
            await asyncio.sleep(min(self.options.poll_interval, remaining))
            current = await self._application_status(plan_id)
            if current is None:
                raise BatchError("apply_status reports no application although apply_target succeeded")
            status = current
        return status

    async def _push_campaign(self, item: PlanInput, plan: TargetPlanInfo) -> None:
        plan_id = plan.plan_id or ""
        start = beijing_date(plan.plan_start_time)
        end = beijing_date(plan.plan_end_time, default=dt.date.fromisoformat(start))
        end = max(start, end)
        name = (plan.plan_name or "").strip() or f"WeChat targeted plan {plan_id}"
        information = (plan.plan_desc or "").strip() or name
        register_url = self.options.register_url.replace("{url}", item.url).replace("{plan_id}", plan_id)
        await self._caller.call(
            "add_or_update_campaign",
            functools.partial(
                self._waiqin.bc.add_or_update_campaign,
                source_code=plan_id,
                code=plan_id,
                name=name[:NAME_MAX],
                type_code=self.options.type_code,
                event_status=EventStatus.ONLINE,
                start_date=start,
                end_date=end,
                register_url=register_url,
                event_information=information,
            ),
        )

    async def _find_campaign(self, plan_id: str) -> Campaign:
        found = await self._caller.call(
            "query_campaign", functools.partial(self._waiqin.bc.query_campaign, activity_source_code=plan_id)
        )
        for campaign in found:
            if campaign.activity_source_code == plan_id:
                return campaign
        raise NotConfirmedError(
            f"queryCampaign does not return campaign {plan_id!r} after addOrUpdateCampaign"
        )

    async def _register(self, item: PlanInput, plan: TargetPlanInfo, track: _Track) -> None:
        """applyCallBack for the customers waiqin does not list yet; then confirm with queryCampaign."""
        plan_id = plan.plan_id or ""
        wanted = item.customers if item.customers is not None else self.options.customers
        shop = plan.ext_info.biz_basic_info if plan.ext_info is not None else None
        merchant = orjson.dumps(
            {
                "nickname": (shop.nickname if shop else None) or "",
                "appid": (shop.appid if shop else None) or "",
            }
        ).decode()
        budget = _ResendBudget(self._waiqin)
        error: PromoSDKError | None = None
        sent = False
        while True:
            campaign = await self._find_campaign(plan_id)
            registered = {c.code for c in campaign.registered_customer or [] if c.code}
            missing = [code for code in wanted if code not in registered]
            if not missing:
                track.step = "confirm"
                return
            if sent:  # answered as done, yet not listed: sending again could register them twice
                raise NotConfirmedError(f"customers {','.join(missing)} are not registered after applyCallBack")
            track.step = "callback"
            if error is not None and not await budget.spend(error):
                raise error
            try:
                await self._caller.call(
                    "apply_callback",
                    functools.partial(
                        self._callbacks.bc.apply_callback,
                        campaign_source_code=plan_id,
                        campaign_code=campaign.activity_code or plan_id,
                        registered_time=beijing_now(),
                        merchant_information=merchant,
                        cm_codes=",".join(missing),
                    ),
                )
                sent, error = True, None
            except PromoSDKError as exc:
                if not is_transient(exc):
                    raise
                error = exc
            track.step = "confirm"
