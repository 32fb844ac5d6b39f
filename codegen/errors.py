"""The exception classes: one base per error category, one class per documented code.

``x-error-categories`` (a spec may declare some; they are shared by every spec) name each category's
base class and how the client treats it (``retryable``: backed off and retried; ``refresh-token``:
the credentials are renewed and the call re-sent once; ``base``: another category's class it
derives from, else ``promosdk.APIError``). ``x-error-base`` names a hand-written family base
(``WaiqinAPIError``) that every code of that spec also derives from. Each code of
``x-error-codes`` becomes ``class <name>(<family base>, <category base>)``.
"""

from __future__ import annotations

import attrs

from .pysource import docstring, py_str
from .spec import SPEC

__all__ = ["Category", "categories", "error_base", "render_errors"]

#: Hand-written bases (promosdk._errors) a category or a spec's codes may derive from.
HAND_BASES = ("APIError", "WaiqinAPIError")
CATEGORY_KEYS = frozenset({"category", "class", "base", "retryable", "refresh-token", "description"})


@attrs.frozen
class Category:
    name: str
    cls: str
    base: str
    retryable: bool
    refresh_token: bool
    description: str


def categories(specs: list[tuple[str, SPEC]]) -> dict[str, Category]:
    """Every category of every spec, bases first (a category deriving from another comes after it)."""
    found: dict[str, Category] = {}
    for spec_name, spec in specs:
        for entry in spec.get("x-error-categories", []):
            unknown = set(entry) - CATEGORY_KEYS
            assert not unknown, f"{spec_name}: x-error-categories {entry.get('category')}: unknown keys {sorted(unknown)}"
            category = Category(
                name=entry["category"],
                cls=entry["class"],
                base=entry.get("base", "APIError"),
                retryable=bool(entry.get("retryable", False)),
                refresh_token=bool(entry.get("refresh-token", False)),
                description=str(entry.get("description", "")).strip(),
            )
            known = found.get(category.name)
            assert known in (None, category), f"{spec_name}: category {category.name} is declared differently twice"
            found[category.name] = category
    ordered: dict[str, Category] = {}
    while len(ordered) < len(found):
        before = len(ordered)
        for c in found.values():  # spec order; a category after the one it derives from
            if c.name not in ordered and (c.base in HAND_BASES or c.base in {o.cls for o in ordered.values()}):
                ordered[c.name] = c
        assert len(ordered) > before, f"error categories with unknown or circular bases: {sorted(set(found) - set(ordered))}"
    return ordered


def error_base(spec: SPEC, category: Category) -> str:
    """The bases of a code's class: the spec's family base (if any), then its category's class."""
    family = spec.get("x-error-base")
    return f"{family}, {category.cls}" if family else category.cls


def render_errors(specs: list[tuple[str, SPEC]], header: str, publish: str) -> str:
    cats = categories(specs)
    family_bases = sorted({str(spec["x-error-base"]) for _n, spec in specs if spec.get("x-error-base")})
    assert set(family_bases) <= set(HAND_BASES), f"x-error-base must be one of {HAND_BASES}"
    hand = sorted({"APIError", *family_bases, *(c.base for c in cats.values() if c.base in HAND_BASES)})
    out = [
        header.rstrip(),
        '"""The error classes: one base per error category, one class per documented code, on promosdk._errors."""',
        "",
        "from __future__ import annotations",
        "",
        f"from promosdk._errors import {', '.join(hand)}",
        "from promosdk._public import publish",
        "",
    ]
    names: list[str] = []
    for category in cats.values():
        out += [
            "",
            f"class {category.cls}({category.base}):",
            "    " + docstring(f"{category.description} (category {category.name})"),
            "",
            f"    category = {category.name!r}",
            f"    retryable = {category.retryable!r}",
            f"    refresh_token = {category.refresh_token!r}",
            "",
        ]
        names.append(category.cls)
    registry: dict[str, list[tuple[int, str]]] = {}
    for spec_name, spec in specs:
        family = spec["x-protocol"]
        for entry in spec["x-error-codes"]:
            assert entry["category"] in cats, f"{spec_name}: code {entry['code']}: no category {entry['category']!r}"
            category = cats[entry["category"]]
            out += [
                "",
                f"class {entry['name']}({error_base(spec, category)}):",
                "    " + docstring(f"{entry['description']} (code {entry['code']}, {spec_name})"),
                "",
                f"    default_code = {entry['code']!r}",
                f"    category = {category.name!r}",
                f"    retryable = {category.retryable!r}",
                f"    refresh_token = {category.refresh_token!r}",
                "",
            ]
            registry.setdefault(family, []).append((entry["code"], entry["name"]))
            names.append(entry["name"])
    out.append("")
    out.append("#: family (x-protocol) -> documented code -> its class.")
    out.append("ERROR_CLASSES: dict[str, dict[int, type[APIError]]] = {")
    for family, entries in registry.items():
        out.append(f"    {family!r}: {{")
        out += [f"        {code!r}: {name}," for code, name in entries]
        out.append("    },")
    out.append("}")
    out.append("#: family -> the class of a code its spec does not list.")
    bases = {spec["x-protocol"]: spec.get("x-error-base", "APIError") for _n, spec in specs}
    out.append("FAMILY_BASES: dict[str, type[APIError]] = {" + ", ".join(f"{f!r}: {b}" for f, b in bases.items()) + "}")
    out.append("#: category -> its base class.")
    out.append(
        "CATEGORY_CLASSES: dict[str, type[APIError]] = {" + ", ".join(f"{c.name!r}: {c.cls}" for c in cats.values()) + "}"
    )
    out.append("")
    out.append("# The classes only: promosdk.errors and promosdk export exactly these (and the hand-written ones).")
    out.append("__all__ = [")
    out += [f"    {py_str(n)}," for n in names]
    out.append("]")
    return "\n".join(out) + "\n" + publish
