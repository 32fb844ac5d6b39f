# generated from spec/*.openapi.yaml by codegen — do not edit
"""Every generated operation table, by vendor family (x-protocol): what promosdk._registry serves."""

from __future__ import annotations

from typing import Any

from promosdk._operation import ModelRules, OperationSpec

from .wechat_union import operations as wechat_union
from .waiqin_bc import operations as waiqin_bc
from .wechat_union import rules as wechat_union_rules
from .waiqin_bc import rules as waiqin_bc_rules

#: family -> its operations by operationId, in spec order; families in codegen's PACKAGES order.
OPERATIONS: dict[str, dict[str, OperationSpec]] = {
    'wechat': wechat_union.OPERATIONS,
    'waiqin': waiqin_bc.OPERATIONS,
}
#: family -> the generated package holding its models, operations and resources.
PACKAGES: dict[str, str] = {
    'wechat': 'wechat_union',
    'waiqin': 'waiqin_bc',
}
#: Request constraints of every model of every family.
RULES: dict[type[Any], ModelRules] = {
    **wechat_union_rules.RULES,
    **waiqin_bc_rules.RULES,
}
