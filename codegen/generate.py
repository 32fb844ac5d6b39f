"""Compile spec/*.openapi.yaml into src/promosdk/_generated/.

Two passes per API family:
1. datamodel-code-generator renders the schemas (plus one request schema synthesised per GET
   operation from its query parameters) through our templates into attrs models.
2. Our own pass over ``paths`` renders the operation table, the request constraints and the async
   resource classes; the error-code data of both specs becomes the exception classes.

Output is deterministic; ``--check`` regenerates into a temporary folder and fails on any difference.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import json
import re
import subprocess
import sys
import tempfile
import types
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import attrs
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
OUT_DIR = ROOT / "src" / "promosdk" / "_generated"
TEMPLATE_DIR = Path(__file__).resolve().parent / "templates"

FAMILIES: tuple[tuple[str, str], ...] = (
    ("wechat_union", "wechat_union.openapi.yaml"),
    ("waiqin_bc", "waiqin_bc.openapi.yaml"),
)
CATEGORY_BASES = {
    "token": "AccessTokenError",
    "retryable": "ServerBusyError",
    "rate_limit": "RateLimitError",
    "quota": "RateLimitError",
    "auth": "APIError",
    "client": "APIError",
}
SPEC = dict[str, Any]


def header(spec_name: str) -> str:
    return f"# generated from spec/{spec_name} by codegen — do not edit\n"


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in re.split(r"[_\W]+", name) if part)


def resolve(spec: SPEC, node: Mapping[str, Any]) -> Mapping[str, Any]:
    """Follow a $ref (or a single-element allOf) to the schema it names."""
    while True:
        if "$ref" in node:
            node = spec["components"]["schemas"][node["$ref"].rsplit("/", 1)[-1]]
        elif "allOf" in node and len(node["allOf"]) == 1:
            node = node["allOf"][0]
        else:
            return node


def ref_name(node: Mapping[str, Any]) -> str | None:
    if "$ref" in node:
        return str(node["$ref"].rsplit("/", 1)[-1])
    if "allOf" in node and len(node["allOf"]) == 1:
        return ref_name(node["allOf"][0])
    return None


def operations(spec: SPEC) -> Iterable[tuple[str, str, SPEC]]:
    for path, item in spec["paths"].items():
        for method, op in item.items():
            if method in ("get", "post"):
                yield path, method.upper(), op


def parameters(spec: SPEC, op: SPEC) -> list[SPEC]:
    params = []
    for param in op.get("parameters", []):
        if "$ref" in param:
            param = spec["components"]["parameters"][param["$ref"].rsplit("/", 1)[-1]]
        params.append(param)
    return params


def request_schema_name(spec: SPEC, op: SPEC) -> str:
    body = op.get("requestBody")
    if body is not None:
        name = ref_name(body["content"]["application/json"]["schema"])
        assert name is not None, f"{op['operationId']}: request body must be a $ref"
        return name
    return str(op.get("x-request-model") or pascal(op["operationId"]) + "Request")


def response_schema_name(op: SPEC) -> str:
    name = ref_name(op["responses"]["200"]["content"]["application/json"]["schema"])
    assert name is not None, f"{op['operationId']}: response must be a $ref"
    return name


def synthesise_requests(spec: SPEC) -> SPEC:
    """Give every operation without a JSON body a request schema built from its query parameters."""
    spec = copy.deepcopy(spec)
    schemas = spec["components"]["schemas"]
    for _path, _method, op in operations(spec):
        if "requestBody" in op:
            continue
        query = [p for p in parameters(spec, op) if p["in"] == "query"]
        name = request_schema_name(spec, op)
        assert name not in schemas, f"synthesised request {name} clashes with a schema"
        schemas[name] = {
            "type": "object",
            "description": f"Query parameters of {op['operationId']}.",
            "required": [p["name"] for p in query if p.get("required")],
            "properties": {
                p["name"]: {**p["schema"], **({"description": p["description"]} if "description" in p else {})}
                for p in query
            },
        }
    return spec


# ---------------------------------------------------------------- pass 1: models


def render_models(spec: SPEC, spec_name: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / spec_name.replace(".yaml", ".json")
        src.write_text(json.dumps(spec, ensure_ascii=False, indent=1), encoding="utf-8")
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
    body = result.stdout
    # Replace datamodel-code-generator's header and imports with ours (its dataclass/enum imports
    # are unused by our templates).
    body = body[body.index("\n\n\n") + 3 :] if "\n\n\n" in body else body
    body = re.sub(r"^(from|import) [^\n]*\n", "", body, flags=re.MULTILINE).lstrip("\n")
    imports = [
        "from __future__ import annotations",
        "",
        "from typing import Any",
        "",
        "from attrs import define, field",
        "",
        "from promosdk._enums import OpenIntEnum, OpenStrEnum",
    ]
    text = header(spec_name) + '"""Models of ' + spec["info"]["title"] + '."""\n\n' + "\n".join(imports)
    names = re.findall(r"^class (\w+)", body, flags=re.MULTILINE)
    text += "\n\n__all__ = [\n" + "".join(f'    "{n}",\n' for n in sorted(names)) + "]"
    text += "\n\n\n" + body.rstrip() + "\n"
    # Quote-style normalisation keeps the output stable across formatter versions.
    return re.sub(r"'([A-Za-z0-9_]*)'", r'"\1"', text)


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
        f'"""Operation table and request constraints of {spec["info"]["title"]}."""',
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


TYPE_NAME = re.compile(r"\b[A-Z][A-Za-z0-9]+\b")


def render_resources(spec: SPEC, spec_name: str, models: types.ModuleType) -> str:
    groups: dict[str, list[tuple[str, SPEC]]] = {}
    for path, _method, op in operations(spec):
        if not op.get("x-internal"):
            groups.setdefault(op["x-group"], []).append((path, op))
    used: set[str] = set()
    classes: list[str] = []
    for group, ops in groups.items():
        for raw in (False, True):
            cls_name = pascal(group) + ("ResourceWithRawResponse" if raw else "Resource")
            body = [f"class {cls_name}(BaseResource):"]
            doc = next((t.get("description", "") for t in spec.get("tags", []) if t["name"] == group), group)
            body.append(f'    """{doc}{" Every method returns the raw HTTP answer." if raw else ""}"""')
            body.append("")
            body.append("    _operations = OPERATIONS")
            for _path, op in ops:
                body += render_method(spec, op, models, raw, used)
            classes.append("\n".join(body))
    imports = sorted(n for n in used if hasattr(models, n))
    out = [
        header(spec_name).rstrip(),
        f'"""Async resources of {spec["info"]["title"]}."""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import cast",
        "",
        "from promosdk._resource import BaseResource, RawResponse"
        + (", coerce_enum" if any("coerce_enum(" in c for c in classes) else ""),
        "",
        "from .models import (",
        *[f"    {name}," for name in imports],
        ")",
        "from .operations import OPERATIONS",
        "",
        "__all__ = [",
        *[f'    "{pascal(g)}Resource",' for g in groups],
        *[f'    "{pascal(g)}ResourceWithRawResponse",' for g in groups],
        "]",
        "",
    ]
    return "\n".join(out) + "\n\n" + "\n\n\n".join(classes) + "\n"


def render_method(spec: SPEC, op: SPEC, models: types.ModuleType, raw: bool, used: set[str]) -> list[str]:
    opid = op["operationId"]
    req_name = request_schema_name(spec, op)
    resp_name = response_schema_name(op)
    req_cls = getattr(models, req_name)
    schemas = synthesise_requests(spec)["components"]["schemas"]
    req_schema = schemas[req_name]
    used.update({req_name, resp_name})
    params: list[str] = []
    args: list[str] = []
    fields = [f for f in attrs.fields(req_cls) if not f.metadata.get("extra")]
    fields.sort(key=lambda f: f.default is not attrs.NOTHING)
    for f in fields:
        wire = f.metadata["wire"]
        prop = req_schema["properties"][wire]
        hint = str(f.type)
        enum_cls = ref_name(prop)
        is_enum = enum_cls is not None and "enum" in schemas[enum_cls]
        if is_enum:
            assert enum_cls is not None
            base = "int" if schemas[enum_cls].get("type") == "integer" else "str"
            hint = hint.replace(enum_cls, f"{enum_cls} | {base}", 1)
        used.update(TYPE_NAME.findall(hint))
        default = ""
        if f.default is not attrs.NOTHING:
            default = f" = {f.default!r}"
        elif "default" in prop:
            default = f" = {prop['default']!r}"
        params.append(f"{f.name}: {hint}{default}")
        value = f"coerce_enum({enum_cls}, {f.name}, {wire!r})" if is_enum else f.name
        args.append(f"{f.name}={value}")
    result = resp_name
    if op.get("x-result"):
        rfield = next(f for f in attrs.fields(getattr(models, resp_name)) if f.metadata["wire"] == op["x-result"])
        result = str(rfield.type).replace(" | None", "")
        used.update(TYPE_NAME.findall(result))
    ret = f"RawResponse[{result}]" if raw else result
    call = "_call_raw" if raw else "_call"
    sig = ", ".join(["self", "*", *params]) if params else "self"
    lines = ["", f"    async def {opid}({sig}) -> {ret}:"]
    summary = op.get("summary", "")
    errors = op.get("x-operation-errors", [])
    doc = f"{op.get('summary', '')}"
    if errors:
        doc += f" Documented errors: {', '.join(str(e) for e in errors)}."
    lines.append(f'        """{doc}"""' if summary else f'        """{opid}."""')
    lines.append(f"        request = {req_name}({', '.join(args)})")
    lines.append(f"        return cast({ret!r}, await self.{call}({opid!r}, request))")
    return lines


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
        "",
    ]
    registry: dict[str, list[tuple[int, str]]] = {}
    names: list[str] = []
    for spec_name, spec in specs:
        protocol = spec["x-protocol"]
        for entry in spec["x-error-codes"]:
            base = "WaiqinAPIError" if protocol == "waiqin" else CATEGORY_BASES[entry["category"]]
            retryable = entry["category"] in ("retryable", "rate_limit")
            out += [
                "",
                f"class {entry['name']}({base}):",
                f'    """{entry["description"]} (code {entry["code"]}, {spec_name})"""',
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
    out += [f'    "{n}",' for n in [*names, "ERROR_CLASSES"]]
    out.append("]")
    return "\n".join(out) + "\n"


def generate(spec_dir: Path) -> dict[str, str]:
    """Return every generated file as {relative path: text}."""
    files: dict[str, str] = {}
    loaded: list[tuple[str, SPEC]] = []
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
        files[f"{family}/__init__.py"] = (
            header(spec_name) + f'"""Generated code for {raw["info"]["title"]}."""\n'
        )
    files["errors.py"] = render_errors(loaded)
    files["__init__.py"] = (
        "# generated from spec/*.openapi.yaml by codegen — do not edit\n"
        '"""Code generated from the OpenAPI specs in spec/. Regenerate with `make codegen`."""\n'
    )
    return files


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument("--check", action="store_true", help="fail when the generated files differ")
    parser.add_argument("--spec-dir", type=Path, default=SPEC_DIR)
    parser.add_argument("--out", type=Path, default=OUT_DIR)
    args = parser.parse_args(argv)
    files = generate(args.spec_dir)
    if args.check:
        problems = check(files, args.out)
        if problems:
            print("generated code is out of date with spec/ (run `make codegen`):", file=sys.stderr)
            for problem in problems:
                print(problem, file=sys.stderr)
            return 1
        print(f"codegen-check: {len(files)} generated files match spec/")
        return 0
    write(files, args.out)
    print(f"codegen: wrote {len(files)} files to {args.out}")
    return 0
