"""Compile spec/*.openapi.yaml into src/promosdk/_generated/ and docs/api.md.

Two passes per spec (one generated package each):
1. datamodel-code-generator renders the schemas (plus one request schema synthesised per GET
   operation from its query parameters) through our templates into attrs models; spec text reaches
   the models only through codegen/pysource.py, which renders every string literal itself.
2. Our own pass over ``paths`` renders the operation table, the request constraints, the async
   resource classes and the client base (its groups and raw view, codegen/clients.py); the
   error-code data of both specs becomes the exception classes, and codegen/apidoc.py renders the
   method reference (docs/api.md) from the same signatures.

Output is deterministic; ``--check`` regenerates in memory and fails on any difference.
"""

from __future__ import annotations

import argparse
import difflib
import json
import subprocess
import sys
import tempfile
import types
from collections.abc import Mapping
from pathlib import Path

import attrs
import yaml

from .apidoc import render_api
from .clients import render_client
from .decoders import render_decoders
from .dunders import add_repr_and_eq
from .errors import render_errors
from .operations import render_operations, render_rules_module
from .pysource import docstring, finish_models, py_str, restore_field_order, stash_texts
from .resources import render_resources
from .spec import SPEC, pascal, synthesise_requests

__all__ = ["DOCS_FILE", "OUT_DIR", "PACKAGES", "SPEC_DIR", "Output", "build", "check", "generate", "main", "pascal"]

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
OUT_DIR = ROOT / "src" / "promosdk" / "_generated"
DOCS_FILE = ROOT / "docs" / "api.md"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

#: (generated package, spec file), in the order the registry and docs/api.md list them. A package's
#: vendor *family* (``wechat``, ``waiqin``) is its spec's ``x-protocol``: the one word the runtime,
#: the operation tables, ERROR_CLASSES and promosdk._registry use.
PACKAGES: tuple[tuple[str, str], ...] = (
    ("wechat_union", "wechat_union.openapi.yaml"),
    ("waiqin_bc", "waiqin_bc.openapi.yaml"),
)


#: The public homes of the generated classes: their ``__module__`` (promosdk._public.publish).
PUBLIC_MODELS = "promosdk.models"
PUBLIC_ERRORS = "promosdk.errors"
PUBLISH = "\n\n# Reprs, tracebacks and pickles name the public module, which re-exports every class.\npublish(globals(), {module!r})\n"


def header(spec_name: str) -> str:
    return f"# generated from spec/{spec_name} by codegen — do not edit\n"


# ---------------------------------------------------------------- pass 1: models


def render_models(spec: SPEC, spec_name: str) -> str:
    stashed, texts = stash_texts(spec)
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / spec_name.replace(".yaml", ".json")
        src.write_text(json.dumps(stashed, ensure_ascii=False, indent=1), encoding="utf-8")
        aliases = Path(tmp) / "aliases.json"
        aliases.write_text(json.dumps(python_names(spec)), encoding="utf-8")
        cmd = [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(src), "--input-file-type", "openapi",
            "--output-model-type", "dataclasses.dataclass",
            "--custom-template-dir", str(TEMPLATE_DIR),
            "--snake-case-field", "--capitalise-enum-members",
            "--field-extra-keys", "x-wire-type", "x-json-string", "x-secret", "x-money",
            "--aliases", str(aliases),
            "--use-standard-collections", "--use-union-operator", "--keyword-only",
            "--use-field-description", "--use-schema-description",
            "--target-python-version", "3.11", "--disable-timestamp", "--formatters", "builtin",
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"datamodel-code-generator failed on {spec_name}:\n{result.stderr}")
    # Its header and imports give way to ours (its dataclass/enum imports are unused by our templates).
    names, body = finish_models(result.stdout, texts)
    schemas = spec.get("components", {}).get("schemas", {})
    body = restore_field_order(body, {name: list(s.get("properties", {})) for name, s in schemas.items()})
    body = add_repr_and_eq(body)
    imports = [
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from attrs import define, field",
        "",
        "from promosdk._enums import OpenIntEnum, OpenStrEnum",
        "from promosdk._public import UnsetList, publish",
        "from promosdk._redact import redacted_repr",
        *(["from promosdk._serde_scalars import yuan_to_fen"] if "yuan_to_fen(" in body else []),
    ]
    text = header(spec_name) + docstring(f"Models of {spec['info']['title']}.") + "\n\n" + "\n".join(imports)
    text += "\n\n__all__ = [\n" + "".join(f"    {py_str(n)},\n" for n in sorted(names)) + "]"
    return text + "\n\n\n" + body.rstrip() + "\n" + PUBLISH.format(module=PUBLIC_MODELS)


