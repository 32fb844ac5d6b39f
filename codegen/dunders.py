"""``__repr__`` and ``__eq__`` of the generated models, written as source.

attrs makes these by compiling source text at import, once per class; leaving them to attrs made
the WeChat models module ~30 % slower to import (103 ms against 72 ms, medians of 8 fresh processes). The models are declared with
``@define(kw_only=True, repr=False, eq=False)`` and get here the methods attrs would have made:
the repr lists the fields in order (``repr=False`` ones left out) as ``Name(a=1, extra={})``, eq
compares every field with an instance of the same class only (another class: NotImplemented), and
the class stays unhashable. attrs still makes ``__init__``, the slots and ``attrs.fields``.
tests/test_models_dunders.py checks every model against attrs' own methods.
"""

from __future__ import annotations

import ast

INDENT = "    "


def add_repr_and_eq(source: str) -> str:
    """``source`` (the models module) with both methods appended to each ``@define`` class; run it
    after the fields are in their final order (pysource.restore_field_order)."""
    tree = ast.parse(source)
    lines = source.splitlines(keepends=True)
    inserts: list[tuple[int, str]] = []
    for node in tree.body:
        if isinstance(node, ast.ClassDef) and _is_define(node):
            assert node.end_lineno is not None
            inserts.append((node.end_lineno, _methods(node.name, _fields(node))))
    for end, text in sorted(inserts, reverse=True):
        lines.insert(end, text)
    return "".join(lines)


def _is_define(node: ast.ClassDef) -> bool:
    for decorator in node.decorator_list:
        call = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(call, ast.Name) and call.id == "define":
            keywords = {k.arg: k.value for k in decorator.keywords} if isinstance(decorator, ast.Call) else {}
            for name in ("repr", "eq"):
                value = keywords.get(name)
                if not (isinstance(value, ast.Constant) and value.value is False):
                    raise ValueError(f"{node.name}: @define needs {name}=False (its {name} is written here)")
            return True
    return False


def _fields(node: ast.ClassDef) -> list[tuple[str, bool]]:
    """(name, shown in the repr) of each attrs field, in declaration order."""
    found: list[tuple[str, bool]] = []
    for statement in node.body:
        if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name):
            value = statement.value
            hidden = isinstance(value, ast.Call) and any(
                k.arg == "repr" and isinstance(k.value, ast.Constant) and k.value.value is False
                for k in value.keywords
            )
            found.append((statement.target.id, not hidden))
    return found


def _methods(class_name: str, fields: list[tuple[str, bool]]) -> str:
    body = 2 * INDENT
    out = ["", f"{INDENT}def __repr__(self) -> str:", f"{body}return (", f"{body}{INDENT}self.__class__.__qualname__"]
    separator = "("
    for name, shown in fields:
        if shown:
            out.append(f'{body}{INDENT}+ "{separator}{name}=" + repr(self.{name})')
            separator = ", "
    out += [f'{body}{INDENT}+ "{"(" if separator == "(" else ""})"', f"{body})", ""]
    names = [name for name, _ in fields]
    out += [
        f"{INDENT}def __eq__(self, other: object) -> bool:",
        f"{body}if not isinstance(other, {class_name}) or other.__class__ is not self.__class__:",
        f"{body}{INDENT}return NotImplemented",
        f"{body}return (",
        *(f"{body}{INDENT}self.{name}," for name in names),
        f"{body}) == (",
        *(f"{body}{INDENT}other.{name}," for name in names),
        f"{body})",
    ]
    return "\n".join(out) + "\n"
