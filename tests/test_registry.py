"""promosdk._registry: every operation of every family by its id ``group.name``, read from the specs."""

from __future__ import annotations

import pytest
import yaml

from codegen.generate import PACKAGES, SPEC_DIR
from promosdk import LocalRateLimiter, Rate, RateLimitExceeded, _registry
from promosdk._generated import registry as generated_index
from promosdk._ratelimit import pick_rate

SPECS = {package: yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8")) for package, name in PACKAGES}


def spec_ids() -> list[tuple[str, str]]:
    """(family, id) of every operation of every spec, in spec order."""
    found = []
    for spec in SPECS.values():
        for item in spec["paths"].values():
            for op in item.values():
                found.append((spec["x-protocol"], f"{op['x-group']}.{op.get('x-method-name', op['operationId'])}"))
    return found


# ---------------------------------------------------------------- ids and families


def test_every_spec_operation_is_in_the_registry_under_its_id_and_family() -> None:
    assert [(op.family, op_id) for op_id, op in _registry.OPERATIONS.items()] == spec_ids()
    assert _registry.FAMILIES == ("wechat", "waiqin") == tuple(generated_index.OPERATIONS)
    for op_id, op in _registry.OPERATIONS.items():
        assert op.id == op_id == f"{op.group}.{op.name}"
        assert _registry.operation(op_id) is op
        assert _registry.by_family(op.family)[op_id] is op
    assert _registry.operation("target.plan_info").name == "plan_info"
    assert _registry.operation("bc.query_campaign").family == "waiqin"


def test_family_is_one_word_everywhere() -> None:
    # The spec's x-protocol is the family of its operations, of its error classes and of its client.
    from promosdk import WaiqinClient, WeChatUnionClient
    from promosdk._generated.errors import ERROR_CLASSES

    protocols = {spec["x-protocol"] for spec in SPECS.values()}
    assert set(_registry.FAMILIES) == protocols == set(ERROR_CLASSES) == set(generated_index.PACKAGES)
    assert {op.family for op in _registry.OPERATIONS.values()} == protocols
    assert (WeChatUnionClient._family, WaiqinClient._family) == _registry.FAMILIES


def test_cli_names_and_public_groups() -> None:
    plan_info = _registry.operation("target.plan_info")
    assert (plan_info.cli_group, plan_info.cli_name) == ("target", "plan-info")
    assert _registry.operation("bc.add_or_update_campaign").cli_name == "add-or-update-campaign"
    internal = {op.id for op in _registry.operations() if op.internal}
    assert internal == {"token.stable_token", "token.token"}
    public = _registry.operations(internal=False)
    assert len(public) == len(_registry.OPERATIONS) - 2
    assert list(_registry.groups("wechat")) == ["target", "promotion"]
    assert [op.id for op in _registry.groups("waiqin")["bc"]] == [
        "bc.add_or_update_campaign", "bc.apply_callback", "bc.query_campaign",
    ]  # fmt: skip


def test_unknown_ids_and_families_say_what_exists() -> None:
    with pytest.raises(_registry.UnknownOperationError, match=r"did you mean promotion\.add"):
        _registry.operation("promotion.ad")
    with pytest.raises(KeyError, match="known: wechat, waiqin"):
        _registry.by_family("wechat_union")


def test_error_classes_by_family_and_code() -> None:
    from promosdk import APIError, PlanNotFoundError, WaiqinRequestFailedError

    assert _registry.error_class("wechat", 202002) is PlanNotFoundError
    assert _registry.error_class("waiqin", 1) is WaiqinRequestFailedError
    assert _registry.error_class("wechat", 99999) is APIError


# ---------------------------------------------------------------- rate-limit keys


def test_rate_limits_are_keyed_by_operation_id_and_still_accept_the_old_name() -> None:
    limits = {"target.plan_info": Rate(1), "apply_status": Rate(2), "*": Rate(3)}
    assert pick_rate(limits, "target.plan_info") == ("target.plan_info", Rate(1))
    assert pick_rate(limits, "target.apply_status") == ("apply_status", Rate(2))  # the pre-registry key
    assert pick_rate(limits, "promotion.add") == ("*", Rate(3))
    assert pick_rate({"plan_info": Rate(1)}, "promotion.list") is None


async def test_a_limit_keyed_by_id_refuses_that_operation_only() -> None:
    limiter = LocalRateLimiter({"promotion.add": Rate(1, per=60)}, mode="raise")
    await limiter.acquire("promotion.add")
    with pytest.raises(RateLimitExceeded):
        await limiter.acquire("promotion.add")
    await limiter.acquire("promotion.list")  # no limit of its own, no wildcard
