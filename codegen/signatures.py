"""The Python signature of each client method, shared by the resource classes and docs/api.md."""

from __future__ import annotations

import ast
import types
from collections.abc import Mapping
from typing import Any

import attrs

from .spec import SPEC, ref_name, request_schema_name, response_schema_name


@attrs.frozen
class Param:
    """One keyword argument of a client method, and the request-model field it fills."""

    name: str
    hint: str
    default: str | None  # source text of the default; None when the argument is required
    wire: str
    schema: Mapping[str, Any]  # the field's schema as the spec writes it ($ref, x-* keys, limits)
    enum_cls: str | None  # the enum whose members or values the argument takes


@attrs.frozen
class Method:
    """A client method: the request model it builds, its arguments and what it returns."""

    name: str
    request: str
    response: str
    result: str  # the return type of the plain method (the raw one wraps it in RawResponse[...])
    params: tuple[Param, ...]
    names: frozenset[str]  # the model names its annotations and body use

    @property
    def signature(self) -> str:
        args = [f"{p.name}: {p.hint}" + (f" = {p.default}" if p.default is not None else "") for p in self.params]
        return ", ".join(["self", "*", *args]) if args else "self"


def _names(hint: str) -> set[str]:
    return {node.id for node in ast.walk(ast.parse(hint, mode="eval")) if isinstance(node, ast.Name)}


def _widen(hint: str, enum_cls: str, base: str) -> str:
    """``hint`` with the enum class also accepting its plain values (``E | None`` -> ``E | int | None``)."""

    class Widen(ast.NodeTransformer):
        def visit_Name(self, node: ast.Name) -> ast.AST:
            if node.id == enum_cls:
                return ast.BinOp(left=node, op=ast.BitOr(), right=ast.Name(id=base, ctx=ast.Load()))
            return node

    return ast.unparse(Widen().visit(ast.parse(hint, mode="eval")))


def _without_none(hint: str) -> str:
    """``hint`` without ``None`` among its union members (``X | None`` -> ``X``)."""
    members: list[ast.expr] = []

    def flatten(node: ast.expr) -> None:
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.BitOr):
            flatten(node.left)
            flatten(node.right)
        elif not (isinstance(node, ast.Constant) and node.value is None):
            members.append(node)

    flatten(ast.parse(hint, mode="eval").body)
    return " | ".join(ast.unparse(member) for member in members)


def method(spec: SPEC, schemas: Mapping[str, Any], op: SPEC, models: types.ModuleType) -> Method:
    """The method of ``op``; ``schemas`` are the spec's schemas with the synthesised GET requests."""
    req_name = request_schema_name(spec, op)
    resp_name = response_schema_name(op)
    model_names = set(getattr(models, "__all__", ()))
    names = {req_name, resp_name}
    params: list[Param] = []
    fields = [f for f in attrs.fields(getattr(models, req_name)) if not f.metadata.get("extra")]
    fields.sort(key=lambda f: f.default is not attrs.NOTHING)
    for f in fields:
        wire = f.metadata["wire"]
        prop = schemas[req_name]["properties"][wire]
        hint = str(f.type)
        enum_cls = ref_name(prop)
        if enum_cls is not None and "enum" in schemas[enum_cls]:
            hint = _widen(hint, enum_cls, "int" if schemas[enum_cls].get("type") == "integer" else "str")
        else:
            enum_cls = None
        names |= _names(hint)
        default = None
        if f.default is not attrs.NOTHING:
            default = repr(f.default)
        elif "default" in prop:
            default = repr(prop["default"])
        params.append(Param(name=f.name, hint=hint, default=default, wire=wire, schema=prop, enum_cls=enum_cls))
    result = resp_name
    if op.get("x-result"):
        rfield = next(f for f in attrs.fields(getattr(models, resp_name)) if f.metadata["wire"] == op["x-result"])
        result = _without_none(str(rfield.type))
        names |= _names(result)
    return Method(
        name=op["operationId"],
        request=req_name,
        response=resp_name,
        result=result,
        params=tuple(params),
        names=frozenset(names & model_names),
    )