def python_names(spec: SPEC) -> dict[str, str]:
    """``{"Model.wireName": python_name}`` of every field the spec renames with x-python-name."""
    names: dict[str, str] = {}
    for model, schema in spec.get("components", {}).get("schemas", {}).items():
        for wire, prop in schema.get("properties", {}).items():
            name = prop.get("x-python-name") or prop.get("schema", {}).get("x-python-name")
            if name:
                names[f"{model}.{wire}"] = name
    return names


def load_module(name: str, source: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        exec(compile(source, name, "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    return module


# ---------------------------------------------------------------- pass 2: operations, rules, resources


def render_index(packages: list[tuple[str, SPEC]]) -> str:
    """The index promosdk._registry reads: every package's operation table, by vendor family."""
    out = [
        "# generated from spec/*.openapi.yaml by codegen — do not edit",
        '"""Every generated operation table, by vendor family (x-protocol): what promosdk._registry serves."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from promosdk._operation import ModelRules, OperationSpec",
        "",
        *[f"from .{package} import operations as {package}" for package, _spec in packages],
        *[f"from .{package} import rules as {package}_rules" for package, _spec in packages],
        "",
        "#: family -> its operations by operationId, in spec order; families in codegen's PACKAGES order.",
        "OPERATIONS: dict[str, dict[str, OperationSpec]] = {",
        *[f"    {spec['x-protocol']!r}: {package}.OPERATIONS," for package, spec in packages],
        "}",
        "#: family -> the generated package holding its models, operations and resources.",
        "PACKAGES: dict[str, str] = {",
        *[f"    {spec['x-protocol']!r}: {package!r}," for package, spec in packages],
        "}",
        "#: Request constraints of every model of every family.",
        "RULES: dict[type[Any], ModelRules] = {",
        *[f"    **{package}_rules.RULES," for package, _spec in packages],
        "}",
    ]
    families = [spec["x-protocol"] for _p, spec in packages]
    assert len(set(families)) == len(families), f"two specs share an x-protocol: {families}"
    return "\n".join(out) + "\n"


@attrs.frozen
class Output:
    """Everything codegen produces: the generated package's files and the API reference."""

    files: dict[str, str]  # {path relative to the generated package: Python source}
    api_md: str


def build(spec_dir: Path) -> Output:
    files: dict[str, str] = {}
    loaded: list[tuple[str, SPEC]] = []
    documented: list[tuple[str, str, SPEC, types.ModuleType]] = []
    for package, spec_name in PACKAGES:
        raw = yaml.safe_load((spec_dir / spec_name).read_text(encoding="utf-8"))
        loaded.append((spec_name, raw))
        spec = synthesise_requests(raw)
        models_src = render_models(spec, spec_name)
        # A private module name: never shadow the installed package's real modules.
        models = load_module(f"_codegen_preview_{package}_models", models_src)
        files[f"{package}/models.py"] = models_src
        files[f"{package}/operations.py"] = render_operations(spec, header(spec_name), models)
        files[f"{package}/rules.py"] = render_rules_module(spec, header(spec_name), models)
        files[f"{package}/resources.py"] = render_resources(raw, spec_name, models)
        files[f"{package}/client.py"] = render_client(raw, header(spec_name))
        files[f"{package}/decoders.py"] = render_decoders(models, header(spec_name), raw["info"]["title"])
        files[f"{package}/__init__.py"] = header(spec_name) + docstring(f"Generated code for {raw['info']['title']}.") + "\n"
        documented.append((package, spec_name, raw, models))
    files["errors.py"] = render_errors(
        loaded,
        "# generated from spec/*.openapi.yaml (x-error-categories, x-error-codes) by codegen — do not edit\n",
        PUBLISH.format(module=PUBLIC_ERRORS),
    )
    files["registry.py"] = render_index([(package, raw) for (package, _n), (_s, raw) in zip(PACKAGES, loaded, strict=True)])
    files["__init__.py"] = (
        "# generated from spec/*.openapi.yaml by codegen — do not edit\n"
        '"""Code generated from the OpenAPI specs in spec/. Regenerate with `make codegen`."""\n'
        "\n"
        "#: Every generated package (one per spec), in codegen's order; light to import, unlike registry.\n"
        f"PACKAGES: tuple[str, ...] = {tuple(package for package, _n in PACKAGES)!r}\n"
    )
    return Output(files=files, api_md=render_api(documented))


def generate(spec_dir: Path) -> dict[str, str]:
    """Return every generated Python file as {relative path: text}."""
    return build(spec_dir).files


def write(files: Mapping[str, str], out_dir: Path) -> None:
    if out_dir.exists():
        for old in out_dir.rglob("*.py"):
            rel = old.relative_to(out_dir).as_posix()
            if rel not in files:
                old.unlink()
    for rel, text in files.items():
        target = out_dir / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def check(files: Mapping[str, str], out_dir: Path) -> list[str]:
    """Differences between freshly generated files and those on disk."""
    problems: list[str] = []
    on_disk = {p.relative_to(out_dir).as_posix() for p in out_dir.rglob("*.py")} if out_dir.exists() else set()
    for rel in sorted(on_disk - set(files)):
        problems.append(f"{rel}: not produced by codegen")
    for rel, text in sorted(files.items()):
        path = out_dir / rel
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        if current != text:
            diff = difflib.unified_diff(
                current.splitlines(), text.splitlines(), f"on disk/{rel}", f"generated/{rel}", lineterm="", n=1
            )
            problems.append("\n".join(list(diff)[:40]))
    return problems


def check_docs(text: str, path: Path) -> list[str]:
    """The difference between a freshly generated API reference and the one at ``path``."""
    current = path.read_text(encoding="utf-8") if path.exists() else ""
    if current == text:
        return []
    diff = difflib.unified_diff(
        current.splitlines(), text.splitlines(), f"on disk/{path.name}", f"generated/{path.name}", lineterm="", n=1
    )
    return [f"{path}: {'out of date' if path.exists() else 'missing'}", *list(diff)[:40]]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when the generated files differ")
    parser.add_argument("--spec-dir", type=Path, default=SPEC_DIR)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    parser.add_argument(
        "--docs", type=Path, default=None,
        help="the API reference to write or check (default: docs/api.md, or OUT/api.md when --out is given)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    docs = args.docs or (DOCS_FILE if args.out.resolve() == OUT_DIR else args.out / "api.md")
    output = build(args.spec_dir)
    if args.check:
        problems = check(output.files, args.out) + check_docs(output.api_md, docs)
        if problems:
            print("generated code is out of date with spec/ (run `make codegen`):", file=sys.stderr)
            for problem in problems:
                print(problem, file=sys.stderr)
            return 1
        print(f"codegen-check: {len(output.files)} generated files and {docs.name} match spec/")
        return 0
    write(output.files, args.out)
    docs.parent.mkdir(parents=True, exist_ok=True)
    docs.write_text(output.api_md, encoding="utf-8")
    print(f"codegen: wrote {len(output.files)} files to {args.out} and {docs}")
    return 0
