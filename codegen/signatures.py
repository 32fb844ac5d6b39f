"""The Python signature of each client method, shared by the resource classes and docs/api.md.

Arguments take natural Python types and the generated method converts them (promosdk._coerce)
before the request model is built; the model keeps the wire form:

| spec of the request field             | argument type                         | conversion            |
| ------------------------------------- | ------------------------------------- | --------------------- |
| ``$ref`` to an enum                   | ``E \\| int`` (or ``\\| str``: its values)  | ``as_enum``   |
| ``x-format: date``                    | ``datetime.date \\| str``              | ``as_date``           |
| ``x-format: datetime``                | ``datetime.datetime \\| str`` (Beijing) | ``as_datetime``      |
| ``x-separator: ","``                  | ``Sequence[str] \\| str``              | ``as_joined``         |
| ``type: array``                       | ``Sequence[X]``                       | ``as_list``           |

``x-flat-arguments`` on an operation gives it a second, flat form: each flat argument fills one field
of a nested request model (``promotion_source_pid`` -> ``previousPromotionInfo.promotionSourcePid``).
The method then has two overloads (flat form, model form) and an implementation taking both.
"""

from __future__ import annotations

import ast
import types
from collections.abc import Mapping
from typing import Any

import attrs

from .spec import SPEC, method_name, ref_name, request_schema_name, resolve, response_schema_name


@attrs.frozen
class Param:
    """One keyword argument of a client method, and the request-model field it fills."""

    name: str
    hint: str
    default: str | None  # source text of the default; None when the argument is required
    wire: str
    schema: Mapping[str, Any]  # the field's schema as the spec writes it ($ref, x-* keys, limits)
    convert: str | None = None  # conversion call with "{}" for the argument, e.g. "as_date({}, 'start_date')"

    def source(self, value: str | None = None) -> str:
        """The expression that gives the model field its value."""
        return self.convert.format(value or self.name) if self.convert else value or self.name


@attrs.frozen
class FlatArg:
    """A flat argument: one field of a nested request model, passed directly."""

    param: Param  # name, hint (as in the flat overload), default, wire path, schema of the nested field
    field: str  # the nested model's attribute it fills
    required: bool  # required in the nested model


@attrs.frozen
class FlatGroup:
    """A nested request model (an argument of the model form) and the flat arguments that fill it."""

    model_param: str
    model: str
    args: tuple[FlatArg, ...]


@attrs.frozen
class Method:
    """A client method: the request model it builds, its arguments and what it returns."""

    name: str
    request: str
    response: str
    result: str  # the return type of the plain method (the raw one wraps it in RawResponse[...])
    params: tuple[Param, ...]  # the model form: one argument per request field
    names: frozenset[str]  # the model names its annotations and body use
    flat: tuple[FlatGroup, ...] = ()

    @property
    def flat_params(self) -> tuple[Param, ...]:
        """The flat form: the flat arguments, then the fields that are not flattened."""
        flattened = {g.model_param for g in self.flat}
        args = [a.param for g in self.flat for a in g.args]
        return _ordered([*args, *(p for p in self.params if p.name not in flattened)])

    @property
    def implementation_params(self) -> tuple[Param, ...]:
        """Every argument of either form; those of only one form are optional (``X | None = None``)."""
        if not self.flat:
            return self.params
        shared = {p.name for p in self.params} & {p.name for p in self.flat_params}
        both = [*self.flat_params, *(p for p in self.params if p.name not in shared)]
        return _ordered([p if p.name in shared else _optional(p) for p in both])

    @property
    def signature(self) -> str:
        """The implementation's parameters (``self, *, ...``)."""
        return _signature(self.implementation_params)

    @property
    def overloads(self) -> tuple[str, ...]:
        """The parameters of each overload (flat form first); none for a method without flat arguments."""
        return (_signature(self.flat_params), _signature(self.params)) if self.flat else ()


def _signature(params: tuple[Param, ...]) -> str:
    args = [f"{p.name}: {p.hint}" + (f" = {p.default}" if p.default is not None else "") for p in params]
    return ", ".join(["self", "*", *args]) if args else "self"


def _ordered(params: list[Param]) -> tuple[Param, ...]:
    return tuple(sorted(params, key=lambda p: p.default is not None))


def _optional(p: Param) -> Param:
    if p.default is not None:
        return p
    return attrs.evolve(p, hint=_with_none(p.hint), default="None")


def _names(hint: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(hint, mode="eval")) if isinstance(node, ast.Name)}


