"""Request validation from the spec's constraints (generated RULES), before anything is sent.

A validator is compiled once per request model into a list of small checks; a failure raises
RequestValidationError naming the argument (Python name; nested ones dotted) and the rule.

Beyond the spec's own rules, every request must be something the client can send unchanged:
- strings: no lone surrogates; no control characters (C0, DEL, C1) - except TAB, LF and CR in
  the free-text fields of ``MULTILINE_FIELDS`` (reasons, descriptions); single-line fields also
  refuse the Unicode line and paragraph separators. A required (non-empty) string must not be
  blank: only whitespace and invisible format characters (zero-width space, BOM...) is refused;
- integers fit in 64 bits (what orjson writes, promosdk._json_limits);
- a nested model is an instance of the declared model class (not a look-alike);
- ``extra`` (unknown fields sent as they are) is a dict of JSON values (None, bool, 64-bit int,
  finite float, str, list, dict with str keys) nesting within JSON_MAX_DEPTH, and does not
  repeat a declared field (which would slip past that field's rules).
"""

from __future__ import annotations

import datetime as _dt
import enum
import importlib
import re
import sys
import types
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

from ._enums import is_known_member
from ._errors import RequestValidationError
from ._generated import PACKAGES
from ._json_limits import JSON_INT_MAX, JSON_INT_MIN, json_value_problem
from ._operation import FieldRule, ModelRules
from ._public import UnsetList

__all__ = ["MULTILINE_FIELDS", "validate"]  # noqa: F822 (MULTILINE_FIELDS: module __getattr__)



class _Rules(Mapping[type[Any], ModelRules]):
    """The generated RULES of every family by model class; a family's are read once its models exist.

    A model can only be looked up once its class exists, so a look-up reads the rules of the
    families whose models are imported; iterating reads them all.
    """

    def __init__(self, packages: tuple[str, ...]) -> None:
        self._rules: dict[type[Any], ModelRules] = {}
        self._pending = [f"{__package__}._generated.{package}" for package in packages]

    def _read(self, *, all_families: bool) -> None:
        for package in list(self._pending):
            if all_families or f"{package}.models" in sys.modules:
                self._rules.update(importlib.import_module(f"{package}.rules").RULES)
                self._pending.remove(package)

    def __getitem__(self, cls: type[Any]) -> ModelRules:
        rules = self._rules.get(cls)
        if rules is None and self._pending:
            self._read(all_families=False)
            rules = self._rules.get(cls)
        if rules is None:
            raise KeyError(cls)
        return rules

    def __contains__(self, cls: object) -> bool:
        return cls in self._rules or (isinstance(cls, type) and bool(self._pending) and self.get(cls) is not None)

    def __iter__(self) -> Iterator[type[Any]]:
        self._read(all_families=True)
        return iter(self._rules)

    def __len__(self) -> int:
        self._read(all_families=True)
        return len(self._rules)


RULES: Mapping[type[Any], ModelRules] = _Rules(PACKAGES)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)
_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}", re.ASCII)

_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
_CONTROL_IN_TEXT = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
#: A character that shows: not whitespace (``\s``: Zs, Zl, Zp and the ASCII ones), not a format
#: character (category Cf, Unicode 14: bidi isolates U+2066-2069, tags U+E0020-E007F...), not a
#: Hangul filler (U+115F, U+1160, U+3164, U+FFA0: letters that print nothing). A regex, not a
#: per-character loop: a long blank string costs a C scan. tests/test_hostile_review.py checks the
#: ranges against unicodedata.
_INVISIBLE_RANGES = (
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f\u202a-\u202e"
    "\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd\U00013430-\U00013438"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f"
    "\u115f\u1160\u3164\uffa0"
)
_VISIBLE = re.compile(f"[^\\s{_INVISIBLE_RANGES}]")

#: (request, path prefix, nesting level of the request object in the JSON body)
Check = Callable[[Any, str, int], None]
_compiled: dict[type[Any], list[Check]] = {}


def __getattr__(name: str) -> Any:
    # Wire names of the free-text request fields the spec marks ``x-multiline`` (TAB, LF, CR
    # allowed: the application reason, waiqin's TEXT columns); every other request string is one
    # line. Computed on demand: it needs every family's models.
    if name == "MULTILINE_FIELDS":
        return frozenset(rule.wire for rules in RULES.values() for rule in rules.fields if rule.multiline)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def validate(request: Any) -> None:
    """Raise RequestValidationError if ``request`` breaks a rule of its spec."""
    _validate(request, "", 1)


