"""Python source for the generated modules: string literals built by construction, never patched as text.

Spec text (titles, descriptions, summaries, error texts) can hold quotes, backslashes, triple quotes
and non-ASCII characters. It reaches generated code only through ``py_str`` and ``docstring``, which
render a literal whose value is exactly that text. datamodel-code-generator never sees the text at
all: ``stash_texts`` swaps every description for a plain token before the spec is handed over, and
``finish_models`` walks the result with ``ast`` and renders each string literal anew (the token ones
from the stashed text), so its escaping and quoting rules never matter.
"""

from __future__ import annotations

import ast
import itertools
from collections.abc import Mapping
from typing import Any

from .spec import SPEC

TOKEN_PREFIX = "codegen_text_"
_DOC_ESCAPES = {"\\": "\\\\", '"': '\\"'}
_DATA_KEYS = frozenset({"default", "example", "examples", "enum", "const"})
_NAME_KEYS = frozenset({"properties", "patternProperties", "$defs", "definitions"})


def py_str(text: str) -> str:
    """A string literal for ``text``, double-quoted unless that would need more escapes."""
    literal = repr(text)
    if literal.startswith("'") and '"' not in text:
        # No double quote in the text, and (repr chose single quotes) no single quote either.
        return '"' + literal[1:-1] + '"'
    return literal


def docstring(text: str) -> str:
    """A triple-quoted literal whose value is exactly ``text``, written plainly whenever that is safe."""
    if text.isprintable() and "\\" not in text and '"""' not in text and not text.endswith('"'):
        return f'"""{text}"""'
    return '"""' + "".join(_DOC_ESCAPES.get(c) or (c if c.isprintable() else repr(c)[1:-1]) for c in text) + '"""'


def stash_texts(spec: SPEC) -> tuple[SPEC, dict[str, str]]:
    """Swap every schema description for a token; return the new spec and {token: text}."""
    texts: dict[str, str] = {}

    def walk(node: Any, names: bool = False) -> Any:
        """Walk a schema; ``names``: ``node`` maps names to schemas (``properties``, ...)."""
        if isinstance(node, list):
            return [walk(item) for item in node]
        if not isinstance(node, dict):
            return node
        if names:
            return {name: walk(schema) for name, schema in node.items()}
        out = {}
        for key, value in node.items():
            if key == "description" and isinstance(value, str):
                token = f"{TOKEN_PREFIX}{len(texts):05d}"
                texts[token] = value.strip()
                out[key] = token
            elif key in _DATA_KEYS or key.startswith("x-"):
                out[key] = value  # data, not schemas: a "description" key in there is not a description
            else:
                out[key] = walk(value, names=key in _NAME_KEYS)
        return out

    stashed = dict(spec)
    stashed["components"] = {**spec["components"], "schemas": walk(spec["components"]["schemas"], names=True)}
    return stashed, texts


def _offsets(source: bytes) -> list[int]:
    """Byte offset of the start of each line (1-based line numbers index it directly)."""
    starts = [0, 0]
    for line in source.splitlines(keepends=True):
        starts.append(starts[-1] + len(line))
    return starts


def finish_models(generated: str, texts: Mapping[str, str]) -> tuple[list[str], str]:
    """Rewrite datamodel-code-generator's module: (class names, its classes with our literals).

    Its header and imports are dropped (the caller writes its own); every string statement
    becomes a ``docstring`` (a stashed token becomes its text) and every other string a ``py_str``.
    """
    tree = ast.parse(generated)
    body = [node for node in tree.body if not isinstance(node, (ast.Import, ast.ImportFrom))]
    assert body, "datamodel-code-generator produced no model"
    assert tree.body[-len(body) :] == body, "an import after the first model"
    first = body[0]
    decorators = first.decorator_list if isinstance(first, ast.ClassDef) else []
    start_line = min([first.lineno, *(d.lineno for d in decorators)])

    rendered: dict[int, str] = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str):
            rendered[id(node.value)] = docstring(texts.get(node.value.value, node.value.value))
    edits: list[tuple[int, int, str]] = []
    source = generated.encode("utf-8")
    lines = _offsets(source)
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            assert node.end_lineno is not None and node.end_col_offset is not None
            text = rendered.get(id(node)) or py_str(node.value)
            edits.append((lines[node.lineno] + node.col_offset, lines[node.end_lineno] + node.end_col_offset, text))
    out: list[bytes] = []
    position = lines[start_line]
    for begin, end, text in sorted(edits):
        if begin < position:
            continue  # before the first class: datamodel-code-generator's header
        out += [source[position:begin], text.encode("utf-8")]
        position = end
    out.append(source[position:])
    result = b"".join(out).decode("utf-8")
    assert TOKEN_PREFIX not in result, "a stashed description was not restored"
    return [node.name for node in body if isinstance(node, ast.ClassDef)], result


def restore_field_order(source: str, orders: Mapping[str, list[str]]) -> str:
    """Put each class's fields back in the spec's property order (wire names in ``orders``).

    datamodel-code-generator moves required fields first (a dataclass rule); our classes are
    keyword-only, so the spec's order can stand, and it is the order fields are written back in.
    A field is its annotated assignment plus the docstring that follows it; fields not in the
    spec (``extra``) keep their place after the others.
    """
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    replacements: list[tuple[int, int, list[str]]] = []
    for node in tree.body:
        if not isinstance(node, ast.ClassDef) or node.name not in orders:
            continue
        order = {wire: index for index, wire in enumerate(orders[node.name])}
        groups: list[tuple[float, int, int]] = []  # (rank, first line, last line), 1-based
        statements = node.body
        for index, statement in enumerate(statements):
            if not isinstance(statement, ast.AnnAssign):
                continue
            last = statement.end_lineno or statement.lineno
            following = statements[index + 1] if index + 1 < len(statements) else None
            if (
                isinstance(following, ast.Expr)
                and isinstance(following.value, ast.Constant)
                and isinstance(following.value.value, str)
            ):
                last = following.end_lineno or following.lineno
            rank = float(order.get(_wire_name(statement) or "", len(order) + index))
            groups.append((rank, statement.lineno, last))
        if len(groups) < 2:
            continue
        first, end = groups[0][1], groups[-1][2]
        if any(g[1] != prev[2] + 1 for prev, g in itertools.pairwise(groups)):
            continue  # something else sits between fields: leave the class as generated
        ordered = sorted(groups, key=lambda g: g[0])
        replacements.append((first, end, ["".join(lines[a - 1 : b]) for _, a, b in ordered]))
    for first, end, chunks in sorted(replacements, reverse=True):
        lines[first - 1 : end] = chunks
    return "".join(lines)


def _wire_name(statement: ast.AnnAssign) -> str | None:
    call = statement.value
    if not isinstance(call, ast.Call):
        return None
    for keyword in call.keywords:
        if keyword.arg == "metadata" and isinstance(keyword.value, ast.Dict):
            for key, value in zip(keyword.value.keys, keyword.value.values, strict=True):
                if isinstance(key, ast.Constant) and key.value == "wire" and isinstance(value, ast.Constant):
                    return str(value.value)
    return None