def _replace(hint: str, name: str, replacement: str) -> str:
    """``hint`` with the bare name ``name`` replaced by the expression ``replacement``."""
    new = ast.parse(replacement, mode="eval").body

    class Replace(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            return new if node.id == name else node

    return ast.unparse(Replace().visit(ast.parse(hint, mode="eval")))


def _with_none(hint: str) -> str:
    return hint if "None" in _members(hint) else f"{hint} | None"


def _members(hint: str) -> list[str]:
    members: list[str] = []

    def flatten(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            flatten(node.left)
            flatten(node.right)
        else:
            members.append(ast.unparse(node))

    flatten(ast.parse(hint, mode="eval").body)
    return members


def _without_none(hint: str) -> str:
    """``hint`` without ``None`` among its union members (``X | None`` -> ``X``)."""
    return " | ".join(m for m in _members(hint) if m != "None")


def argument(spec: SPEC, schemas: Mapping[str, Any], name: str, hint: str, wire: str, prop: Mapping[str, Any]) -> tuple[str, str | None]:
    """The argument type of a request field and the conversion it needs (see the module docstring)."""
    target = {**resolve(spec, prop), **prop}
    enum_cls = ref_name(prop)
    if enum_cls is not None and "enum" in schemas.get(enum_cls, {}):
        plain = "int" if schemas[enum_cls].get("type") == "integer" else "str"
        return _replace(hint, enum_cls, f"{enum_cls} | {plain}"), f"as_enum(models.{enum_cls}, {{}}, {name!r})"
    fmt = target.get("x-format")
    if fmt == "unix-time":
        return _replace(hint, "int", "int | datetime.datetime"), f"as_unix_time({{}}, {name!r})"
    if fmt in ("date", "datetime"):
        return _replace(hint, "str", f"datetime.{fmt} | str"), f"as_{fmt}({{}}, {name!r})"
    if "x-separator" in target:
        separator = target["x-separator"]
        return _replace(hint, "str", "Sequence[str] | str"), f"as_joined({{}}, {name!r}, {separator!r})"
    if target.get("type") == "array":
        return _replace(hint, "list", "Sequence"), f"as_list({{}}, {name!r})"
    return hint, None


def _param(spec: SPEC, schemas: Mapping[str, Any], model: str, f: Any) -> Param:
    wire = f.metadata["wire"]
    prop = schemas[model]["properties"][wire]
    hint, convert = argument(spec, schemas, f.name, str(f.type), wire, prop)
    default = None
    if getattr(f.default, "factory", None) is not None:
        hint, default = _with_none(hint), "None"  # a list left out (an UnsetList)
    elif f.default is not attrs.NOTHING:
        default = repr(f.default)
    elif "default" in prop:
        default = repr(prop["default"])
    return Param(name=f.name, hint=hint, default=default, wire=wire, schema=prop, convert=convert)


def _fields(models: types.ModuleType, name: str) -> list[Any]:
    return [f for f in attrs.fields(getattr(models, name)) if not f.metadata.get("extra")]


def _flat_groups(
    spec: SPEC, schemas: Mapping[str, Any], op: SPEC, models: types.ModuleType, params: tuple[Param, ...]
) -> tuple[FlatGroup, ...]:
    mapping: Mapping[str, str] = op.get("x-flat-arguments", {})
    by_wire = {p.wire: p for p in params}
    groups: dict[str, tuple[Param, str, list[FlatArg]]] = {}
    for flat_name, path in mapping.items():
        outer, _, inner = path.partition(".")
        assert outer in by_wire and inner, f"{op['operationId']}: x-flat-arguments {flat_name}: no field {path}"
        assert flat_name not in {p.name for p in params}, f"{op['operationId']}: {flat_name} is already an argument"
        model = ref_name(by_wire[outer].schema)
        assert model is not None, f"{op['operationId']}: {outer} is not a nested model"
        nested = {f.metadata["wire"]: f for f in _fields(models, model)}
        assert inner in nested, f"{op['operationId']}: {model} has no field {inner}"
        inner_param = _param(spec, schemas, model, nested[inner])
        required = inner in schemas[model].get("required", [])
        flat_param = attrs.evolve(
            inner_param,
            name=flat_name,
            wire=path,
            hint=inner_param.hint if required else _with_none(inner_param.hint),
            default=None if required else (inner_param.default or "None"),
            convert=inner_param.convert.replace(repr(inner_param.name), repr(flat_name)) if inner_param.convert else None,
        )
        entry = groups.setdefault(outer, (by_wire[outer], model, []))
        entry[2].append(FlatArg(param=flat_param, field=nested[inner].name, required=required))
    for outer, (_param_of, model, args) in groups.items():
        missing = set(schemas[model].get("required", [])) - {a.param.wire.partition(".")[2] for a in args}
        assert not missing, f"{op['operationId']}: x-flat-arguments leave required {outer}.{sorted(missing)} unset"
    return tuple(FlatGroup(model_param=p.name, model=model, args=tuple(args)) for p, model, args in groups.values())


def method(spec: SPEC, schemas: Mapping[str, Any], op: SPEC, models: types.ModuleType) -> Method:
    """The method of ``op``; ``schemas`` are the spec's schemas with the synthesised GET requests."""
    req_name = request_schema_name(spec, op)
    resp_name = response_schema_name(op)
    model_names = set(getattr(models, "__all__", ()))
    params = _ordered([_param(spec, schemas, req_name, f) for f in _fields(models, req_name)])
    flat = _flat_groups(spec, schemas, op, models, params)
    names = {req_name, resp_name} | {g.model for g in flat}
    for p in [*params, *(a.param for g in flat for a in g.args)]:
        names |= _names(p.hint)
    result = resp_name
    if op.get("x-result"):
        rfield = next(f for f in attrs.fields(getattr(models, resp_name)) if f.metadata["wire"] == op["x-result"])
        result = _without_none(str(rfield.type))
        names |= _names(result)
    return Method(
        name=method_name(op),
        request=req_name,
        response=resp_name,
        result=result,
        params=params,
        names=frozenset(names & model_names),
        flat=flat,
    )
