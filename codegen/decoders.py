"""The fast decoders of each spec: ``_generated/<package>/decoders.py``, one plain function per model.

Each ``decode_<Model>(o, d)`` turns a decoded JSON object (``o``, at nesting level ``d`` of its
document; 1 = the root) into the model, straight-line: one statement group per field. A model no
other model holds (an answer, a request) has every object inside it inlined, list items in plain
loops; the other models' functions call their parts' functions. Each follows the cattrs converter
(promosdk._serde_converter, the reference) for what it accepts, and raises on anything else -
``GiveUp``, or the error an unexpected value causes (``o.get`` of a list, ``o[wire]`` of a missing
required field) - and promosdk._serde then decodes the value with the converter, which gives the
same result or the DecodeError with wire paths. The rules, as the reference has them:

- wire names; unknown fields kept in ``extra`` (checked against JSON_MAX_DEPTH, as untyped values).
  An object has none when it has as many keys as its required fields plus its optional fields
  read as not null (cheap: no string is compared); else a set comparison decides;
- ints accept numeric strings (``x-wire-type: string``): digit strings of under 20 digits inline,
  the rest through ``structure_int``; bools accept 0/1 (``x-wire-type: integer``) and "true"/"false";
- "" is absent for an optional non-string field; a list the spec does not require defaults to an
  empty ``UnsetList`` (absent, null and "" alike);
- open enums through a value -> member table; other values as the reference hooks take them
  (an unknown value gives a pseudo-member);
- ``x-money: yuan-string`` checked with ``structure_yuan``; ``x-json-string`` parsed from its string
  (a raw value is left to the reference);
- untyped values (``Any``, ``dict[str, Any]``) and unknown fields checked against the nesting limit
  only; typed ones nest as deep as the schema (a recursive model has no rule here).

The file is plain source so that it is read, diffed and drift-checked like the rest.
"""

from __future__ import annotations

import enum
import types
import typing
from collections.abc import Iterator
from typing import Any

import attrs

from promosdk._public import UnsetList

from .pysource import docstring, py_str

__all__ = ["render_decoders"]


def render_decoders(models: types.ModuleType, header: str, title: str) -> str:
    """The decoders module of one generated package (``models``: its models module, loaded)."""
    classes = [
        obj
        for name in models.__all__
        if isinstance(obj := getattr(models, name), type) and attrs.has(obj) and obj.__module__ == models.__name__
    ]
    module = _Module(vars(models))
    # A model no other model holds (an answer, a request) is decoded from the top: its function
    # inlines every object inside it. The others' functions (list items, parts) call their parts'.
    inside = {part for cls in classes for part in module.parts(cls)}
    functions = [module.function(cls, inline=cls not in inside) for cls in classes]
    out = [
        header.rstrip(),
        docstring(f"Fast decoders of {title}: one straight-line function per model (codegen/decoders.py)."),
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Callable",
        "from typing import Any",
        "",
        "from promosdk._fast_decode import GiveUp, check_untyped, json_document, new_instance, unknown_fields",
        "from promosdk._public import UnsetList",
        "from promosdk._serde_scalars import (",
        *[f"    {name}," for name in sorted(module.scalars)],
        ")",
        "",
        "from .models import (",
        *[f"    {name}," for name in sorted(module.names)],
        ")",
        "",
        '__all__ = ["DECODERS"]',
        "",
        *module.constants,
        "",
        *[line for function in functions for line in ("", *function)],
        "",
        "",
        "#: Every model of the package -> its decoder (promosdk._fast_decode.fast_decoder).",
        "DECODERS: dict[type[Any], Callable[[Any, int], Any]] = {",
        *[f"    {cls.__name__}: decode_{cls.__name__}," for cls in classes],
        "}",
    ]
    return "\n".join(out) + "\n"


@attrs.frozen
class _Depth:
    """The nesting level of a value: ``d`` (the function's argument) plus ``offset``, or a constant."""

    offset: int
    relative: bool = True

    def plus(self, n: int) -> _Depth:
        return _Depth(self.offset + n, self.relative)

    def __str__(self) -> str:
        if not self.relative:
            return str(self.offset)
        return f"d + {self.offset}" if self.offset else "d"


