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
Input files are read whole first: a file with bad lines is refused (BatchInputError) naming each
bad line (the first 20), before anything is sent.

0. Resume: every input whose URL already has a result line in the output file is skipped. A trailing
   partial line (a run killed in the middle of a write) is cut off first. When nothing is left to
   do, the run makes no call at all. Otherwise a preflight gets the WeChat access_token and sends
   one ``queryCampaign`` that matches nothing, so that bad credentials stop the run before any
   result line is written (a results file the run created stays absent, not empty).
1. Spots (``--spots``): list every existing promotion spot (all pages), add the missing names,
   rename ``old => new`` entries (``upd``; when neither name exists the new one is added, and
   ``SpotReport.rename_sources_missing`` says so). A 14007 on add means the name exists. A run
   that would exceed ``promotionMaxCnt`` stops before writing. Safe to re-run: a second run makes
   no write.
2. For each distinct plan URL, concurrently (``concurrency`` workers): ``plan_info`` ->
   ``apply_status`` -> ``apply_target`` unless already applied (pending, agreed or rejected; 202004
   counts as applied) -> poll ``apply_status`` every ``poll_interval`` s until agreed or rejected or
   ``poll_deadline`` s have passed.
3. Each agreed plan becomes a waiqin bC campaign: ``addOrUpdateCampaign`` (source_code = code = plan
   id, name = plan name cut to 100 characters, start/end dates of the plan in Beijing time,
   event_status 1), then ``queryCampaign`` to see which customers are registered already,
   ``applyCallBack`` for the missing ones only, and ``queryCampaign`` again to confirm.
3b. Share links (optional, ``BatchOptions.share_spot`` / ``--share-links SPOT``): the spot is
   resolved to its PID once, after step 1 (a name, or a PID; none such: BatchInputError, exit 2).
   Each agreed and confirmed plan then gets one ``product.generate`` of its ``productListInfo``
   products under that PID (shop AppID from ``extInfo.bizBasicInfo.appid``, see
   ``promosdk.batch.share``), with ``share_customize_info`` (``{plan_id}`` replaced) as
   customizeInfo, so that its orders name the plan; the links go into the line as ``share_links``
   (``product_id, app_id, pid, title, promotion_url, path, coupon_promotion_url, coupon_path,
   promotion_tag, coupon_promotion_tag, customize_info``). A failure ends the input at step
   ``share`` (transient: ``final: false``, a re-run retries it; the steps before it write
   nothing twice). With the step on, a re-run also redoes agreed lines that have no
   ``share_links`` (written by a run without it), so links can be added to an old results file.
4. One JSON line per input, written with a single ``write`` as soon as the input is finished::

       {"url": ..., "ok": true, "plan_id": "...", "status": "agreed", "step": "done",
        "error": null, "elapsed_ms": 412}

   ``status``: agreed | rejected | pending (deadline passed) | not_found (202002) | expired
   (202001) | error. ``step`` is where the input ended: plan_info | apply | review | campaign |
   callback | confirm | share | done. ``ok`` is true for agreed-and-confirmed and for rejected plans.
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
Errors that would fail every remaining input (error categories token, auth and quota: access
token / appid / authorisation, the daily quota 45009; ``errors.FATAL_CATEGORIES``) abort the run;
their inputs get no line, so fixing the cause and re-running resumes.
Cancellation (Ctrl-C) stops the workers; finished inputs keep their complete lines.

Modules
-------
``inputs`` (input and spots files), ``options`` (BatchOptions), ``results`` (the results file),
``endpoints`` (the registry's operations, ``ENDPOINTS``), ``calls`` (calls per endpoint, keyed
by operation id; the retry settings), ``spots`` (step 1), ``steps`` (steps 2-3 of one
input), ``share`` (step 3b), ``run`` (BatchRun: resume, preflight, workers), ``report`` (BatchSummary), ``progress``
(the progress bar, drawn with rich when it is installed), ``errors`` (classes and classification).
"""

from __future__ import annotations

from .calls import ENDPOINTS, CallStats, EndpointStats, with_batch_retries
from .errors import (
    BatchError,
    BatchInputError,
    NotConfirmedError,
    OutageError,
    RetryLaterError,
    ReviewPendingError,
    error_code,
    error_json,
    is_fatal,
    is_final,
    is_transient,
)
from .inputs import (
    RENAME_SEPARATOR,
    SPOT_NAME_MAX,
    PlanInput,
    SpotSpec,
    parse_customers,
    read_inputs,
    read_spots,
)
from .options import DEFAULT_APPLY_REASON, DEFAULT_REGISTER_URL, DEFAULT_TYPE_CODE, BatchOptions
from .report import BatchSummary
from .results import ResultLog
from .run import PREFLIGHT_SOURCE_CODE, BatchRun
from .share import LINK_FIELDS, generate_share_links, resolve_share_spot
from .spots import SPOT_PAGE_SIZE, SpotReport, ensure_spots
from .steps import NAME_MAX, beijing_date, beijing_now

__all__ = [
    "DEFAULT_APPLY_REASON",
    "DEFAULT_REGISTER_URL",
    "DEFAULT_TYPE_CODE",
    "ENDPOINTS",
    "LINK_FIELDS",
    "NAME_MAX",
    "PREFLIGHT_SOURCE_CODE",
    "RENAME_SEPARATOR",
    "SPOT_NAME_MAX",
    "SPOT_PAGE_SIZE",
    "BatchError",
    "BatchInputError",
    "BatchOptions",
    "BatchRun",
    "BatchSummary",
    "CallStats",
    "EndpointStats",
    "NotConfirmedError",
    "OutageError",
    "PlanInput",
    "ResultLog",
    "RetryLaterError",
    "ReviewPendingError",
    "SpotReport",
    "SpotSpec",
    "beijing_date",
    "beijing_now",
    "ensure_spots",
    "error_code",
    "error_json",
    "generate_share_links",
    "is_fatal",
    "is_final",
    "is_transient",
    "parse_customers",
    "read_inputs",
    "read_spots",
    "resolve_share_spot",
    "with_batch_retries",
]
