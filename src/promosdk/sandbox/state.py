"""The sandbox's in-memory state and the vendors' business rules.

Everything here is synchronous and runs on the event loop thread: handlers parse HTTP, call one
method, encode the result. Tests may call the same methods directly (``SandboxServer.state``).
"""

from __future__ import annotations

import base64
import bisect
import datetime as _dt
import hashlib
import heapq
import hmac
import math
import random
import re
import secrets
from collections.abc import Iterable, Mapping, Sequence
from functools import lru_cache
from typing import Any, Literal, TypedDict

import attrs
import orjson

from .._generated.waiqin_bc.operations import RULES as WAIQIN_RULES
from .._operation import FieldRule
from ..signing import BEIJING, parse_waiqin_timestamp, waiqin_digest
from .config import SandboxConfig
from .faults import FAULT_KINDS, ROUTE_NAMES, FaultInjector, FaultRule
from .plans import PLAN_INVALID, PlanSeed, build_plan_info

__all__ = [
    "EFFECT_KINDS",
    "AdminError",
    "Application",
    "Campaign",
    "CountersDict",
    "Plan",
    "Promoter",
    "SandboxState",
    "Spot",
    "Tenant",
    "TokenRecord",
    "WaiqinError",
    "WeChatError",
    "wechat_error_body",
]

# Application states (promoterStatus).
PENDING, AGREED, REJECTED, NOT_REGISTERED = 1, 2, 3, 999

MSG_TOKEN_INVALID = "invalid credential, access_token is invalid or not latest"
MSG_TOKEN_EXPIRED = "access_token expired"
MSG_INVALID_ARGS = "invalid args"
MSG_PREVIOUS_MISMATCH = "previousPromotionInfo does not match"

EFFECT_KINDS: tuple[str, ...] = (
    "promotion_add",
    "promotion_upd",
    "apply_target",
    "campaign_insert",
    "campaign_update",
    "apply_callback_rows",
    "apply_callback_customer",
)

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")


class WeChatError(Exception):
    """An errcode answer."""

    def __init__(self, errcode: int, errmsg: str) -> None:
        super().__init__(errcode, errmsg)
        self.errcode = errcode
        self.errmsg = errmsg


class WaiqinError(Exception):
    """A return_code 1 answer; the message becomes return_msg."""


