"""The API commands built from the operation tables: one command per operation (token ones aside),
under its vendor and group, ``promosdk wechat target plan-info --plan-invitation-url URL``.

:func:`add_operation_commands` is the one builder: the real CLI calls it with the generated tables,
a test with the tables of a regenerated copy of the spec. Options come from the generated method
of the operation (its keyword arguments, their types and defaults; flat arguments where the spec
has them), the request model's field rules (enum choices, ranges, length and format limits) and
its attribute docstrings (the spec's descriptions). A paged list (``x-pagination``) gets
``--all``, served by the group's paginator. The answer is printed as JSON in wire form.
"""

from __future__ import annotations

import ast
import collections.abc
import enum
import functools
import importlib
import inspect
import sys
import types
import typing
from collections.abc import Awaitable, Callable, Iterable, Mapping
from typing import Any

import attrs
import click
import orjson

from .._errors import PromoSDKError
from .._operation import FieldRule, OperationSpec
from .._serde import structure
from ..batch.endpoints import api_operations
from .settings import WaiqinSettings, WeChatSettings, waiqin_call, wechat_call

__all__ = ["OperationOption", "add_operation_commands", "operation_command", "operation_options"]

#: Said in every generated command's help.
JSON_NOTE = "Prints the answer on stdout as JSON in wire form (the vendor's field names)."
_FORMATS = {"date": "yyyy-mm-dd", "datetime": "yyyy-MM-dd HH:mm:ss"}


@attrs.frozen
class OperationOption:
    """One option of a generated command: the method argument it fills and how it is read."""

    argument: str
    flag: str
    type: click.ParamType[Any]
    required: bool
    help: str
    is_flag: bool = False
    convert: Callable[[Any], Any] | None = None


# ------------------------------------------------------------------------------- introspection


def _table_module(op: OperationSpec) -> types.ModuleType | None:
    """The generated module whose OPERATIONS table holds ``op`` (models report their public
    module, so the table is found by identity)."""
    for module in list(sys.modules.values()):
        table = getattr(module, "OPERATIONS", None)
        if isinstance(table, dict) and any(entry is op for entry in table.values()):
            return module
    return None


def _sibling(op: OperationSpec, name: str) -> types.ModuleType | None:
    """A module next to the operation's table (``resources``, ``models``, ``operations``)."""
    table = _table_module(op)
    if table is None:
        return None
    try:
        return importlib.import_module(f"{table.__name__.rpartition('.')[0]}.{name}")
    except ImportError:
        return None


def _pascal(group: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in group.split("_"))


def _resource_class(op: OperationSpec) -> type[Any] | None:
    module = _sibling(op, "resources")
    cls = getattr(module, _pascal(op.group) + "Resource", None) if module else None
    return cls if isinstance(cls, type) else None


@functools.cache
def _model_classes(models: types.ModuleType) -> Mapping[str, ast.ClassDef]:
    try:
        source = inspect.getsource(models)
    except (OSError, TypeError):
        return {}
    return {n.name: n for n in ast.parse(source).body if isinstance(n, ast.ClassDef)}


def _attribute_docs(models: types.ModuleType | None, cls: type[Any]) -> Mapping[str, str]:
    """The docstrings written after the fields of a generated model (the spec's descriptions)."""
    node = _model_classes(models).get(cls.__name__) if models is not None else None
    docs: dict[str, str] = {}
    if node is None:
        return docs
    for stmt, after in zip(node.body, node.body[1:], strict=False):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            docs[stmt.target.id] = " ".join(after.value.value.split())
    return docs


def _rules(op: OperationSpec) -> dict[str, FieldRule]:
    """The request model's field rules, by Python field name."""
    module = _sibling(op, "rules")
    model_rules = getattr(module, "RULES", {}).get(op.request_model) if module else None
    by_wire = {rule.wire: rule for rule in model_rules.fields} if model_rules else {}
    return {
        f.name: by_wire[f.metadata["wire"]]
        for f in attrs.fields(op.request_model)
        if f.metadata.get("wire") in by_wire
    }


def _nested_models(op: OperationSpec) -> list[type[Any]]:
    hints = typing.get_type_hints(op.request_model)
    return [
        arg
        for f in attrs.fields(op.request_model)
        for arg in (typing.get_args(hints.get(f.name)) or (hints.get(f.name),))
        if attrs.has(arg)
    ]


def _arguments(op: OperationSpec) -> list[tuple[str, Any, Any]]:
    """(name, type, default) of each keyword argument of the operation's generated method, or of
    the request model's fields when there is no such method."""
    cls = _resource_class(op)
    method = getattr(cls, op.name, None) if cls is not None else None
    if method is not None:
        # The resources name their models for type checkers only (they load lazily): resolve the
        # annotations in the models module.
        models = _sibling(op, "models")
        hints = typing.get_type_hints(method, localns=vars(models) if models else None)
        return [
            (p.name, hints.get(p.name, str), p.default)
            for p in inspect.signature(method).parameters.values()
            if p.kind is inspect.Parameter.KEYWORD_ONLY
        ]
    hints = typing.get_type_hints(op.request_model)
    return [
        (f.name, hints.get(f.name, str), inspect.Parameter.empty if f.default is attrs.NOTHING else f.default)
        for f in attrs.fields(op.request_model)
        if not f.metadata.get("extra")
    ]


