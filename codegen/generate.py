"""Compile spec/*.openapi.yaml into src/promosdk/_generated/ and docs/api.md.

Two passes per API family:
1. datamodel-code-generator renders the schemas (plus one request schema synthesised per GET
   operation from its query parameters) through our templates into attrs models; spec text reaches
   the models only through codegen/pysource.py, which renders every string literal itself.
2. Our own pass over ``paths`` renders the operation table, the request constraints and the async
   resource classes; the error-code data of both specs becomes the exception classes, and
   codegen/apidoc.py renders the method reference (docs/api.md) from the same signatures.

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
from typing import Any

import attrs
import yaml

from .apidoc import render_api
from .pysource import docstring, finish_models, py_str, stash_texts
from .resources import render_resources
from .spec import (
    SPEC,
    error_base,
    error_retryable,
    operations,
    parameters,
    pascal,
    request_schema_name,
    resolve,
    response_schema_name,
    synthesise_requests,
)

__all__ = ["DOCS_FILE", "FAMILIES", "OUT_DIR", "SPEC_DIR", "Output", "build", "check", "generate", "main", "pascal"]

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
OUT_DIR = ROOT / "src" / "promosdk" / "_generated"
DOCS_FILE = ROOT / "docs" / "api.md"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

FAMILIES: tuple[tuple[str, str], ...] = (
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
        cmd = [
            sys.executable, "-m", "datamodel_code_generator",
            "--input", str(src), "--input-file-type", "openapi",
            "--output-model-type", "dataclasses.dataclass",
            "--custom-template-dir", str(TEMPLATE_DIR),
            "--snake-case-field", "--capitalise-enum-members",
            "--field-extra-keys", "x-wire-type", "x-json-string", "x-secret",
            "--use-standard-collections", "--use-union-operator", "--keyword-only",
            "--use-field-description", "--use-schema-description",
            "--target-python-version", "3.11", "--disable-timestamp", "--formatters", "builtin",
        ]  # fmt: skip
        result = subprocess.run(cmd, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SystemExit(f"datamodel-code-generator failed on {spec_name}:\n{result.stderr}")
    # Its header and imports give way to ours (its dataclass/enum imports are unused by our templates).
    names, body = finish_models(result.stdout, texts)
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
    ]
    text = header(spec_name) + docstring(f"Models of {spec['info']['title']}.") + "\n\n" + "\n".join(imports)
    text += "\n\n__all__ = [\n" + "".join(f"    {py_str(n)},\n" for n in sorted(names)) + "]"
    return text + "\n\n\n" + body.rstrip() + "\n" + PUBLISH.format(module=PUBLIC_MODELS)


def load_module(name: str, source: str) -> types.ModuleType:
    module = types.ModuleType(name)
    sys.modules[name] = module
    try:
        exec(compile(source, name, "exec"), module.__dict__)
    finally:
        del sys.modules[name]
    return module


# ---------------------------------------------------------------- pass 2: operations, rules, resources


def field_kind(spec: SPEC, schema: Mapping[str, Any]) -> tuple[str, tuple[Any, ...] | None]:
    target = resolve(spec, schema)
    if "enum" in target:
        return "enum", tuple(target["enum"])
    kind = {"string": "str", "integer": "int", "boolean": "bool", "array": "list"}.get(target.get("type", ""))
    if kind is None and target.get("type") == "object" and "properties" in target:
        kind = "model"
    return kind or "any", None


def render_rules(spec: SPEC, models: types.ModuleType) -> list[str]:
    lines = ["RULES: dict[type[Any], ModelRules] = {"]
    for name, schema in spec["components"]["schemas"].items():
        if schema.get("type") != "object" or "properties" not in schema:
            continue
        required = set(schema.get("required", []))
        lines.append(f"    models.{name}: ModelRules(")
        lines.append("        fields=(")
        for wire, prop in schema["properties"].items():
            kind, enum = field_kind(spec, prop)
            target = {**resolve(spec, prop), **{k: v for k, v in prop.items() if k.startswith(("x-", "max", "min"))}}
            args = [f"wire={wire!r}", f"kind={kind!r}"]
            if wire in required:
                args.append("required=True")
            for key, arg in (
                ("minLength", "min_length"),
                ("maxLength", "max_length"),
                ("minimum", "minimum"),
                ("maximum", "maximum"),
                ("x-format", "format"),
            ):
                if key in target:
                    args.append(f"{arg}={target[key]!r}")
            if enum is not None:
                args.append(f"enum={enum!r}")
            lines.append(f"            FieldRule({', '.join(args)}),")
        lines.append("        ),")
        rules = tuple((r["rule"], tuple(r["fields"])) for r in schema.get("x-rules", []))
        if rules:
            lines.append(f"        rules={rules!r},")
        lines.append("    ),")
        assert hasattr(models, name), name
    lines.append("}")
    return lines


def render_operations(spec: SPEC, spec_name: str, family: str, models: types.ModuleType) -> str:
    protocol = spec["x-protocol"]
    out = [
        header(spec_name).rstrip(),
        docstring(f"Operation table and request constraints of {spec['info']['title']}."),
        "",
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from promosdk._operation import FieldRule, ModelRules, OperationSpec",
        "",
        "from . import models",
        "",
        "OPERATIONS: dict[str, OperationSpec] = {",
    ]
    for path, method, op in operations(spec):
        opid = op["operationId"]
        auth = "waiqin_signature" if protocol == "waiqin" else op.get("x-auth", "access_token")
        sig_params = [p["name"] for p in parameters(spec, op) if "x-signature" in p]
        base_path = path
        for name in sig_params:
            base_path = base_path.replace("/{" + name + "}", "")
        out += [
            f"    {opid!r}: OperationSpec(",
            f"        name={opid!r},",
            f"        family={protocol!r},",
            f"        group={op['x-group']!r},",
            f"        method={method!r},",
            f"        path={base_path!r},",
            f"        auth={auth!r},",
            f"        write={bool(op.get('x-write'))!r},",
            f"        idempotent={bool(op.get('x-idempotent', not op.get('x-write')))!r},",
            f"        request_model=models.{request_schema_name(spec, op)},",
            f"        response_model=models.{response_schema_name(op)},",
            f"        in_query={('requestBody' not in op)!r},",
            f"        result_field={op.get('x-result')!r},",
            f"        error_codes={tuple(op.get('x-operation-errors', ()))!r},",
            f"        summary={op.get('summary', '')!r},",
            "    ),",
        ]
    out.append("}")
    out.append("")
    out += render_rules(spec, models)
    return "\n".join(out) + "\n"


def render_errors(specs: list[tuple[str, SPEC]]) -> str:
    out = [
        "# generated from spec/*.openapi.yaml (x-error-codes) by codegen — do not edit",
        '"""One exception class per documented error code, on the bases of promosdk._errors."""',
        "",
        "from __future__ import annotations",
        "",
        "from promosdk._errors import (",
        "    AccessTokenError,",
        "    APIError,",
        "    RateLimitError,",
        "    ServerBusyError,",
        "    WaiqinAPIError,",
        ")",
        "from promosdk._public import publish",
        "",
    ]
    registry: dict[str, list[tuple[int, str]]] = {}
    names: list[str] = []
    for spec_name, spec in specs:
        protocol = spec["x-protocol"]
        for entry in spec["x-error-codes"]:
            base = error_base(protocol, entry["category"])
            retryable = error_retryable(entry["category"])
            out += [
                "",
                f"class {entry['name']}({base}):",
                "    " + docstring(f"{entry['description']} (code {entry['code']}, {spec_name})"),
                "",
                f"    default_code = {entry['code']!r}",
                f"    category = {entry['category']!r}",
                f"    retryable = {retryable!r}",
                f"    refresh_token = {entry['category'] == 'token'!r}",
                "",
            ]
            registry.setdefault(protocol, []).append((entry["code"], entry["name"]))
            names.append(entry["name"])
    out.append("")
    out.append("ERROR_CLASSES: dict[str, dict[int, type[APIError]]] = {")
    for protocol, entries in registry.items():
        out.append(f"    {protocol!r}: {{")
        out += [f"        {code!r}: {name}," for code, name in entries]
        out.append("    },")
    out.append("}")
    out.append("")
    out.append("__all__ = [")
    out += [f"    {py_str(n)}," for n in [*names, "ERROR_CLASSES"]]
    out.append("]")
    return "\n".join(out) + "\n" + PUBLISH.format(module=PUBLIC_ERRORS)


@attrs.frozen
class Output:
    """Everything codegen produces: the generated package's files and the API reference."""

    files: dict[str, str]  # {path relative to the generated package: Python source}
    api_md: str


def build(spec_dir: Path) -> Output:
    files: dict[str, str] = {}
    loaded: list[tuple[str, SPEC]] = []
    documented: list[tuple[str, str, SPEC, types.ModuleType]] = []
    for family, spec_name in FAMILIES:
        raw = yaml.safe_load((spec_dir / spec_name).read_text(encoding="utf-8"))
        loaded.append((spec_name, raw))
        spec = synthesise_requests(raw)
        models_src = render_models(spec, spec_name)
        # A private module name: never shadow the installed package's real modules.
        models = load_module(f"_codegen_preview_{family}_models", models_src)
        files[f"{family}/models.py"] = models_src
        files[f"{family}/operations.py"] = render_operations(spec, spec_name, family, models)
        files[f"{family}/resources.py"] = render_resources(raw, spec_name, models)
        files[f"{family}/__init__.py"] = header(spec_name) + docstring(f"Generated code for {raw['info']['title']}.") + "\n"
        documented.append((family, spec_name, raw, models))
    files["errors.py"] = render_errors(loaded)
    files["__init__.py"] = (
        "# generated from spec/*.openapi.yaml by codegen — do not edit\n"
        '"""Code generated from the OpenAPI specs in spec/. Regenerate with `make codegen`."""\n'
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