def _validate(obj: Any, prefix: str, depth: int) -> None:
    checks = _compiled.get(type(obj))
    if checks is None:
        checks = _compiled[type(obj)] = _compile(type(obj))
    for check in checks:
        check(obj, prefix, depth)


def _compile(cls: type[Any]) -> list[Check]:
    rules = RULES.get(cls)
    if rules is None:
        return []
    attrs.resolve_types(cls)
    fields = {a.metadata.get("wire"): a for a in attrs.fields(cls) if not a.metadata.get("extra")}
    checks: list[Check] = [_field_check(fields[rule.wire].name, rule, fields[rule.wire].type) for rule in rules.fields]
    for rule_name, wires in rules.rules:
        names = tuple(fields[w].name for w in wires)
        checks.append(_cross_check(rule_name, names))
    extra = next((a.name for a in attrs.fields(cls) if a.metadata.get("extra")), None)
    if extra is not None:
        checks.append(_extra_check(extra, frozenset(w for w in fields if isinstance(w, str))))
    return checks


def _declared_models(tp: Any) -> tuple[type[Any] | None, type[Any] | None]:
    """The attrs classes a field is declared as: (``X`` of ``X | None``, ``X`` of ``list[X] | None``)."""
    if typing.get_origin(tp) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        tp = args[0] if len(args) == 1 else None
    if isinstance(tp, type) and attrs.has(tp):
        return tp, None
    element = typing.get_args(tp)[0] if typing.get_origin(tp) is list and typing.get_args(tp) else None
    return None, element if isinstance(element, type) and attrs.has(element) else None


def _fail(path: str, rule: str, detail: str) -> RequestValidationError:
    return RequestValidationError(path, rule, detail)


def _field_check(name: str, rule: FieldRule, declared: Any) -> Check:
    """The check of one field: a short accepting test for the usual valid int or one-line ASCII
    string, and the full check (which names the broken rule) for everything else."""
    full = _full_field_check(name, rule, declared)
    if rule.kind == "int":
        low = JSON_INT_MIN if rule.minimum is None else max(rule.minimum, JSON_INT_MIN)
        high = JSON_INT_MAX if rule.maximum is None else min(rule.maximum, JSON_INT_MAX)

        def check_int(obj: Any, prefix: str, depth: int) -> None:
            value = getattr(obj, name)
            if type(value) is not int or not low <= value <= high:  # bool, IntEnum, None: the full check
                full(obj, prefix, depth)

        return check_int
    if rule.kind == "str" and rule.format is None:
        control = _CONTROL_IN_TEXT if rule.multiline else _CONTROL
        shortest = rule.min_length or 0
        longest = rule.max_length if rule.max_length is not None else -1
        visible = _VISIBLE.search if rule.min_length else None

        def check_str(obj: Any, prefix: str, depth: int) -> None:
            # ASCII always encodes as UTF-8: only the length, control and blank rules are left.
            value = getattr(obj, name)
            if (
                type(value) is not str
                or not value.isascii()
                or len(value) < shortest
                or (longest >= 0 and len(value) > longest)
                or control.search(value) is not None
                or (visible is not None and visible(value) is None)
            ):
                full(obj, prefix, depth)

        return check_str
    return full