class _Module:
    """The module-level names the functions use: model and enum classes, tables, scalar hooks."""

    def __init__(self, namespace: dict[str, Any]) -> None:
        self._namespace = namespace
        self._hints: dict[type[Any], dict[str, Any]] = {}
        self.names: set[str] = set()
        self.scalars: set[str] = set()
        self.constants: list[str] = []
        self._known: set[str] = set()

    def parts(self, cls: type[Any]) -> set[type[Any]]:
        """The models the fields of ``cls`` hold (as themselves, optional, or in lists)."""
        found: set[type[Any]] = set()
        for a in _fields(cls):
            pending = [self.field_type(cls, a)]
            while pending:
                tp = pending.pop()
                if attrs.has(tp):
                    found.add(tp)
                pending += typing.get_args(tp)
        return found

    def function(self, cls: type[Any], *, inline: bool) -> list[str]:
        name = cls.__name__
        self.names.add(name)
        body = _Function(self, inline=inline).model(cls, "o", _Depth(0), (cls,))
        return [
            f"def decode_{name}(o: Any, d: int) -> {name}:",
            *(f"    {line}" for line in body.lines),
            f"    return {body.result}",
        ]

    def field_type(self, cls: type[Any], a: attrs.Attribute[Any]) -> Any:
        """The type of field ``a`` of ``cls`` (the models' annotations are strings, left as they are)."""
        if cls not in self._hints:
            self._hints[cls] = typing.get_type_hints(cls, globalns=self._namespace)
        return self._hints[cls][a.name]

    def known_keys(self, cls: type[Any]) -> str:
        """The name of the frozenset of the wire names ``cls`` declares."""
        name = f"_KNOWN_{cls.__name__}"
        if name not in self._known:
            self._known.add(name)
            wires = ", ".join(py_str(_wire(a)) for a in _fields(cls))
            self.constants.append(f"{name}: frozenset[str] = frozenset({{{wires}}})".replace("({})", "()"))
        return name

    def members(self, cls: type[enum.Enum]) -> str:
        """The name of the value -> member table of enum ``cls``."""
        self.names.add(cls.__name__)
        name = f"_MEMBERS_{cls.__name__}"
        if name not in self._known:
            self._known.add(name)
            base = "int" if issubclass(cls, int) else "str"
            self.constants.append(
                f"{name}: dict[{base}, {cls.__name__}] = {{member.value: member for member in {cls.__name__}}}"
            )
        return name

    def scalar(self, name: str) -> str:
        self.scalars.add(name)
        return name


@attrs.define
class _Code:
    lines: list[str]
    result: str


