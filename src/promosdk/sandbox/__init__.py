"""A stateful loopback server that speaks the WeChat Union promoter API and the waiqin365 bC API.

It is to promosdk what moto is to boto: our tests, the demo and our users' tests run against it.
It speaks the wire format of ``spec/wechat_union.openapi.yaml`` and ``spec/waiqin_bc.openapi.yaml``::

    from promosdk.sandbox import SandboxConfig, SandboxServer, make_plan_seeds

    async with SandboxServer(SandboxConfig(plans=make_plan_seeds(5))) as sb:
        sb.url      # http://127.0.0.1:<free port>
        sb.state    # the in-process SandboxState (synchronous inspection)
        sb.admin    # AdminClient for /_sandbox/ over HTTP

``create_app(config)`` gives the bare ``aiohttp.web.Application`` (state at ``app[STATE_KEY]``);
``serve(host, port, config)`` blocks (``python -m promosdk.sandbox --port N``).

Layout (moto's split): routes come from the generated operation tables (``registry.py``), one
per operation, served by the vendor's handlers (``wechat/handlers.py``, ``waiqin/handlers.py``)
registered under the operation id ``group.name``; each group's state lives in its own module
(``wechat/tokens.py``, ``wechat/targets.py``, ``wechat/spots.py``, ``waiqin/campaigns.py``) and is
``state.<group>`` of the one :class:`SandboxState`, which keeps reset, clock and counters.
Creating the app raises :class:`MissingHandlerError` naming every operation without a handler,
so an operation added to a spec cannot be silently unserved.

Behaviour chosen where the vendor documents are silent
------------------------------------------------------
* Tokens: stable_token returns the same token until its last ``stable_token_renew_window``
  seconds, then a new one (the old keeps its own expiry); ``force_refresh`` revokes the app's
  stable tokens at once (40001). ``/cgi-bin/token`` mints on every call and the superseded token
  answers 40001 ("not latest") ``classic_token_overlap`` seconds later. A token past its expiry
  answers 42001; tokens dead for ``expired_token_retention`` are forgotten (then 40001). Missing
  appid/secret answer 41002/41004, an unparsable JSON body 47001. Every WeChat answer, token
  answers included, carries ``errcode``/``errmsg`` ("ok").
* ``applyReason`` longer than ``apply_reason_max_len`` (default 200, Python ``len``) → 202006.
  Empty planId/applyReason → 40097 "invalid args". A not-yet-in-force plan (planStatus 0) accepts
  applications; planStatus 2 or a past planEndTime → 202001 (apply_target and apply_status).
* apply_status for a plan never applied to: ``unapplied_answer="999"`` (default) answers data
  with promoterStatus 999 and zero times; ``"202005"`` answers errcode 202005.
* Review: ``review_delay=None`` keeps applications pending until ``POST /_sandbox/review``; a
  number decides them (the plan seed's ``review_outcome``) lazily on the first read after that
  delay, stamped with the decision time. After a rejection the promoter may apply again.
* Promotion spots: a duplicate name (14007) is reported before the count limit (14005), so a
  retried add whose first attempt landed learns "exists". upd with an unknown PID or a stale
  previous name → 40097 "previousPromotionInfo does not match"; renaming to the same name is a
  no-op. list defaults start=0, limit=20 and does not cap limit.
* waiqin: failures are ``return_code`` 1 (int) with a reason in ``return_msg`` ("unknown openid",
  "invalid timestamp ...", "timestamp expired", "digest mismatch", "missing required field: X",
  ...). Successes are int 0, except queryCampaign which sends the string "0", as documented.
  queryCampaign always sends ``response_data``, a JSON-encoded string, ``"[]"`` when nothing
  matches; its time filters are inclusive, to the second. addOrUpdateCampaign upserts by
  source_code; dept_* fields fill ``belong_dept`` with only the given attribute and, when all are
  absent on an update, keep the previous departments. **applyCallBack is not idempotent**: each
  call appends one registered_customer row per listed customer, like the real server, so a
  client must not blindly retry it. Unknown operations and non-POST methods under ``/api/``
  answer an HTML 404 page.
* Counters (``GET /_sandbox/counters``): ``token_issuances`` counts tokens minted (a stable_token
  call that returns the existing token is not one); ``requests`` counts arrivals per operation id
  (``ROUTE_NAMES``, e.g. ``promotion.add``), faulted ones included; ``effects`` count real state changes per key: promotion_add
  ``"<appid>/<name>"``, promotion_upd ``<pid>``, apply_target ``"<appid>/<planId>"``,
  campaign_insert/campaign_update/apply_callback_rows ``<source_code>``, apply_callback_customer
  ``"<source_code>/<customer>"`` (a customer registered twice on one campaign counts 2).

Fault injection (``POST /_sandbox/faults``)
-------------------------------------------
Rules ``{route: id|"*", kind, probability, delay?, status?, times?}``; ``route`` is an operation
id (``promotion.add``). Each route has its own
``random.Random`` (seeded from ``seed`` and the operation id), consulted in that route's
request-arrival order: each live rule matching the route draws once, the first draw below its
probability fires, so at most one fault per request and a fixed seed replays the same faults. ``times`` optionally caps how often a rule fires. Kinds:

* ``reset_before`` — read the request, then drop the TCP connection (RST) before any state change.
* ``reset_after`` — apply the request's state change, then drop the connection unanswered.
* ``http_500`` / ``http_502`` / ``http_503`` — nginx-style HTML page with that status, no change.
* ``busy`` — WeChat errcode -1 / waiqin return_code 1 "system busy", no change.
* ``quota`` — WeChat 45009 (waiqin: return_code 1), ``too_frequent`` — 45011, no change.
* ``latency`` — sleep ``delay`` seconds, then handle normally.
* ``truncated`` — handle normally (state changes), send the first half of the JSON body as a 200.
* ``html`` — an HTML error page with ``status`` (default 200), no change.

Clients see dropped connections as ``aiohttp.ServerDisconnectedError`` or ``ClientOSError``.
Note that aiohttp's client silently retries an idempotent request (GET, PUT, DELETE...) once after
such an error, so a reset fault on a GET route usually shows up as two arrivals (and two faults
if the rule fires again).

Admin API (JSON; :class:`AdminClient` mirrors it)
-------------------------------------------------
``GET /_sandbox/health`` · ``POST /_sandbox/reset`` · ``POST /_sandbox/seed`` ``{plans: [PlanSeed
JSON, keys = attribute names], spots: {appid: [name...]}, apps: {appid: secret}, waiqin_tenants:
{openid: appkey}}`` · ``GET /_sandbox/plans[?status=effective|not_in_force|invalid]`` ``{plans:
[{plan_id, invitation_url, plan_status, status, accepts_applications, plan_name, start_time,
end_time, review_outcome, applications: {appid: promoterStatus}}]}`` (seeding order; the first
plan ``make_plan_seeds`` makes is effective) · ``POST /_sandbox/review`` ``{appid, planId, decision}`` ·
``POST /_sandbox/tokens/expire`` ``{appid}`` · ``GET /_sandbox/counters`` ·
``GET|POST|DELETE /_sandbox/faults`` ``{seed, rules}`` · ``POST /_sandbox/clock/advance``
``{seconds}`` (shifts the sandbox clock, for out-of-process users). Answers carry ``"ok": true``;
failures are 400 (bad input), 404 (unknown app/application) or 409 (conflict) with ``error``.

Credentials and environment
---------------------------
The sandbox knows WeChat appid ``wxsandbox0000000001`` / secret ``sandbox-app-secret`` and waiqin
openid ``sandbox-openid`` / appkey ``sandbox-appkey`` (``SandboxConfig.apps``/``waiqin_tenants``);
both vendors are served on the one base URL. ``promosdk sandbox`` prints them, example plan links
and the environment (``env.py``): ``PROMOSDK_WECHAT_BASE_URL``, ``PROMOSDK_WECHAT_APPID``,
``PROMOSDK_WECHAT_SECRET``, ``PROMOSDK_WAIQIN_BASE_URL``, ``PROMOSDK_WAIQIN_OPENID``,
``PROMOSDK_WAIQIN_APPKEY``, ``PROMOSDK_SANDBOX_URL`` (the sandbox, for ``AdminClient``) and
``PROMOSDK_SANDBOX_PLAN_URL`` (the first effective plan's link); ``promosdk sandbox --print-env``
prints only the ``export`` lines. :func:`sandbox_env` gives the same mapping in-process.
"""

from __future__ import annotations

from .admin import AdminClient, SandboxAdminError
from .app import STATE_KEY, create_app
from .config import SandboxConfig
from .env import sandbox_env
from .faults import FAULT_KINDS, ROUTE_NAMES, FaultKind, FaultRule
from .plans import PlanSeed, make_plan_seeds
from .registry import MissingHandlerError, SandboxRegistryError, check_handlers
from .server import SandboxServer, serve
from .state import CountersDict, PlanSummary, SandboxState

__all__ = [
    "FAULT_KINDS",
    "ROUTE_NAMES",
    "STATE_KEY",
    "AdminClient",
    "CountersDict",
    "FaultKind",
    "FaultRule",
    "MissingHandlerError",
    "PlanSeed",
    "PlanSummary",
    "SandboxAdminError",
    "SandboxConfig",
    "SandboxRegistryError",
    "SandboxServer",
    "SandboxState",
    "check_handlers",
    "create_app",
    "make_plan_seeds",
    "sandbox_env",
    "serve",
]