class AdminError(Exception):
    """An admin API failure with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


@lru_cache(maxsize=256)
def wechat_error_body(errcode: int, errmsg: str) -> bytes:
    """Encoded ``{"errcode", "errmsg"}``; the set of distinct errors is small, so cache them."""
    return orjson.dumps({"errcode": errcode, "errmsg": errmsg})


class CountersDict(TypedDict):
    token_issuances: dict[str, int]
    requests: dict[str, int]
    effects: dict[str, dict[str, int]]
    faults_injected: dict[str, int]


# ---------------------------------------------------------------------------------------- records


@attrs.define(eq=False)
class TokenRecord:
    token: str
    appid: str
    kind: Literal["stable", "classic"]
    issued_at: float
    expires_at: float
    revoked_at: float | None = None
    """Superseded/force-refreshed tokens answer 40001 from this moment on (not 42001)."""

    def alive(self, now: float) -> bool:
        return now < self.expires_at and (self.revoked_at is None or now < self.revoked_at)


@attrs.define(eq=False)
class AppTokens:
    stable: TokenRecord | None = None
    stable_previous: TokenRecord | None = None
    """The token a renewal replaced; it lives until its own expiry (at most one is ever alive)."""
    classic: TokenRecord | None = None
    live: dict[str, TokenRecord] = attrs.field(factory=dict)


@attrs.define(eq=False)
class Plan:
    seed: PlanSeed
    info_body: bytes
    """The plan_info answer, encoded once at seed time."""

    def closed(self, now: float) -> bool:
        return self.seed.plan_status == PLAN_INVALID or now > self.seed.end_time


@attrs.define(eq=False)
class Application:
    plan_id: str
    status: int
    apply_reason: str
    apply_time: int
    decide_at: float | None
    join_time: int = 0
    reject_time: int = 0
    remove_time: int = 0

    def to_json(self) -> dict[str, Any]:
        return {
            "planId": self.plan_id,
            "promoterStatus": self.status,
            "applyTime": self.apply_time,
            "joinTime": self.join_time,
            "applyReason": self.apply_reason,
            "rejectTime": self.reject_time,
            "removeTime": self.remove_time,
        }


@attrs.define(eq=False)
class Spot:
    pid: str
    name: str
    pid_id: str
    created_at: float

    def to_json(self) -> dict[str, str]:
        return {
            "promotionSourceName": self.name,
            "promotionSourcePid": self.pid,
            "status": "1",
            "pidId": self.pid_id,
        }


@attrs.define(eq=False)
class Promoter:
    appid: str
    pid_prefix: str
    spots: list[Spot] = attrs.field(factory=list)
    """Creation order (spots are never deleted, so list paging is a slice)."""
    by_name: dict[str, Spot] = attrs.field(factory=dict)
    by_pid: dict[str, Spot] = attrs.field(factory=dict)
    applications: dict[str, Application] = attrs.field(factory=dict)


@attrs.define(eq=False)
class Registration:
    row: dict[str, str]
    registered_time: str
    msg_id: str


@attrs.define(eq=False)
class Campaign:
    seq: int
    source_code: str
    code: str
    name: str
    type_code: str
    event_status: str
    start_date: str
    end_date: str
    register_url: str
    event_information: str
    belong_dept: list[dict[str, str]]
    create_time: float
    modify_time: float
    registrations: list[Registration] = attrs.field(factory=list)

    def to_json(self) -> dict[str, Any]:
        """Shaped like the DATA example of queryCampaign."""
        return {
            "activity_source_code": self.source_code,
            "activity_code": self.code,
            "activity_type_code": self.type_code,
            "activity_type_name": "",
            "activity_name": self.name,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "event_status": self.event_status,
            "event_information": self.event_information,
            "register_url": self.register_url,
            "belong_dept": [dict(d) for d in self.belong_dept],
            "override_customer": [],
            "invited_customer": [],
            "registered_customer": [dict(r.row) for r in self.registrations],
        }


@attrs.define(eq=False)
class Tenant:
    openid: str
    campaigns: dict[str, Campaign] = attrs.field(factory=dict)
    by_code: dict[str, dict[str, None]] = attrs.field(factory=dict)
    by_type: dict[str, dict[str, None]] = attrs.field(factory=dict)
    #: (whole seconds, seq, source_code), sorted: time-window filters bisect instead of scanning.
    by_create: list[tuple[int, int, str]] = attrs.field(factory=list)
    by_modify: list[tuple[int, int, str]] = attrs.field(factory=list)
    next_seq: int = 0


# ---------------------------------------------------------------------------------------- helpers


def _index_add(index: dict[str, dict[str, None]], key: str, source_code: str) -> None:
    index.setdefault(key, {})[source_code] = None


def _index_remove(index: dict[str, dict[str, None]], key: str, source_code: str) -> None:
    bucket = index.get(key)
    if bucket is not None:
        bucket.pop(source_code, None)
        if not bucket:
            del index[key]


def _valid_spot_name(name: object) -> bool:
    return isinstance(name, str) and 1 <= len(name) <= 20


def _text(data: Mapping[str, Any], name: str, *, required: bool, max_len: int | None = None) -> str:
    """A string field of a waiqin body ("" when optional and absent)."""
    value = data.get(name)
    if value is None or value == "":
        if required:
            raise WaiqinError(f"missing required field: {name}")
        return ""
    if not isinstance(value, str):
        raise WaiqinError(f"field {name} must be a string")
    if max_len is not None and len(value) > max_len:
        raise WaiqinError(f"field {name} exceeds {max_len} characters")
    return value


# Required fields and VARCHAR limits of the waiqin bodies come from the spec (generated RULES).
_WAIQIN_FIELDS: dict[str, dict[str, FieldRule]] = {
    model.__name__: {rule.wire: rule for rule in rules.fields} for model, rules in WAIQIN_RULES.items()
}


def _field(data: Mapping[str, Any], model: str, name: str) -> str:
    """A string field checked against the spec's rule for it (required, maxLength)."""
    rule = _WAIQIN_FIELDS[model][name]
    return _text(data, name, required=rule.required, max_len=rule.max_length)


def _date(data: Mapping[str, Any], model: str, name: str) -> str:
    value = _field(data, model, name)
    try:
        if not _DATE_RE.fullmatch(value):
            raise ValueError
        _dt.date.fromisoformat(value)
    except ValueError:
        raise WaiqinError(f"field {name} must be a date, yyyy-mm-dd") from None
    return value


