"""Request validation from the spec's constraints (generated RULES), before anything is sent.

A validator is compiled once per request model into a list of small checks; a failure raises
RequestValidationError naming the argument (Python name; nested ones dotted) and the rule.
"""

from __future__ import annotations

import datetime as _dt
import enum
import re
from collections.abc import Callable
from typing import Any

import attrs

from ._enums import is_known_member
from ._errors import RequestValidationError
from ._generated.waiqin_bc.operations import RULES as WAIQIN_RULES
from ._generated.wechat_union.operations import RULES as WECHAT_RULES
from ._operation import FieldRule, ModelRules

__all__ = ["validate"]

RULES: dict[type[Any], ModelRules] = {**WECHAT_RULES, **WAIQIN_RULES}
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", re.ASCII)

Check = Callable[[Any, str], None]
_compiled: dict[type[Any], list[Check]] = {}


def validate(request: Any) -> None:
    """Raise RequestValidationError if ``request`` breaks a rule of its spec."""
    _validate(request, "")


def _validate(obj: Any, prefix: str) -> None:
    checks = _compiled.get(type(obj))
    if checks is None:
        checks = _compiled[type(obj)] = _compile(type(obj))
    for check in checks:
        check(obj, prefix)


def _compile(cls: type[Any]) -> list[Check]:
    rules = RULES.get(cls)
    if rules is None:
        return []
    by_wire = {a.metadata.get("wire"): a.name for a in attrs.fields(cls) if not a.metadata.get("extra")}
    checks: list[Check] = [_field_check(by_wire[rule.wire], rule) for rule in rules.fields]
    for rule_name, wires in rules.rules:
        names = tuple(by_wire[w] for w in wires)
        checks.append(_cross_check(rule_name, names))
    return checks


def _fail(path: str, rule: str, detail: str) -> RequestValidationError:
    return RequestValidationError(path, rule, detail)


def _field_check(name: str, rule: FieldRule) -> Check:
    def check(obj: Any, prefix: str) -> None:
        value = getattr(obj, name)
        path = f"{prefix}{name}"
        if value is None:
            if rule.required:
                raise _fail(path, "required", "is required")
            return
        kind = rule.kind
        if kind == "str":
            if not isinstance(value, str):
                raise _fail(path, "type", f"must be a string, not {type(value).__name__}")
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise _fail(path, "encoding", "contains characters UTF-8 cannot encode (lone surrogates)") from None
            if rule.min_length is not None and len(value) < rule.min_length:
                detail = "must not be empty" if rule.min_length == 1 else f"must have at least {rule.min_length} characters"
                raise _fail(path, "minLength", detail)
            if rule.max_length is not None and len(value) > rule.max_length:
                raise _fail(path, "maxLength", f"must have at most {rule.max_length} characters, has {len(value)}")
            if rule.format is not None:
                _check_format(path, rule.format, value)
        elif kind == "int":
            if isinstance(value, bool) or not isinstance(value, int):
                raise _fail(path, "type", f"must be an integer, not {type(value).__name__}")
            if rule.minimum is not None and value < rule.minimum:
                raise _fail(path, "minimum", f"must be >= {rule.minimum}, is {value}")
            if rule.maximum is not None and value > rule.maximum:
                raise _fail(path, "maximum", f"must be <= {rule.maximum}, is {value}")
        elif kind == "bool":
            if not isinstance(value, bool):
                raise _fail(path, "type", f"must be a boolean, not {type(value).__name__}")
        elif kind == "enum":
            allowed = rule.enum or ()
            if not isinstance(value, enum.Enum) or not is_known_member(value) or value.value not in allowed:
                raise _fail(path, "enum", f"must be one of {list(allowed)}")
        elif kind == "model":
            if not attrs.has(type(value)) or type(value) not in RULES:
                raise _fail(path, "type", f"must be a request model, not {type(value).__name__}")
            _validate(value, path + ".")
        elif kind == "list" and not isinstance(value, list):
            raise _fail(path, "type", f"must be a list, not {type(value).__name__}")

    return check


def _check_format(path: str, fmt: str, value: str) -> None:
    if fmt == "date":
        if not _DATE.fullmatch(value):
            raise _fail(path, "format", "must be a date as yyyy-mm-dd")
        try:
            _dt.date.fromisoformat(value)
        except ValueError:
            raise _fail(path, "format", f"{value!r} is not a real calendar date") from None
    elif fmt == "datetime":
        if not _DATETIME.fullmatch(value):
            raise _fail(path, "format", "must be a date-time as yyyy-MM-dd HH:mm:ss")
        try:
            _dt.datetime.strptime(value, "%Y-%m-%d %H:%M:%S")
        except ValueError:
            raise _fail(path, "format", f"{value!r} is not a real date and time") from None


def _cross_check(rule: str, names: tuple[str, ...]) -> Check:
    if rule == "date-order":
        first, second = names

        def date_order(obj: Any, prefix: str) -> None:
            start, end = getattr(obj, first), getattr(obj, second)
            if isinstance(start, str) and isinstance(end, str) and start > end:
                raise _fail(f"{prefix}{second}", "date-order", f"must not be before {first} ({start})")

        return date_order
    if rule == "one-of-required":

        def one_of(obj: Any, prefix: str) -> None:
            if not any(isinstance(v, str) and v.strip() for v in (getattr(obj, n) for n in names)):
                raise _fail(prefix + "|".join(names), "one-of-required", f"one of {', '.join(names)} is required")

        return one_of
    raise ValueError(f"unknown cross-field rule {rule!r} in the spec")