def _full_field_check(name: str, rule: FieldRule, declared: Any) -> Check:
    control = _CONTROL_IN_TEXT if rule.multiline else _CONTROL
    model, items = _declared_models(declared)
    # A list of strings (ids, tags): each one a non-blank, one-line string.
    strings = typing.get_origin(declared) is list and typing.get_args(declared) == (str,)

    def check(obj: Any, prefix: str, depth: int) -> None:
        value = getattr(obj, name)
        path = f"{prefix}{name}"
        if value is None or (not rule.required and type(value) is UnsetList and not value):
            if rule.required:
                raise _fail(path, "required", "is required")
            return  # absent (an optional list left unset is not sent)
        kind = rule.kind
        if kind == "str":
            if not isinstance(value, str):
                raise _fail(path, "type", f"must be a string, not {type(value).__name__}")
            if not value.isascii():
                try:
                    value.encode("utf-8")
                except UnicodeEncodeError:
                    raise _fail(path, "encoding", "contains characters UTF-8 cannot encode (lone surrogates)") from None
            bad = control.search(value)
            if bad is not None:
                where = f"U+{ord(bad.group()):04X} at index {bad.start()}"
                raise _fail(path, "control", f"must not contain control or line-break characters ({where})")
            if rule.min_length is not None and len(value) < rule.min_length:
                detail = "must not be empty" if rule.min_length == 1 else f"must have at least {rule.min_length} characters"
                raise _fail(path, "minLength", detail)
            if rule.min_length and not _VISIBLE.search(value):
                raise _fail(path, "blank", "must not be blank (only whitespace or invisible characters)")
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
            if not JSON_INT_MIN <= value <= JSON_INT_MAX:
                raise _fail(path, "range", "must fit in 64 bits (-2**63 to 2**64-1)")
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
            if model is not None and not isinstance(value, model):
                raise _fail(path, "type", f"must be a {model.__name__}, not a {type(value).__name__}")
            _validate(value, path + ".", depth + 1)
        elif kind == "list" and not isinstance(value, list):
            raise _fail(path, "type", f"must be a list, not {type(value).__name__}")
        elif kind == "list" and rule.min_items is not None and len(value) < rule.min_items:
            raise _fail(path, "minItems", f"must have at least {rule.min_items} items, has {len(value)}")
        elif kind == "list" and rule.max_items is not None and len(value) > rule.max_items:
            raise _fail(path, "maxItems", f"must have at most {rule.max_items} items, has {len(value)}")
        elif kind == "list" and strings:
            for i, element in enumerate(value):
                if not isinstance(element, str):
                    raise _fail(f"{path}[{i}]", "type", f"must be a string, not {type(element).__name__}")
                if not _VISIBLE.search(element):
                    raise _fail(f"{path}[{i}]", "blank", "must not be empty or blank")
                bad = _CONTROL.search(element)
                if bad is not None:
                    raise _fail(f"{path}[{i}]", "control", f"must not contain control characters (U+{ord(bad.group()):04X})")
        elif kind == "list" and items is not None:
            for i, element in enumerate(value):
                if not isinstance(element, items):
                    raise _fail(f"{path}[{i}]", "type", f"must be a {items.__name__}, not a {type(element).__name__}")
                _validate(element, f"{path}[{i}].", depth + 2)
        elif kind in ("list", "any"):
            problem = json_value_problem(value, depth + 1)
            if problem is not None:
                raise _fail(_join(path, problem[0]), "json", f"cannot be sent as JSON: {problem[1]}")

    return check


def _extra_check(name: str, declared: frozenset[str]) -> Check:
    def check(obj: Any, prefix: str, depth: int) -> None:
        extra = getattr(obj, name)
        path = f"{prefix}{name}"
        if not isinstance(extra, dict):
            raise _fail(path, "type", f"must be a dict of extra wire fields, not {type(extra).__name__}")
        if not extra:
            return
        for key in extra:
            if isinstance(key, str) and key in declared:
                raise _fail(_join(path, key), "extra", f"repeats the declared field {key!r}: pass it by its argument")
        # The extra fields are members of the request object itself (merged into it on the wire).
        problem = json_value_problem(extra, depth)
        if problem is not None:
            raise _fail(_join(path, problem[0]), "json", f"cannot be sent as JSON: {problem[1]}")

    return check


def _join(path: str, inner: str) -> str:
    if not inner:
        return path
    return f"{path}{inner}" if inner.startswith("[") else f"{path}.{inner}"


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

        def date_order(obj: Any, prefix: str, depth: int) -> None:
            start, end = getattr(obj, first), getattr(obj, second)
            if type(start) is type(end) and isinstance(start, str | int) and start > end:  # dates, Unix times
                raise _fail(f"{prefix}{second}", "date-order", f"must not be before {first} ({start})")

        return date_order
    if rule == "one-of-required":

        def one_of(obj: Any, prefix: str, depth: int) -> None:
            if not any(isinstance(v, str) and v.strip() for v in (getattr(obj, n) for n in names)):
                raise _fail(prefix + "|".join(names), "one-of-required", f"one of {', '.join(names)} is required")

        return one_of
    raise ValueError(f"unknown cross-field rule {rule!r} in the spec")