def _datetime_epoch(value: str, name: str) -> float:
    try:
        if not _DATETIME_RE.fullmatch(value):
            raise ValueError
        moment = _dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING)
    except ValueError:
        raise WaiqinError(f"field {name} must be yyyy-MM-dd HH:mm:ss") from None
    return moment.timestamp()


def _split_csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]


# ---------------------------------------------------------------------------------------- state


class SandboxState:
    """All mutable sandbox state, plus counters and the fault injector."""

    def __init__(self, config: SandboxConfig) -> None:
        self.config = config
        self.faults = FaultInjector(config.fault_seed)
        self.clock_offset = 0.0
        self.reset()

    # ------------------------------------------------------------------ lifecycle / admin

    def now(self) -> float:
        return self.config.clock() + self.clock_offset

    def reset(self) -> None:
        """Forget everything but the config; re-seed the config's plans."""
        cfg = self.config
        self.apps: dict[str, str] = dict(cfg.apps)
        self.waiqin_tenants: dict[str, str] = dict(cfg.waiqin_tenants)
        self.tokens: dict[str, TokenRecord] = {}
        self.app_tokens: dict[str, AppTokens] = {}
        self._token_heap: list[tuple[float, int, str]] = []
        self._token_seq = 0
        self.plans: dict[str, Plan] = {}
        self.plans_by_url: dict[str, Plan] = {}
        self.promoters: dict[str, Promoter] = {}
        self.tenants: dict[str, Tenant] = {}
        self._id_rng = random.Random(f"promosdk-sandbox-ids:{cfg.fault_seed}")
        self._next_pid_id = 3000
        self.clock_offset = 0.0
        self.token_issuances: dict[str, int] = {}
        self.requests: dict[str, int] = dict.fromkeys(ROUTE_NAMES, 0)
        self.effects: dict[str, dict[str, int]] = {kind: {} for kind in EFFECT_KINDS}
        self.faults_injected: dict[str, int] = dict.fromkeys(FAULT_KINDS, 0)
        self.faults.clear(cfg.fault_seed)
        for seed in cfg.plans:
            self._put_plan(seed)

    def counters(self) -> CountersDict:
        """A deep copy of all counters (safe to keep)."""
        issuances = dict.fromkeys(self.apps, 0)
        issuances.update(self.token_issuances)
        return {
            "token_issuances": issuances,
            "requests": dict(self.requests),
            "effects": {kind: dict(per_key) for kind, per_key in self.effects.items()},
            "faults_injected": dict(self.faults_injected),
        }

    def advance_clock(self, seconds: float) -> float:
        """Move the sandbox's notion of now forward (or back); returns the new now."""
        self.clock_offset += seconds
        return self.now()

    def set_faults(self, rules: Sequence[FaultRule], seed: int | None = None) -> None:
        self.faults.configure(rules, self.config.fault_seed if seed is None else seed)

    def clear_faults(self) -> None:
        self.faults.clear(self.faults.seed)

    def _effect(self, kind: str, key: str, n: int = 1) -> None:
        per_key = self.effects[kind]
        per_key[key] = per_key.get(key, 0) + n

    def seed(
        self,
        *,
        plans: Sequence[PlanSeed] = (),
        spots: Mapping[str, Sequence[str]] | None = None,
        apps: Mapping[str, str] | None = None,
        waiqin_tenants: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Add apps, tenants, plans (replacing same planId) and spots. Checks everything first."""
        for label, mapping in (("apps", apps), ("waiqin_tenants", waiqin_tenants)):
            if mapping is not None and not all(
                isinstance(k, str) and k and isinstance(v, str) and v for k, v in mapping.items()
            ):
                raise AdminError(400, f"{label} must map non-empty strings to non-empty strings")
        known_apps = set(self.apps) | set(apps or ())
        urls: dict[str, str] = {}
        for seed in plans:
            other = self.plans_by_url.get(seed.invitation_url)
            owner = urls.setdefault(seed.invitation_url, seed.plan_id)
            if (other is not None and other.seed.plan_id != seed.plan_id) or owner != seed.plan_id:
                raise AdminError(409, f"invitation_url already used by another plan: {seed.invitation_url}")
        for appid, names in (spots or {}).items():
            if appid not in known_apps:
                raise AdminError(404, f"unknown appid {appid!r}")
            promoter = self.promoters.get(appid)
            taken = set(promoter.by_name) if promoter else set()
            if isinstance(names, str) or not all(_valid_spot_name(n) for n in names):
                raise AdminError(400, "spot names must be a list of 1-20 character strings")
            for name in names:
                if name in taken:
                    raise AdminError(409, f"duplicate spot name {name!r} for {appid}")
                taken.add(name)
            if len(taken) > self.config.promotion_max_cnt:
                raise AdminError(409, f"more than promotion_max_cnt spots for {appid}")
        # All checked: apply.
        self.apps.update(apps or {})
        self.waiqin_tenants.update(waiqin_tenants or {})
        for seed in plans:
            self._put_plan(seed)
        created: dict[str, list[str]] = {}
        for appid, names in (spots or {}).items():
            promoter = self._promoter(appid)
            created[appid] = [self._create_spot(promoter, name).pid for name in names]
        return {"plans": [s.plan_id for s in plans], "spots": created}

    def _put_plan(self, seed: PlanSeed) -> Plan:
        old = self.plans.get(seed.plan_id)
        if old is not None:
            self.plans_by_url.pop(old.seed.invitation_url, None)
        plan = Plan(seed=seed, info_body=orjson.dumps(build_plan_info(seed)))
        self.plans[seed.plan_id] = plan
        self.plans_by_url[seed.invitation_url] = plan
        return plan

    def review(self, appid: str, plan_id: str, decision: str) -> dict[str, Any]:
        """Decide a pending application now; returns its apply_status data."""
        if decision not in ("agree", "reject"):
            raise AdminError(400, "decision must be 'agree' or 'reject'")
        promoter = self.promoters.get(appid)
        application = promoter.applications.get(plan_id) if promoter else None
        if application is None:
            raise AdminError(404, f"{appid!r} has not applied to plan {plan_id!r}")
        now = self.now()
        self._settle(application, now)
        if application.status != PENDING:
            raise AdminError(409, f"application is not pending (promoterStatus {application.status})")
        self._decide(application, decision, now)
        return application.to_json()

    def expire_tokens(self, appid: str) -> int:
        """Expire every live token of the app now (they answer 42001); returns how many."""
        if appid not in self.apps:
            raise AdminError(404, f"unknown appid {appid!r}")
        holder = self.app_tokens.get(appid)
        if holder is None:
            return 0
        now = self.now()
        count = 0
        for record in holder.live.values():
            if record.alive(now):
                record.expires_at = now
                count += 1
        return count

    # ------------------------------------------------------------------ WeChat tokens

    def _mint(self, appid: str, kind: Literal["stable", "classic"], now: float) -> TokenRecord:
        self._prune_tokens(now)
        token = secrets.token_urlsafe(96)  # 128 url-safe characters
        record = TokenRecord(
            token=token, appid=appid, kind=kind, issued_at=now, expires_at=now + self.config.token_ttl
        )
        self.tokens[token] = record
        self.app_tokens.setdefault(appid, AppTokens()).live[token] = record
        self._token_seq += 1
        heapq.heappush(self._token_heap, (record.expires_at, self._token_seq, token))
        self.token_issuances[appid] = self.token_issuances.get(appid, 0) + 1
        return record

    def _prune_tokens(self, now: float) -> None:
        """Forget tokens dead for longer than expired_token_retention (O(log n) amortised)."""
        horizon = now - self.config.expired_token_retention
        heap = self._token_heap
        while heap and heap[0][0] < horizon:
            _, _, token = heapq.heappop(heap)
            record = self.tokens.pop(token, None)
            if record is not None:
                holder = self.app_tokens.get(record.appid)
                if holder is not None:
                    holder.live.pop(token, None)

    def _check_app(self, grant_type: object, appid: object, secret: object) -> str:
        if grant_type != "client_credential":
            raise WeChatError(40002, "invalid grant_type")
        if not isinstance(appid, str) or not appid:
            raise WeChatError(41002, "appid missing")
        if appid not in self.apps:
            raise WeChatError(40013, "invalid appid")
        if not isinstance(secret, str) or not secret:
            raise WeChatError(41004, "appsecret missing")
        if not hmac.compare_digest(secret.encode(), self.apps[appid].encode()):
            raise WeChatError(40001, "invalid credential, appsecret is wrong")
        return appid

    def stable_token(
        self, grant_type: object, appid: object, secret: object, force_refresh: object
    ) -> TokenRecord:
        """POST /cgi-bin/stable_token."""
        app = self._check_app(grant_type, appid, secret)
        now = self.now()
        holder = self.app_tokens.setdefault(app, AppTokens())
        current = holder.stable
        if force_refresh is True:
            # Invalidate every stable token of the app, including one kept alive by renewal.
            for record in (current, holder.stable_previous):
                if record is not None and record.alive(now):
                    record.revoked_at = now
        elif (
            current is not None
            and current.alive(now)
            and current.expires_at - now > self.config.stable_token_renew_window
        ):
            return current
        # Otherwise (none, dead, or in the renew window) mint; a renewed old token keeps its expiry.
        holder.stable_previous = current
        holder.stable = self._mint(app, "stable", now)
        return holder.stable

    def classic_token(self, grant_type: object, appid: object, secret: object) -> TokenRecord:
        """GET /cgi-bin/token: always a new token; the previous one lives classic_token_overlap more."""
        app = self._check_app(grant_type, appid, secret)
        now = self.now()
        holder = self.app_tokens.setdefault(app, AppTokens())
        previous = holder.classic
        if previous is not None and previous.alive(now):
            previous.revoked_at = now + self.config.classic_token_overlap
        holder.classic = self._mint(app, "classic", now)
        return holder.classic

    def expires_in(self, record: TokenRecord) -> int:
        return max(0, math.ceil(record.expires_at - self.now()))  # a fresh token says exactly token_ttl

    def authenticate(self, access_token: str | None) -> str:
        """The appid (promoter) behind a token, or 40001/42001."""
        record = self.tokens.get(access_token) if access_token else None
        if record is None:
            raise WeChatError(40001, MSG_TOKEN_INVALID)
        now = self.now()
        if record.revoked_at is not None and now >= record.revoked_at:
            raise WeChatError(40001, MSG_TOKEN_INVALID)
        if now >= record.expires_at:
            raise WeChatError(42001, MSG_TOKEN_EXPIRED)
        return record.appid

    # ------------------------------------------------------------------ WeChat targeted plans

    def _promoter(self, appid: str) -> Promoter:
        promoter = self.promoters.get(appid)
        if promoter is None:
            digest = base64.urlsafe_b64encode(hashlib.sha256(appid.encode()).digest()).decode()
            promoter = Promoter(appid=appid, pid_prefix="o" + digest[:27])
            self.promoters[appid] = promoter
        return promoter

    def plan_info(self, invitation_url: str | None) -> bytes:
        """The pre-encoded plan_info answer."""
        if not invitation_url:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        plan = self.plans_by_url.get(invitation_url)
        if plan is None:
            raise WeChatError(202002, "plan not found")
        return plan.info_body

    def _plan_for(self, plan_id: object, now: float) -> Plan:
        if not isinstance(plan_id, str) or not plan_id:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        plan = self.plans.get(plan_id)
        if plan is None:
            raise WeChatError(202002, "plan not found")
        if plan.closed(now):
            raise WeChatError(202001, "plan has expired")
        return plan

    def _settle(self, application: Application, now: float) -> None:
        """Lazily apply the automatic review once review_delay has passed."""
        if (
            application.status == PENDING
            and application.decide_at is not None
            and now >= application.decide_at
        ):
            plan = self.plans.get(application.plan_id)
            outcome = plan.seed.review_outcome if plan is not None else "agree"
            self._decide(application, outcome, application.decide_at)

    @staticmethod
    def _decide(application: Application, decision: str, at: float) -> None:
        application.decide_at = None
        if decision == "agree":
            application.status = AGREED
            application.join_time = int(at)
        else:
            application.status = REJECTED
            application.reject_time = int(at)

    def apply_target(self, appid: str, plan_id: object, apply_reason: object) -> Application:
        if not isinstance(apply_reason, str) or not apply_reason:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        now = self.now()
        plan = self._plan_for(plan_id, now)
        if len(apply_reason) > self.config.apply_reason_max_len:
            raise WeChatError(202006, "apply reason exceeds the length limit")
        promoter = self._promoter(appid)
        existing = promoter.applications.get(plan.seed.plan_id)
        if existing is not None:
            self._settle(existing, now)
            if existing.status in (PENDING, AGREED):
                raise WeChatError(202004, "promoter has already applied for the plan")
        delay = self.config.review_delay
        application = Application(
            plan_id=plan.seed.plan_id,
            status=PENDING,
            apply_reason=apply_reason,
            apply_time=int(now),
            decide_at=None if delay is None else now + delay,
        )
        promoter.applications[plan.seed.plan_id] = application
        self._effect("apply_target", f"{appid}/{plan.seed.plan_id}")
        return application

    def apply_status(self, appid: str, plan_id: object) -> dict[str, Any]:
        now = self.now()
        plan = self._plan_for(plan_id, now)
        promoter = self.promoters.get(appid)
        application = promoter.applications.get(plan.seed.plan_id) if promoter else None
        if application is None:
            if self.config.unapplied_answer == "202005":
                raise WeChatError(202005, "promoter has not applied for the plan")
            return {
                "planId": plan.seed.plan_id,
                "promoterStatus": NOT_REGISTERED,
                "applyTime": 0,
                "joinTime": 0,
                "applyReason": "",
                "rejectTime": 0,
                "removeTime": 0,
            }
        self._settle(application, now)
        return application.to_json()

    # ------------------------------------------------------------------ WeChat promotion spots

    def _create_spot(self, promoter: Promoter, name: str) -> Spot:
        while True:
            pid = f"{promoter.pid_prefix}_{self._id_rng.randrange(10**8, 2**31)}"
            if pid not in promoter.by_pid:
                break
        spot = Spot(pid=pid, name=name, pid_id=str(self._next_pid_id), created_at=self.now())
        self._next_pid_id += 1
        promoter.spots.append(spot)
        promoter.by_name[name] = spot
        promoter.by_pid[pid] = spot
        return spot

    def promotion_add(self, appid: str, name: object) -> Spot:
        if not isinstance(name, str) or not _valid_spot_name(name):
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self._promoter(appid)
        # Duplicate before limit: a retried add whose first attempt landed should learn "exists".
        if name in promoter.by_name:
            raise WeChatError(14007, "promotion source name already exists")
        if len(promoter.spots) >= self.config.promotion_max_cnt:
            raise WeChatError(14005, "promotion source count reaches the limit")
        spot = self._create_spot(promoter, name)
        self._effect("promotion_add", f"{appid}/{name}")
        return spot

    def promotion_upd(self, appid: str, pid: object, previous_name: object, new_name: object) -> Spot:
        if not isinstance(pid, str) or not pid or not isinstance(previous_name, str) or not previous_name:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        if not isinstance(new_name, str) or not _valid_spot_name(new_name):
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self._promoter(appid)
        spot = promoter.by_pid.get(pid)
        if spot is None or spot.name != previous_name:
            raise WeChatError(40097, MSG_PREVIOUS_MISMATCH)
        if new_name == spot.name:
            return spot
        if new_name in promoter.by_name:
            raise WeChatError(14007, "promotion source name already exists")
        del promoter.by_name[spot.name]
        spot.name = new_name
        promoter.by_name[new_name] = spot
        self._effect("promotion_upd", pid)
        return spot

    def promotion_list(self, appid: str, start: int, limit: int) -> dict[str, Any]:
        if start < 0 or limit < 1:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self.promoters.get(appid)
        spots = promoter.spots if promoter else []
        return {
            "errcode": 0,
            "errmsg": "ok",
            "promotionSourceList": [s.to_json() for s in spots[start : start + limit]],
            "total": len(spots),
            "promotionMaxCnt": self.config.promotion_max_cnt,
        }

    # ------------------------------------------------------------------ waiqin

    def waiqin_verify(self, openid: str, timestamp: str, digest: str, body: bytes) -> Tenant:
        """Check openid, timestamp window and digest over the raw body bytes."""
        appkey = self.waiqin_tenants.get(openid)
        if appkey is None:
            raise WaiqinError("unknown openid")
        try:
            sent_at = parse_waiqin_timestamp(timestamp).timestamp()
        except ValueError:
            raise WaiqinError("invalid timestamp, expected yyyyMMddHHmmss") from None
        if abs(self.now() - sent_at) > self.config.waiqin_timestamp_skew:
            raise WaiqinError("timestamp expired")
        if not hmac.compare_digest(digest.encode(), waiqin_digest(body, appkey, timestamp).encode()):
            raise WaiqinError("digest mismatch")
        tenant = self.tenants.get(openid)
        if tenant is None:
            tenant = self.tenants[openid] = Tenant(openid=openid)
        return tenant

    def add_or_update_campaign(self, tenant: Tenant, data: Mapping[str, Any]) -> Campaign:
        source_code = _field(data, "AddOrUpdateCampaignRequest", "source_code")
        code = _field(data, "AddOrUpdateCampaignRequest", "code")
        name = _field(data, "AddOrUpdateCampaignRequest", "name")
        type_code = _field(data, "AddOrUpdateCampaignRequest", "type_code")
        raw_status = data.get("event_status")
        if raw_status is None or raw_status == "":
            raise WaiqinError("missing required field: event_status")
        if isinstance(raw_status, bool) or str(raw_status) not in ("1", "2", "3"):
            raise WaiqinError("field event_status must be 1, 2 or 3")
        event_status = str(raw_status)
        start_date = _date(data, "AddOrUpdateCampaignRequest", "start_date")
        end_date = _date(data, "AddOrUpdateCampaignRequest", "end_date")
        if end_date < start_date:
            raise WaiqinError("end_date is before start_date")
        register_url = _field(data, "AddOrUpdateCampaignRequest", "register_url")
        event_information = _field(data, "AddOrUpdateCampaignRequest", "event_information")
        belong_dept: list[dict[str, str]] | None = None
        # Priority dept_id > dept_code > dept_name > dept_source_code; only the given attribute is known.
        for field, key in (
            ("dept_id", "id"),
            ("dept_code", "code"),
            ("dept_name", "name"),
            ("dept_source_code", ""),
        ):
            value = _field(data, "AddOrUpdateCampaignRequest", field)
            if value:
                belong_dept = []
                for part in _split_csv(value):
                    dept = {"id": "", "code": "", "name": ""}
                    if key:
                        dept[key] = part
                    else:
                        dept["source_code"] = part
                    belong_dept.append(dept)
                break
        now = self.now()
        campaign = tenant.campaigns.get(source_code)
        if campaign is None:
            campaign = Campaign(
                seq=tenant.next_seq,
                source_code=source_code,
                code=code,
                name=name,
                type_code=type_code,
                event_status=event_status,
                start_date=start_date,
                end_date=end_date,
                register_url=register_url,
                event_information=event_information,
                belong_dept=belong_dept or [],
                create_time=now,
                modify_time=now,
            )
            tenant.next_seq += 1
            tenant.campaigns[source_code] = campaign
            _index_add(tenant.by_code, code, source_code)
            _index_add(tenant.by_type, type_code, source_code)
            bisect.insort(tenant.by_create, (int(now), campaign.seq, source_code))
            bisect.insort(tenant.by_modify, (int(now), campaign.seq, source_code))
            self._effect("campaign_insert", source_code)
            return campaign
        if campaign.code != code:
            _index_remove(tenant.by_code, campaign.code, source_code)
            _index_add(tenant.by_code, code, source_code)
        if campaign.type_code != type_code:
            _index_remove(tenant.by_type, campaign.type_code, source_code)
            _index_add(tenant.by_type, type_code, source_code)
        campaign.code = code
        campaign.name = name
        campaign.type_code = type_code
        campaign.event_status = event_status
        campaign.start_date = start_date
        campaign.end_date = end_date
        campaign.register_url = register_url
        campaign.event_information = event_information
        if belong_dept is not None:  # absent dept fields keep the previous departments
            campaign.belong_dept = belong_dept
        old_entry = (int(campaign.modify_time), campaign.seq, source_code)
        at = bisect.bisect_left(tenant.by_modify, old_entry)
        if at < len(tenant.by_modify) and tenant.by_modify[at] == old_entry:
            del tenant.by_modify[at]
        bisect.insort(tenant.by_modify, (int(now), campaign.seq, source_code))
        campaign.modify_time = now
        self._effect("campaign_update", source_code)
        return campaign

    def apply_callback(self, tenant: Tenant, data: Mapping[str, Any], msg_id: str = "") -> int:
        """Append one registration row per listed customer (not idempotent). Returns rows added."""
        source_code = _field(data, "ApplyCallbackRequest", "campaign_source_code")
        code = _field(data, "ApplyCallbackRequest", "campaign_code")
        registered_time = _field(data, "ApplyCallbackRequest", "registered_time")
        _datetime_epoch(registered_time, "registered_time")
        merchant_information = _field(data, "ApplyCallbackRequest", "merchant_information")
        customers: list[str] = []
        key = ""
        for field, attr in (("cm_ids", "id"), ("cm_codes", "code"), ("cm_names", "name")):
            values = _split_csv(_field(data, "ApplyCallbackRequest", field))
            if values:  # priority: ids, then codes, then names
                customers, key = values, attr
                break
        if not customers:
            raise WaiqinError("one of cm_ids, cm_codes, cm_names is required")
        campaign = tenant.campaigns.get(source_code)
        if campaign is None or campaign.code != code:
            raise WaiqinError("campaign not found")
        for customer in customers:
            row = {
                "id": "",
                "code": "",
                "name": "",
                "source_code": "",
                "merchant_information": merchant_information,
            }
            row[key] = customer
            campaign.registrations.append(
                Registration(row=row, registered_time=registered_time, msg_id=msg_id)
            )
        self._effect("apply_callback_rows", source_code, len(customers))
        for customer in customers:  # per (campaign, customer): a registration made twice shows as 2
            self._effect("apply_callback_customer", f"{source_code}/{customer}", 1)
        return len(customers)

    def query_campaigns(self, tenant: Tenant, data: Mapping[str, Any]) -> list[dict[str, Any]]:
        """Campaigns matching every given filter, in creation order. Time bounds are inclusive."""
        source_code = _field(data, "QueryCampaignRequest", "activity_source_code")
        code = _field(data, "QueryCampaignRequest", "activity_code")
        type_code = _field(data, "QueryCampaignRequest", "activity_type_code")
        bounds: list[tuple[str, bool, float]] = []
        for field, attr, is_before in (
            ("before_create_time", "create_time", True),
            ("after_create_time", "create_time", False),
            ("before_modify_time", "modify_time", True),
            ("after_modify_time", "modify_time", False),
        ):
            value = _field(data, "QueryCampaignRequest", field)
            if value:
                bounds.append((attr, is_before, _datetime_epoch(value, field)))
        # Narrow with the indexes first: source code O(1); else the smallest of the code/type
        # bucket and the bisected time windows; the remaining filters check the candidates.
        candidates: Iterable[Campaign]
        if source_code:
            found = tenant.campaigns.get(source_code)
            candidates = [found] if found is not None else []
        else:
            options: list[list[str] | dict[str, None]] = []
            if code:
                options.append(tenant.by_code.get(code, {}))
            if type_code:
                options.append(tenant.by_type.get(type_code, {}))
            for attr, index in (("create_time", tenant.by_create), ("modify_time", tenant.by_modify)):
                low, high = -math.inf, math.inf
                for bound_attr, is_before, limit in bounds:
                    if bound_attr == attr:
                        if is_before:
                            high = min(high, limit)
                        else:
                            low = max(low, limit)
                if low != -math.inf or high != math.inf:
                    start = bisect.bisect_left(index, (math.ceil(low),)) if low != -math.inf else 0
                    end = bisect.bisect_right(index, (math.floor(high), math.inf)) if high != math.inf else len(index)
                    options.append([entry[2] for entry in index[start:end]])
            if options:
                narrowest = min(options, key=len)
                candidates = sorted((tenant.campaigns[s] for s in narrowest), key=lambda c: c.seq)
            else:
                candidates = tenant.campaigns.values()
        out: list[dict[str, Any]] = []
        for campaign in candidates:
            if (code and campaign.code != code) or (type_code and campaign.type_code != type_code):
                continue
            ok = True
            for attr, is_before, limit in bounds:
                moment = int(getattr(campaign, attr))  # second resolution, like the filter
                if (is_before and moment > limit) or (not is_before and moment < limit):
                    ok = False
                    break
            if ok:
                out.append(campaign.to_json())
        return out

    # ------------------------------------------------------------------ inspection helpers

    def spots(self, appid: str) -> list[Spot]:
        promoter = self.promoters.get(appid)
        return list(promoter.spots) if promoter else []

    def application(self, appid: str, plan_id: str) -> Application | None:
        promoter = self.promoters.get(appid)
        application = promoter.applications.get(plan_id) if promoter else None
        if application is not None:
            self._settle(application, self.now())
        return application

    def campaigns(self, openid: str) -> list[Campaign]:
        tenant = self.tenants.get(openid)
        return list(tenant.campaigns.values()) if tenant else []
