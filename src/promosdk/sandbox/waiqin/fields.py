"""Fields of waiqin request bodies, read by the spec's rules (required, maxLength) into WaiqinErrors."""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Mapping
from typing import Any

from ..._generated.waiqin_bc.rules import RULES as WAIQIN_RULES
from ..._operation import FieldRule
from ...signing import BEIJING
from ..errors import WaiqinError

__all__ = ["date_field", "datetime_epoch", "enum_field", "split_csv", "text", "text_field"]

_DATE_RE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATETIME_RE = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}")

# Required fields and VARCHAR limits of the waiqin bodies come from the spec (generated RULES).
_WAIQIN_FIELDS: dict[str, dict[str, FieldRule]] = {
    model.__name__: {rule.wire: rule for rule in rules.fields} for model, rules in WAIQIN_RULES.items()
}


def text(data: Mapping[str, Any], name: str, *, required: bool, max_len: int | None = None) -> str:
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


def text_field(data: Mapping[str, Any], model: str, name: str) -> str:
    """A string field checked against the spec's rule for it (required, maxLength)."""
    rule = _WAIQIN_FIELDS[model][name]
    return text(data, name, required=rule.required, max_len=rule.max_length)


def enum_field(data: Mapping[str, Any], model: str, name: str) -> str:
    """An enum field checked against the spec's values, compared as text (1 and "1" both pass)."""
    rule = _WAIQIN_FIELDS[model][name]
    value = data.get(name)
    if value is None or value == "":
        if rule.required:
            raise WaiqinError(f"missing required field: {name}")
        return ""
    allowed = tuple(str(v) for v in rule.enum or ())
    if isinstance(value, bool) or str(value) not in allowed:
        choices = ", ".join(allowed[:-1]) + f" or {allowed[-1]}" if len(allowed) > 1 else "".join(allowed)
        raise WaiqinError(f"field {name} must be {choices}")
    return str(value)


def date_field(data: Mapping[str, Any], model: str, name: str) -> str:
    value = text_field(data, model, name)
    try:
        if not _DATE_RE.fullmatch(value):
            raise ValueError
        _dt.date.fromisoformat(value)
    except ValueError:
        raise WaiqinError(f"field {name} must be a date, yyyy-mm-dd") from None
    return value


def datetime_epoch(value: str, name: str) -> float:
    try:
        if not _DATETIME_RE.fullmatch(value):
            raise ValueError
        moment = _dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S").replace(tzinfo=BEIJING)
    except ValueError:
        raise WaiqinError(f"field {name} must be yyyy-MM-dd HH:mm:ss") from None
    return moment.timestamp()


def split_csv(value: str) -> list[str]:
    return [part.strip() for part in value.split(",") if part.strip()]
