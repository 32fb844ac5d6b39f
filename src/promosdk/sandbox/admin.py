"""HTTP client for the sandbox's ``/_sandbox/`` admin API."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from types import TracebackType
from typing import Any, Literal, cast

import aiohttp
import orjson

from .admin_promoter import PromoterAdminMixin
from .faults import FaultRule
from .plans import PlanSeed
from .state import CountersDict, PlanSummary

__all__ = ["AdminClient", "SandboxAdminError"]

#: The admin API's answers are small JSON documents; anything larger is refused unread.
MAX_ADMIN_ANSWER_BYTES = 16 * 1024 * 1024


class SandboxAdminError(Exception):
    """The admin API refused a request (``status`` is the HTTP status)."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(f"sandbox admin error {status}: {message}")
        self.status = status
        self.message = message


class AdminClient(PromoterAdminMixin):
    """Mirrors the admin API. Owns its session unless one is passed in."""

    def __init__(self, base_url: str, *, session: aiohttp.ClientSession | None = None) -> None:
        self.base_url = base_url.rstrip("/")
        self._session = session
        self._owns_session = session is None

    async def __aenter__(self) -> AdminClient:
        return self

    async def __aexit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        await self.close()

    async def close(self) -> None:
        if self._owns_session and self._session is not None:
            await self._session.close()
            self._session = None

    async def _call(self, method: str, path: str, payload: Mapping[str, Any] | None = None) -> dict[str, Any]:
        if self._session is None:
            self._session = aiohttp.ClientSession()
            self._owns_session = True
        data = orjson.dumps(payload) if payload is not None else None
        headers = {"Content-Type": "application/json"} if data is not None else None
        # Never redirected (a redirect would re-send the payload elsewhere); the read is capped.
        async with self._session.request(
            method, f"{self.base_url}/_sandbox/{path}", data=data, headers=headers, allow_redirects=False
        ) as resp:
            raw = await _read_capped(resp)
        try:
            body = orjson.loads(raw)
        except orjson.JSONDecodeError:
            raise SandboxAdminError(resp.status, raw[:200].decode("utf-8", "replace")) from None
        if resp.status != 200 or not isinstance(body, dict) or not body.get("ok"):
            message = body.get("error", "") if isinstance(body, dict) else str(body)
            raise SandboxAdminError(resp.status, str(message))
        return body

    async def health(self) -> float:
        """Checks the server answers; returns its clock."""
        return float((await self._call("GET", "health"))["now"])

    async def reset(self) -> None:
        await self._call("POST", "reset")

    async def seed(
        self,
        *,
        plans: Sequence[PlanSeed] = (),
        spots: Mapping[str, Sequence[str]] | None = None,
        apps: Mapping[str, str] | None = None,
        waiqin_tenants: Mapping[str, str] | None = None,
    ) -> dict[str, Any]:
        """Returns ``{"plans": [planId...], "spots": {appid: [pid...]}}``."""
        payload: dict[str, Any] = {"plans": [p.to_json() for p in plans]}
        if spots is not None:
            payload["spots"] = {k: list(v) for k, v in spots.items()}
        if apps is not None:
            payload["apps"] = dict(apps)
        if waiqin_tenants is not None:
            payload["waiqin_tenants"] = dict(waiqin_tenants)
        body = await self._call("POST", "seed", payload)
        return {"plans": body["plans"], "spots": body["spots"]}

    async def plans(
        self, *, status: Literal["effective", "not_in_force", "invalid"] | None = None
    ) -> list[PlanSummary]:
        """The seeded plans (seeding order) with their state and applications, optionally one status."""
        path = "plans" if status is None else f"plans?status={status}"
        return cast(list[PlanSummary], (await self._call("GET", path))["plans"])

    async def review(self, appid: str, plan_id: str, decision: Literal["agree", "reject"]) -> dict[str, Any]:
        """Decide a pending application; returns its apply_status data."""
        body = await self._call("POST", "review", {"appid": appid, "planId": plan_id, "decision": decision})
        return cast(dict[str, Any], body["data"])

    async def expire_tokens(self, appid: str) -> int:
        """Expire all of the app's tokens now (next use answers 42001); returns how many."""
        return int((await self._call("POST", "tokens/expire", {"appid": appid}))["expired"])

    async def counters(self) -> CountersDict:
        body = await self._call("GET", "counters")
        return {
            "token_issuances": body["token_issuances"],
            "requests": body["requests"],
            "effects": body["effects"],
            "faults_injected": body["faults_injected"],
        }

    async def set_faults(
        self, rules: Sequence[FaultRule | Mapping[str, Any]], *, seed: int | None = None
    ) -> dict[str, Any]:
        """Replace the fault rules and reseed the fault RNG (the config's fault_seed when None)."""
        payload: dict[str, Any] = {
            "rules": [r.to_json() if isinstance(r, FaultRule) else dict(r) for r in rules],
        }
        if seed is not None:
            payload["seed"] = seed
        body = await self._call("POST", "faults", payload)
        return {"seed": body["seed"], "rules": body["rules"]}

    async def get_faults(self) -> dict[str, Any]:
        body = await self._call("GET", "faults")
        return {"seed": body["seed"], "rules": body["rules"]}

    async def clear_faults(self) -> None:
        await self._call("DELETE", "faults")

    async def advance_clock(self, seconds: float) -> float:
        """Move the sandbox clock; returns the new now."""
        return float((await self._call("POST", "clock/advance", {"seconds": seconds}))["now"])


async def _read_capped(resp: aiohttp.ClientResponse, cap: int = MAX_ADMIN_ANSWER_BYTES) -> bytes:
    """The body, or SandboxAdminError once it is past ``cap`` (the connection is dropped)."""
    body = bytearray()
    while chunk := await resp.content.readany():
        body += chunk
        if len(body) > cap:
            resp.close()
            raise SandboxAdminError(resp.status, f"the answer is larger than {cap} bytes")
    return bytes(body)