def _has_flat_arguments(op: OperationSpec) -> bool:
    """The generated method has a flat form (``@overload``s from x-flat-arguments)."""
    cls = _resource_class(op)
    method = getattr(cls, op.name, None) if cls is not None else None
    return method is not None and bool(typing.get_overloads(method))


def _members(annotation: Any) -> tuple[Any, ...]:
    args = typing.get_args(annotation)
    return args if typing.get_origin(annotation) in (typing.Union, types.UnionType) else (annotation,)


def _sequence_of(annotation: Any) -> Any:
    """The item type of ``Sequence[X]`` / ``list[X]`` (None for anything else)."""
    args = typing.get_args(annotation)
    origin = typing.get_origin(annotation)
    if origin in (list, collections.abc.Sequence) and len(args) == 1:
        return args[0]
    return None


def _model_members(members: list[Any]) -> tuple[type[Any], bool] | None:
    """(the model class, whether a list of them) when the argument takes request models."""
    for m in members:
        if attrs.has(m):
            return m, False
        item = _sequence_of(m)
        if item is not None and attrs.has(item):
            return item, True
    return None


def _split_commas(text: str) -> list[str]:
    return [part.strip() for part in text.split(",") if part.strip()]


def _json_option(name: str, models: tuple[type[Any], bool], required: bool, doc: str) -> OperationOption:
    """An option reading request models as JSON in wire form (one object, or an array of them)."""
    model, many = models
    shape = f"a JSON array of {model.__name__} objects" if many else f"a {model.__name__} JSON object"

    def convert(text: str) -> Any:
        try:
            data = orjson.loads(text)
        except orjson.JSONDecodeError as exc:
            raise click.BadParameter(f"not JSON: {exc}", param_hint="--" + name.replace("_", "-")) from None
        if many and not isinstance(data, list):
            raise click.BadParameter("must be a JSON array", param_hint="--" + name.replace("_", "-"))
        try:
            return [structure(item, model) for item in data] if many else structure(data, model)
        except (PromoSDKError, ValueError, TypeError) as exc:  # DecodeError is a ValueError
            raise click.BadParameter(str(exc), param_hint="--" + name.replace("_", "-")) from None

    text = f"{doc or name.replace('_', ' ')} [{shape}, wire names]"
    return OperationOption(name, "--" + name.replace("_", "-"), click.STRING, required, text, convert=convert)


def _option(
    name: str, annotation: Any, default: Any, rule: FieldRule | None, doc: str, flat: bool = False
) -> OperationOption | None:
    members = [m for m in _members(annotation) if m is not type(None)]
    required = default is inspect.Parameter.empty
    models = _model_members(members)
    if models is not None:
        if flat:
            return None  # a nested model: its flat arguments (x-flat-arguments) are options instead
        return _json_option(name, models, required, doc)
    if any(_sequence_of(m) is str for m in members) and str not in members:
        # A list of ids or tags: "a,b,c" on the command line.
        return OperationOption(
            name, "--" + name.replace("_", "-"), click.STRING, required,
            f"{doc or name.replace('_', ' ')} [comma separated]", convert=_split_commas,
        )  # fmt: skip
    notes: list[str] = []
    enum_cls = next((m for m in members if isinstance(m, type) and issubclass(m, enum.Enum)), None)
    convert: Callable[[Any], Any] | None = None
    is_flag = False
    param_type: click.ParamType[Any] = click.STRING
    if enum_cls is not None or (rule is not None and rule.enum):
        values = (
            [m.value for m in enum_cls]
            if enum_cls is not None
            else list(rule.enum if rule and rule.enum else ())
        )
        param_type = click.Choice([str(v) for v in values])
        by_text = {str(v): v for v in values}
        convert = by_text.__getitem__
        if enum_cls is not None:
            notes.append(", ".join(f"{m.value} {m.name.lower()}" for m in enum_cls))
    elif bool in members:
        is_flag, param_type = True, click.BOOL
    elif int in members:
        low = rule.minimum if rule else None
        high = rule.maximum if rule else None
        param_type = click.IntRange(low, high) if low is not None or high is not None else click.INT
    else:
        if rule is not None and rule.format in _FORMATS:
            notes.append(_FORMATS[rule.format])
        if rule is not None and rule.max_length is not None:
            notes.append(f"at most {rule.max_length} characters")
        if any(typing.get_origin(m) is not None and str in typing.get_args(m) for m in members):
            notes.append("comma separated")
    if not required and default is not None:
        notes.append(f"default {default.value if isinstance(default, enum.Enum) else default}")
    text = doc or name.replace("_", " ")
    notes = [note for note in notes if note.lower() not in text.lower()]  # the description may say it
    if notes:
        text = f"{text} [{'; '.join(notes)}]"
    flag = "--" + name.replace("_", "-")
    return OperationOption(name, flag, param_type, required, text, is_flag=is_flag, convert=convert)