class _Function:
    """The body of one decoder function; ``_count`` numbers the objects and lists it reads."""

    def __init__(self, module: _Module, *, inline: bool) -> None:
        self.module = module
        self.inline = inline  # nested objects inlined, else through their own functions
        self._count = 0

    def model(self, cls: type[Any], src: str, depth: _Depth, stack: tuple[type[Any], ...]) -> _Code:
        """Code decoding the object held by the variable ``src`` (at ``depth``) into an instance of ``cls``."""
        k = self._count
        self._count += 1
        self.module.names.add(cls.__name__)
        get = f"{src}.get"  # the first read raises unless ``src`` is an object (a dict)
        lines = [f"# {cls.__name__}"]
        fields = _fields(cls)
        wires = [_wire(a) for a in fields]
        # The count of known fields read below assumes one field per wire name.
        assert len(set(wires)) == len(wires), f"{cls.__name__}: two fields share a wire name"
        if not fields:
            lines.append(f"if type({src}) is not dict: raise GiveUp")
        values: list[tuple[str, str]] = []
        converts: list[str] = []
        required = 0
        counted: list[str] | None = []
        for a in fields:
            var = f"{a.name}_{k}"
            fetch, convert = self._field(a, self.module.field_type(cls, a), var, src, get, depth.plus(1), stack)
            lines.append(fetch)
            converts += convert
            values.append((a.name, var))
            if a.default is attrs.NOTHING:
                required += 1
            elif a.default is None or _is_unset_list(a):
                if counted is not None:
                    counted.append(var)
            else:
                counted = None  # absent reads as a default that is not None: not countable
        obj = f"obj{k}"
        known = self.module.known_keys(cls)
        extra = f"unknown_fields({src}, {known}, {depth})"
        if counted is not None:
            # No unknown field when the object has as many keys as known fields read as not null:
            # cheaper than a set comparison (strings compared key by key). Else the set decides.
            terms = [*([str(required)] if required or not counted else []), *(f"({var} is not None)" for var in counted)]
            lines.append(f"extra{k} = {{}} if len({src}) == {' + '.join(terms)} or {known}.issuperset({src}) else {extra}")
        else:
            lines.append(f"extra{k} = {{}} if {known}.issuperset({src}) else {extra}")
        lines += converts
        if _fills_slots(cls):
            lines.append(f"{obj} = new_instance({cls.__name__})")
            lines += [f"{obj}.{name} = {var}" for name, var in values]
            lines.append(f"{obj}.extra = extra{k}")
        else:
            args = ", ".join(f"{name}={var}" for name, var in values)
            lines += [f"{obj} = {cls.__name__}({args})", f"{obj}.extra = extra{k}"]
        return _Code(lines, obj)

    def _field(
        self, a: attrs.Attribute[Any], tp: Any, v: str, src: str, get: str, depth: _Depth, stack: tuple[type[Any], ...]
    ) -> tuple[str, list[str]]:
        """Code reading field ``a`` of the object ``src`` into ``v``, and code converting it."""
        wire = py_str(_wire(a))
        optional = _is_optional(tp)
        inner = _optional_inner(tp) if optional else tp
        # What null and "" become: None for an optional field, an empty UnsetList for a list the
        # spec does not require; None (no rule) when they fail, as in the reference.
        absent = "None" if optional else None
        if a.default is attrs.NOTHING:
            fetch = f"{v} = {src}[{wire}]"  # a KeyError: the reference reports the missing field
        elif _is_unset_list(a):
            fetch, absent = f"{v} = {get}({wire})", "UnsetList()"
        elif a.default is None:
            fetch = f"{v} = {get}({wire})"
        elif isinstance(a.default, bool | int):
            fetch = f"{v} = {get}({wire}, {a.default!r})"
        else:
            raise SystemExit(f"codegen/decoders.py: no rule for the default {a.default!r} of {a.name}")
        if a.metadata.get("json_string"):
            return fetch, self._json_string(v, inner, absent or "None", stack)
        if a.metadata.get("money") == "yuan-string":
            # Kept as sent (null too, as structure_yuan does), checked to parse.
            return fetch, [f"if {v} is not None: {self.module.scalar('structure_yuan')}({v}, str)"]
        return fetch, self._typed(v, inner, depth, stack, absent)

    def _typed(self, v: str, tp: Any, depth: _Depth, stack: tuple[type[Any], ...], absent: str | None) -> list[str]:
        """``v`` as ``tp`` (not optional); ``absent``: what null and "" become, if they are allowed."""
        empty = f"elif {v} is None or {v} == '': {v} = {absent}" if absent is not None else None
        if tp is str:
            none_ok = f" and {v} is not None" if absent is not None else ""
            return [f"if type({v}) is not str{none_ok}: {v} = {self.module.scalar('structure_str')}({v}, str)"]
        if tp is Any:
            if absent is not None:
                raise SystemExit("codegen/decoders.py: no rule for an optional Any")
            return [f"if (type({v}) is dict or type({v}) is list) and {v}: check_untyped({v}, {depth})"]
        if tp is int:
            return [
                f"if type({v}) is not int:",
                # Plain digit strings of fewer than 20 digits are within 64 bits: no range check needed.
                f"    if type({v}) is str and len({v}) < 20 and {v}.isdigit() and {v}.isascii(): {v} = int({v})",
                *([f"    {empty}"] if empty else []),
                f"    else: {v} = {self.module.scalar('structure_int')}({v}, int)",
            ]
        if tp is bool:
            return [
                f"if type({v}) is not bool:",
                f"    if type({v}) is int and ({v} == 0 or {v} == 1): {v} = {v} == 1",
                *([f"    {empty}"] if empty else []),
                f"    else: {v} = {self.module.scalar('structure_bool')}({v}, bool)",
            ]
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            # Known values through a table; others as the reference hooks do (an unknown value
            # gives a pseudo-member), spelled out so that the result has the enum's type.
            members, name = self.module.members(tp), tp.__name__
            kind = "int" if issubclass(tp, int) else "str"
            known = f"type({v}) is {kind} and {v} in {members}: {v} = {members}[{v}]"
            if kind == "int":
                other = [f"else: {v} = {name}({self.module.scalar('structure_int')}({v}, int))"]
            else:
                other = [f"elif type({v}) is str: {v} = {name}({v})", "else: raise GiveUp"]
            if empty and "" in {m.value for m in tp}:
                # "" is absent before it is a member, as in the reference.
                return [empty.removeprefix("el"), f"elif {known}", *other]
            return [f"if {known}", *([empty] if empty else []), *other]
        if attrs.has(tp):
            if tp in stack:
                raise SystemExit(f"codegen/decoders.py: {tp.__name__} contains itself (no rule for recursive models)")
            if self.inline:
                code = self.model(tp, v, depth, (*stack, tp))
                body = [*code.lines, f"{v} = {code.result}"]
            else:
                body = [f"{v} = decode_{tp.__name__}({v}, {depth})"]
            if empty is None:
                return body
            return [f"if type({v}) is dict:", *_indent(body), empty, "else: raise GiveUp"]
        origin = typing.get_origin(tp)
        if origin is list:
            return self._list(v, tp, depth, stack, absent)
        if origin is dict and typing.get_args(tp) == (str, Any):
            return [
                f"if type({v}) is dict:",
                f"    if {v}: check_untyped({v}, {depth})",
                *([empty] if empty else []),
                "else: raise GiveUp",
            ]
        raise SystemExit(f"codegen/decoders.py: no rule for the type {tp!r}")

    def _list(self, v: str, tp: Any, depth: _Depth, stack: tuple[type[Any], ...], absent: str | None) -> list[str]:
        (item,) = typing.get_args(tp)
        if item is Any:
            body = [f"if {v}: check_untyped({v}, {depth})"]  # decoded JSON is ours alone: no copy needed
        elif item is str:
            hook = self.module.scalar("structure_str")
            k = self._count
            self._count += 1
            # Strings (the rule) are kept in the decoded list itself: it is ours alone.
            body = [
                f"for each{k} in {v}:",
                f"    if type(each{k}) is not str:",
                f"        {v} = [e if type(e) is str else {hook}(e, str) for e in {v}]",
                "        break",
            ]
        elif attrs.has(item):
            if item in stack:
                raise SystemExit(f"codegen/decoders.py: {item.__name__} contains itself (no rule for recursive models)")
            k = self._count
            if not self.inline:
                self.module.names.add(item.__name__)
                body = [f"if {v}: {v} = [decode_{item.__name__}(e, {depth.plus(1)}) for e in {v}]"]
            else:
                code = self.model(item, f"each{k}", depth.plus(1), (*stack, item))
                body = [
                    f"if {v}:",
                    f"    list{k} = []",
                    f"    for each{k} in {v}:",
                    *(f"        {line}" for line in code.lines),
                    f"        list{k}.append({code.result})",
                    f"    {v} = list{k}",
                ]
        else:
            raise SystemExit(f"codegen/decoders.py: no rule for a list of {item!r}")
        empty = [f"elif {v} is None or {v} == '': {v} = {absent}"] if absent is not None else []
        return [f"if type({v}) is list:", *_indent(body), *empty, "else: raise GiveUp"]

    def _json_string(self, v: str, tp: Any, absent: str, stack: tuple[type[Any], ...]) -> list[str]:
        """A JSON document in a string: parsed, then decoded as ``tp`` from its own root (level 1).

        A raw (not string-encoded) value nests inside the body: the reference path decodes it."""
        inner = self._typed(v, tp, _Depth(1, relative=False), stack, None)
        return [
            f"if type({v}) is str and {v}:",
            f"    {v} = json_document({v})",
            *_indent(inner),
            f"elif {v} is None or {v} == '': {v} = {absent}",
            "else: raise GiveUp",
        ]


def _indent(lines: list[str]) -> Iterator[str]:
    return (f"    {line}" for line in lines)


def _fields(cls: type[Any]) -> list[attrs.Attribute[Any]]:
    return [a for a in attrs.fields(cls) if not a.metadata.get("extra")]


def _wire(a: attrs.Attribute[Any]) -> str:
    return str(a.metadata.get("wire", a.name))


def _fills_slots(cls: type[Any]) -> bool:
    """Whether an instance may be made without ``__init__`` and filled attribute by attribute."""
    if any(a.validator is not None or a.converter is not None for a in attrs.fields(cls)):
        return False
    return "__slots__" in vars(cls) and "__setattr__" not in vars(cls) and not hasattr(cls, "__attrs_post_init__")


def _is_unset_list(a: attrs.Attribute[Any]) -> bool:
    """A list field defaulting to an empty UnsetList (the spec does not require it)."""
    return getattr(a.default, "factory", None) is UnsetList


def _is_optional(tp: Any) -> bool:
    args = typing.get_args(tp)
    return typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 2 and type(None) in args


def _optional_inner(tp: Any) -> Any:
    return next(a for a in typing.get_args(tp) if a is not type(None))
