"""The async resource classes: one method per public operation, in a plain and a raw-response flavour.

Each method converts its arguments (promosdk._coerce, as codegen/signatures.py decides), builds the
request model and hands it to the client. A method with ``x-flat-arguments`` gets two ``@overload``
forms (flat arguments, or the nested models) over one implementation that accepts either.
"""

from __future__ import annotations

import types

from .pysource import docstring, py_str
from .signatures import Method
from .signatures import method as method_of
from .spec import (
    SPEC,
    pascal,
    public_groups,
    ref_name,
    response_schema_name,
    synthesise_requests,
    tag_description,
)

__all__ = ["render_method", "render_resources"]

HEADER = "# generated from spec/{spec_name} by codegen — do not edit"
#: The promosdk._coerce helpers a generated module may call.
COERCERS = ("as_date", "as_datetime", "as_enum", "as_joined", "as_list", "as_unix_time", "nested")


def render_resources(spec: SPEC, spec_name: str, models: types.ModuleType) -> str:
    groups = public_groups(spec)
    schemas = synthesise_requests(spec)["components"]["schemas"]
    used: set[str] = set()
    classes: list[str] = []
    for group, ops in groups.items():
        for raw in (False, True):
            cls_name = pascal(group) + ("ResourceWithRawResponse" if raw else "Resource")
            body = [f"class {cls_name}(BaseResource):"]
            suffix = " Every method returns the raw HTTP answer." if raw else ""
            body.append("    " + docstring(tag_description(spec, group) + suffix))
            body.append("")
            body.append("    _operations = OPERATIONS")
            for _path, _method, op in ops:
                method = method_of(spec, schemas, op, models)
                used |= method.names
                body += render_method(op, method, raw)
                if not raw and "x-pagination" in op:
                    item = paged_item(spec, op)
                    used.add(item)
                    body += render_paging(op, method, item)
            classes.append("\n".join(body))
    text = "\n".join(classes)
    typing_names = ["TYPE_CHECKING", "cast", *(["overload"] if "@overload" in text else [])]
    paged = "Paginator[" in text
    coercers = [name for name in COERCERS if f"{name}(" in text]
    out = [
        HEADER.format(spec_name=spec_name),
        docstring(f"Async resources of {spec['info']['title']}."),
        "",
        "from __future__ import annotations",
        "",
        *(["import datetime"] if "datetime." in text else []),
        *(
            [f"from collections.abc import {', '.join(n for n in ('AsyncIterator', 'Sequence') if n + '[' in text)}"]
            if "Sequence[" in text or "AsyncIterator[" in text
            else []
        ),
        f"from typing import {', '.join(typing_names)}",
        "",
        *([f"from promosdk._coerce import {', '.join(coercers)}"] if coercers else []),
        *(["from promosdk._pagination import MAX_ITEMS, Paginator"] if paged else []),
        "from promosdk._lazy import LazyModule",
        f"from promosdk._resource import BaseResource, RawResponse{', paginate' if paged else ''}",
        "",
        "from .operations import OPERATIONS",
        "",
        "if TYPE_CHECKING:",
        "    from . import models",
        "    from .models import (",
        *[f"        {name}," for name in sorted(used)],
        "    )",
        "else:",
        "    # The models load on the first call that builds one (promosdk._lazy).",
        '    models = LazyModule(__package__ + ".models")',
        "",
        "__all__ = [",
        *[f"    {py_str(pascal(g) + 'Resource')}," for g in groups],
        *[f"    {py_str(pascal(g) + 'ResourceWithRawResponse')}," for g in groups],
        "]",
        "",
    ]
    return "\n".join(out) + "\n\n" + "\n\n\n".join(classes) + "\n"


def render_method(op: SPEC, method: Method, raw: bool) -> list[str]:
    ret = f"RawResponse[{method.result}]" if raw else method.result
    call = "_call_raw" if raw else "_call"
    lines = [""]
    for overload in method.overloads:
        lines += ["    @overload", f"    async def {method.name}({overload}) -> {ret}: ..."]
    lines.append(f"    async def {method.name}({method.signature}) -> {ret}:")
    summary = op.get("summary", "")
    errors = op.get("x-operation-errors", [])
    doc = summary
    if errors:
        doc += f" Documented errors: {', '.join(str(e) for e in errors)}."
    if method.flat:
        doc += " Pass either the flat arguments or the nested models."
    lines.append("        " + docstring(doc if summary else f"{method.name}."))
    for group in method.flat:
        fields = ", ".join(f"{a.field!r}: ({a.param.name!r}, {a.param.source()})" for a in group.args)
        required = ", ".join(repr(a.field) for a in group.args if a.required)
        required_set = f"frozenset({{{required}}})" if required else "frozenset()"
        lines.append(
            f"        {group.model_param} = nested(models.{group.model}, {group.model_param}, {group.model_param!r},"
            f" {{{fields}}}, {required_set})"
        )
    flattened = {g.model_param for g in method.flat}
    args = [f"{p.name}={p.name if p.name in flattened else p.source()}" for p in method.params]
    lines.append(f"        request = models.{method.request}({', '.join(args)})")
    lines.append(f"        return cast({ret!r}, await self.{call}({op['operationId']!r}, request))")
    return lines


def paged_item(spec: SPEC, op: SPEC) -> str:
    """The model name of one item of a paged operation's list (its x-pagination ``items``)."""
    response = spec["components"]["schemas"][response_schema_name(op)]
    items = response["properties"][op["x-pagination"]["items"]]["items"]
    name = ref_name(items)
    assert name is not None, f"{op['operationId']}: x-pagination items must be a list of models"
    return name


def render_paging(op: SPEC, method: Method, item: str) -> list[str]:
    """``paginate_<name>`` (a Paginator: items or ``.pages()``) and ``iter_<name>`` (its items) for a
    paged operation: every filter of the method, the page position left to the paginator."""
    paging = op["x-pagination"]
    position = {paging.get("offset"), paging.get("limit"), paging.get("page"), paging.get("size")}
    filters = [p for p in method.params if p.wire not in position]
    page_args = ["page_size: int | None = None", "max_items: int = MAX_ITEMS"]
    signature = ", ".join(["self", "*", *(f"{p.name}: {p.hint}" + (f" = {p.default}" if p.default is not None else "") for p in filters), *page_args])
    fixed = ", ".join(f"{p.name!r}: {p.source()}" for p in filters)
    passed = ", ".join([*(f"{p.name}={p.name}" for p in filters), "page_size=page_size", "max_items=max_items"])
    pages = f"Paginator[{item}, {method.response}]"
    name = method.name
    return [
        "",
        f"    def paginate_{name}({signature}) -> {pages}:",
        "        " + docstring(
            f"Every {item} of {name} across its pages (``async for``), or every page (``.pages()``). "
            "The page size defaults to the spec's; the walk stops at the vendor's total or on a page "
            "with nothing new, and raises PaginationError (never loops) on a server that does not advance."
        ),
        f"        return paginate(self._client, self._operations[{op['operationId']!r}], page_size=page_size, max_items=max_items, fixed={{{fixed}}})",
        "",
        f"    async def iter_{name}({signature}) -> AsyncIterator[{item}]:",
        "        " + docstring(f"Yield every {item} of {name} across all pages, each once (see paginate_{name})."),
        f"        async for item in self.paginate_{name}({passed}):",
        "            yield item",
    ]