def operation_options(op: OperationSpec) -> list[OperationOption]:
    """The options of ``op``'s command, in the order of its method's arguments."""
    rules = _rules(op)
    docs: dict[str, str] = {}
    models = _sibling(op, "models")
    for model in reversed([op.request_model, *_nested_models(op)]):
        docs.update(_attribute_docs(models, model))
    options = []
    flat = _has_flat_arguments(op)
    for name, annotation, default in _arguments(op):
        option = _option(name, annotation, default, rules.get(name), docs.get(name, ""), flat)
        if option is not None:
            options.append(option)
    return options


def is_paged(op: OperationSpec) -> bool:
    """A list operation with a paging description (``x-pagination``): its command has --all."""
    return op.pagination is not None


# ------------------------------------------------------------------------------------ commands


def _call(settings: WeChatSettings | WaiqinSettings, fn: Callable[[Any], Awaitable[Any]]) -> None:
    if isinstance(settings, WeChatSettings):
        wechat_call(settings, fn)
    else:
        waiqin_call(settings, fn)


def _paginator(group: Any, op: OperationSpec, page_size: int | None, filters: dict[str, Any]) -> Any:
    paginate = getattr(group, f"paginate_{op.name}", None)
    if paginate is None:
        raise click.UsageError(f"{op.id} has no paginator: --all is not available")
    return paginate(**filters, page_size=page_size)


def operation_command(op: OperationSpec) -> click.Command:
    """The click command of one operation (``plan-info``), run against the group's settings object."""
    options = operation_options(op)
    paged = is_paged(op)

    def callback(**given: Any) -> None:
        settings = click.get_current_context().obj  # set by the vendor group
        if not isinstance(settings, WeChatSettings | WaiqinSettings):
            raise click.UsageError(f"{op.id}: run it under 'promosdk {op.family} {op.cli_group}'")
        all_pages = bool(given.pop("all_pages", False))
        kwargs: dict[str, Any] = {}
        for option in options:
            value = given.get(option.argument)
            if value is None or (option.is_flag and value is False and not option.required):
                continue
            kwargs[option.argument] = option.convert(value) if option.convert else value
        if all_pages and op.pagination is not None:
            offset, limit = op.pagination.offset, op.pagination.limit
            if offset in kwargs:
                raise click.UsageError(f"--all lists from the start: drop --{offset.replace('_', '-')}")

            filters = {k: v for k, v in kwargs.items() if k not in (offset, limit)}

            async def everything(client: Any) -> list[Any]:
                pages = _paginator(getattr(client, op.group), op, kwargs.get(limit), filters)
                return [item async for item in pages]

            _call(settings, everything)
            return

        async def once(client: Any) -> Any:
            return await getattr(getattr(client, op.group), op.name)(**kwargs)

        _call(settings, once)

    params: list[click.Parameter] = [
        click.Option(
            [o.flag],
            type=o.type,
            required=o.required,
            help=o.help,
            is_flag=o.is_flag,
            default=None,
        )
        if not o.is_flag
        else click.Option([f"{o.flag}/--no-{o.flag[2:]}"], default=None, required=o.required, help=o.help)
        for o in options
    ]
    if paged:
        params.append(
            click.Option(
                ["--all", "all_pages"],
                is_flag=True,
                help="Every item across all pages, as a JSON array, through the client's bounded paginator "
                "(a server whose pages do not progress ends with PaginationError, exit 7).",
            )
        )
    summary = op.summary.rstrip(".") or op.id
    writes = " A write." if op.write else ""
    return click.Command(
        op.cli_name,
        callback=callback,
        params=params,
        help=f"{summary} ({op.method} {op.path}; operation {op.id}).{writes}\n\n{JSON_NOTE}",
        short_help=summary,
    )


def _group_help(op: OperationSpec) -> str:
    cls = _resource_class(op)
    doc = (cls.__doc__ or "").strip() if cls is not None else ""
    return doc or f"The {op.group} operations."


def add_operation_commands(
    vendor: click.Group, operations: Iterable[OperationSpec] | None = None
) -> click.Group:
    """Add one subgroup per operation group of ``operations`` (default: every generated operation
    of the vendor ``vendor.name``) to ``vendor``, one command per operation, token ones aside."""
    ops = api_operations(operations)
    if operations is None:
        ops = tuple(op for op in ops if op.family == vendor.name)
    for op in ops:
        group = vendor.commands.get(op.cli_group)
        if not isinstance(group, click.Group):
            group = click.Group(op.cli_group, help=_group_help(op))
            vendor.add_command(group)
        group.add_command(operation_command(op))
    return vendor
