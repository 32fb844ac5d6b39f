"""The generated package against the specs: every operation, every error code, drift detection."""

from __future__ import annotations

import ast
import importlib
import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import promosdk
from codegen.generate import (
    DOCS_FILE,
    OUT_DIR,
    PACKAGES,
    SPEC_DIR,
    build,
    check,
    check_docs,
    generate,
    pascal,
)
from promosdk._generated import errors as generated_errors
from promosdk._generated.waiqin_bc import operations as wq_ops
from promosdk._generated.waiqin_bc import resources as wq_res
from promosdk._generated.wechat_union import operations as wx_ops
from promosdk._generated.wechat_union import resources as wx_res
from tests.regenerate import regenerate

ROOT = Path(__file__).resolve().parent.parent
SPECS = {package: yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8")) for package, name in PACKAGES}
MODULES: dict[str, tuple[Any, Any]] = {"wechat_union": (wx_ops, wx_res), "waiqin_bc": (wq_ops, wq_res)}  # by package


def spec_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for package, spec in SPECS.items():
        for path, item in spec["paths"].items():
            for method, op in item.items():
                found.append((package, path, method, op))
    return found


@pytest.mark.parametrize(
    ("package", "path", "method", "op"), spec_operations(), ids=[o[3]["operationId"] for o in spec_operations()]
)
def test_every_operation_has_a_typed_generated_method(package: str, path: str, method: str, op: dict[str, Any]) -> None:
    ops, resources = MODULES[package]
    spec = ops.OPERATIONS[op["operationId"]]
    assert spec.method == method.upper()
    assert path.startswith(spec.path)
    assert spec.write == bool(op.get("x-write"))
    if op.get("x-internal"):
        return
    for suffix in ("Resource", "ResourceWithRawResponse"):
        resource_cls = getattr(resources, pascal(op["x-group"]) + suffix)
        method_obj = getattr(resource_cls, op.get("x-method-name") or op["operationId"])
        assert inspect.iscoroutinefunction(method_obj)
        signature = inspect.signature(method_obj)
        assert signature.return_annotation != inspect.Signature.empty
        assert all(
            p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in signature.parameters.items() if name != "self"
        )


def test_every_error_code_has_a_generated_class_importable_from_promosdk() -> None:
    for package, spec in SPECS.items():
        protocol = spec["x-protocol"]
        for entry in spec["x-error-codes"]:
            cls = generated_errors.ERROR_CLASSES[protocol][entry["code"]]
            assert cls.__name__ == entry["name"]
            assert cls.default_code == entry["code"]
            assert issubclass(cls, promosdk.APIError)
            assert getattr(promosdk, entry["name"]) is cls, f"{entry['name']} not exported ({package})"
    required = {202001, 202002, 202004, 202005, 202006, 14005, 14007, -1, 40001, 40014, 42001, 40013, 45009, 45011, 48001}
    assert required <= set(generated_errors.ERROR_CLASSES["wechat"])
    assert 1 in generated_errors.ERROR_CLASSES["waiqin"]
    assert issubclass(promosdk.AccessTokenExpiredError, promosdk.AccessTokenError)
    assert issubclass(promosdk.DailyQuotaExceededError, promosdk.RateLimitError)
    assert not promosdk.DailyQuotaExceededError.retryable and promosdk.TooFrequentError.retryable


def test_checked_in_code_matches_the_specs() -> None:
    assert check(generate(SPEC_DIR), OUT_DIR) == []


def test_generated_files_carry_the_header() -> None:
    for path in OUT_DIR.rglob("*.py"):
        assert path.read_text(encoding="utf-8").startswith("# generated from spec/"), path


def test_changing_a_spec_changes_the_model(tmp_path: Path) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    path = spec_dir / "wechat_union.openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["PromotionSource"]["properties"]["brandNewFlag"] = {"type": "integer"}
    path.write_text(yaml.safe_dump(spec, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "out"
    regenerate(spec_dir, out)
    models = (out / "wechat_union" / "models.py").read_text(encoding="utf-8")
    assert 'brand_new_flag: int | None = field(default=None, metadata={"wire": "brandNewFlag"})' in models
    assert check(generate(spec_dir), OUT_DIR) != []


def test_check_fails_when_a_generated_file_is_edited(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    shutil.copytree(OUT_DIR, out, ignore=shutil.ignore_patterns("__pycache__"))
    target = out / "wechat_union" / "models.py"
    target.write_text(target.read_text(encoding="utf-8") + "\n# hand edit\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--check", "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 1
    assert "hand edit" in result.stderr


def test_public_models_module_exports_both_families_without_collisions() -> None:
    import promosdk.models
    from promosdk._generated.waiqin_bc import models as wq_models
    from promosdk._generated.wechat_union import models as wx_models

    assert not set(wx_models.__all__) & set(wq_models.__all__)
    assert len(promosdk.models.__all__) == len(wx_models.__all__) + len(wq_models.__all__)
    assert promosdk.models.PreviousPromotionInfo is wx_models.PreviousPromotionInfo
    assert promosdk.models.Campaign is wq_models.Campaign


def test_import_promosdk_defers_the_clients_and_aiohttp() -> None:
    code = (
        "import sys, promosdk\n"
        "assert 'aiohttp' not in sys.modules, 'import promosdk pulled in aiohttp'\n"
        "from promosdk import WeChatUnionClient, WaiqinClient, Rate\n"
        "assert 'aiohttp' in sys.modules and WeChatUnionClient.__module__ == 'promosdk.wechat'\n"
        "assert set(promosdk.__all__) <= set(dir(promosdk))\n"
        "for name in promosdk.__all__: getattr(promosdk, name)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


def test_importing_a_client_builds_no_model_until_a_call_needs_one() -> None:
    """Issue 14: the models of a spec (most of a client's import time) load on the first call."""
    code = (
        "import asyncio, sys\n"
        "def generated(kind): return sorted(m for m in sys.modules if m.startswith('promosdk._generated.') and m.endswith(kind))\n"
        "from promosdk import WeChatUnionClient, WaiqinClient, RequestValidationError\n"
        "client = WeChatUnionClient('wx0123456789abcdef', 's' * 32, base_url='http://127.0.0.1:9')\n"
        "assert generated('.models') == generated('.rules') == [], (generated('.models'), generated('.rules'))\n"
        "async def call():\n"
        "    try:\n"
        "        await client.target.plan_info(plan_invitation_url='')\n"
        "    except RequestValidationError as e:\n"
        "        assert e.field == 'plan_invitation_url', e\n"
        "    else:\n"
        "        raise AssertionError('an empty link was sent')\n"
        "    await client.aclose()\n"
        "asyncio.run(call())\n"
        "assert 'promosdk._generated.wechat_union.models' in generated('.models'), generated('.models')\n"
        "assert generated('.rules') == ['promosdk._generated.wechat_union.rules'], generated('.rules')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize("resources", [wx_res, wq_res], ids=lambda m: m.__name__.split(".")[-2])
def test_resource_methods_reach_their_models_through_the_lazy_module(resources: Any) -> None:
    """A bare model name in a method body would be a NameError at call time (models load lazily)."""
    models = importlib.import_module(resources.__name__.rpartition(".")[0] + ".models")
    tree = ast.parse(inspect.getsource(resources))
    bare = {
        (fn.name, node.id)
        for fn in ast.walk(tree)
        if isinstance(fn, ast.AsyncFunctionDef | ast.FunctionDef)
        for stmt in fn.body
        for node in ast.walk(stmt)
        if isinstance(node, ast.Name) and node.id in models.__all__
    }
    assert not bare


# ---------------------------------------------------------------- hostile spec text (issue 11)

HOSTILE = 'Say "busy" | or \'idle\'; C:\\path\\n is not a newline; """triple"""; 定向计划 — ünïcödé "end"'
HOSTILE_LINES = 'First line with "quotes"\nsecond line \\ with a backslash and """ (推广位)"'
HOSTILE_ENUM_VALUE = 'client_"credential" \\ it\'s 值'


def _inject_hostile_text(spec_dir: Path) -> None:
    path = spec_dir / "wechat_union.openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["info"]["title"] = HOSTILE
    schemas = spec["components"]["schemas"]
    schemas["TargetPlanInfo"]["description"] = HOSTILE  # schema description
    schemas["TargetPlanInfo"]["properties"]["planName"]["description"] = HOSTILE_LINES  # field description
    schemas["PlanStatus"]["description"] = HOSTILE  # enum description
    schemas["GrantType"]["enum"] = [HOSTILE_ENUM_VALUE]  # a string enum value
    schemas["PromotionAddRequest"]["properties"]["promotionSourceName"]["description"] = HOSTILE
    plan_info = spec["paths"]["/union/promoter/target/plan_info"]["get"]
    plan_info["summary"] = HOSTILE  # operation summary
    plan_info["parameters"][0]["description"] = HOSTILE_LINES  # a query parameter's description
    next(t for t in spec["tags"] if t["name"] == "target")["description"] = HOSTILE
    next(e for e in spec["x-error-codes"] if e["code"] == 202002)["description"] = HOSTILE  # error message
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    path = spec_dir / "waiqin_bc.openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["components"]["schemas"]["EventStatus"]["description"] = HOSTILE_LINES
    spec["x-error-codes"][0]["description"] = HOSTILE_LINES
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")


def _attribute_docstrings(source: str, class_name: str) -> dict[str, str]:
    """The string statement that follows each annotated field of a class (its attribute docstring)."""
    cls = next(n for n in ast.parse(source).body if isinstance(n, ast.ClassDef) and n.name == class_name)
    found: dict[str, str] = {}
    for stmt, after in zip(cls.body, cls.body[1:], strict=False):
        if (
            isinstance(stmt, ast.AnnAssign)
            and isinstance(stmt.target, ast.Name)
            and isinstance(after, ast.Expr)
            and isinstance(after.value, ast.Constant)
            and isinstance(after.value.value, str)
        ):
            found[stmt.target.id] = after.value.value
    return found


def test_spec_text_with_quotes_backslashes_and_unicode_generates_valid_code(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    _inject_hostile_text(spec_dir)
    package = "hostile_codegen_out"
    out = tmp_path / "pkgroot" / package
    regenerate(spec_dir, out)
    for path in out.rglob("*.py"):
        compile(path.read_text(encoding="utf-8"), str(path), "exec")
    monkeypatch.syspath_prepend(str(tmp_path / "pkgroot"))
    try:
        models = importlib.import_module(f"{package}.wechat_union.models")
        operations = importlib.import_module(f"{package}.wechat_union.operations")
        rules = importlib.import_module(f"{package}.wechat_union.rules")
        resources = importlib.import_module(f"{package}.wechat_union.resources")
        errors = importlib.import_module(f"{package}.errors")
        wq_models = importlib.import_module(f"{package}.waiqin_bc.models")
        importlib.import_module(f"{package}.waiqin_bc.resources")

        assert models.__doc__ == f"Models of {HOSTILE}."
        assert models.TargetPlanInfo.__doc__ == HOSTILE
        assert models.PlanStatus.__doc__ == HOSTILE
        assert models.GrantType.CLIENT_CREDENTIAL.value == HOSTILE_ENUM_VALUE
        assert rules.RULES[models.TokenRequest].fields[0].enum == (HOSTILE_ENUM_VALUE,)
        source = (out / "wechat_union" / "models.py").read_text(encoding="utf-8")
        assert _attribute_docstrings(source, "TargetPlanInfo")["plan_name"] == HOSTILE_LINES
        assert _attribute_docstrings(source, "PlanInfoRequest")["plan_invitation_url"] == HOSTILE_LINES
        assert _attribute_docstrings(source, "PromotionAddRequest")["promotion_source_name"] == HOSTILE
        assert operations.OPERATIONS["plan_info"].summary == HOSTILE
        assert resources.TargetResource.__doc__ == HOSTILE
        assert resources.TargetResource.plan_info.__doc__.startswith(HOSTILE + " ")
        assert resources.TargetResourceWithRawResponse.plan_info.__doc__.startswith(HOSTILE + " ")
        assert errors.PlanNotFoundError.__doc__.startswith(HOSTILE + " (code 202002")
        assert errors.WaiqinRequestFailedError.__doc__.startswith(HOSTILE_LINES + " (code 1")
        assert wq_models.EventStatus.__doc__ == HOSTILE_LINES
        api = (out / "api.md").read_text(encoding="utf-8")
        assert f"\n{HOSTILE}\n" in api  # the method's title paragraph
        escaped = HOSTILE.replace("|", "\\|")
        assert f"| {escaped} |" in api  # its row in the contents table: a pipe would split the cell
        assert " ".join(HOSTILE_LINES.split()) in api  # an argument description, on one table row
    finally:
        for name in [n for n in sys.modules if n == package or n.startswith(package + ".")]:
            del sys.modules[name]


# ---------------------------------------------------------------- docs/api.md (issue 12)


def test_api_reference_is_current_and_lists_every_method_with_its_endpoint_arguments_and_errors() -> None:
    output = build(SPEC_DIR)
    assert check_docs(output.api_md, DOCS_FILE) == []
    api = DOCS_FILE.read_text(encoding="utf-8")
    assert api.startswith("<!-- generated from spec/") and "do not edit" in api.splitlines()[0]
    clients = {"wechat_union": "wx", "waiqin_bc": "wq"}
    for package, path, method, op in spec_operations():
        if op.get("x-internal"):
            continue
        heading = f"#### `{clients[package]}.{op['x-group']}.{op.get('x-method-name') or op['operationId']}`"
        assert heading in api
        section = api.split(heading, 1)[1].split("\n#### ", 1)[0].split("\n### ", 1)[0]
        assert f"`{method.upper()} {path}`" in section
        assert op["summary"] in section
        names = {e["code"]: e["name"] for e in SPECS[package]["x-error-codes"]}
        for code in op.get("x-operation-errors", []):
            assert f"`{code}` `{names[code]}`" in section
        resource = getattr(MODULES[package][1], pascal(op["x-group"]) + "Resource")
        signature = inspect.signature(getattr(resource, op.get("x-method-name") or op["operationId"]))
        assert f"-> {signature.return_annotation}\n```" in section
        for name, param in signature.parameters.items():
            if name != "self":
                assert f"| `{name}` | `{str(param.annotation).replace('|', chr(92) + '|')}` |" in section
    limit_row = next(line for line in api.splitlines() if line.startswith("| `limit` |"))
    assert "1 ≤ value ≤ 100" in limit_row and "default `20`" in limit_row
    status_row = next(line for line in api.splitlines() if line.startswith("| `event_status` |"))
    assert "`EventStatus`: `1` ONLINE, `2` SUSPENDED, `3` ENDED" in status_row and "sent as a string" in status_row
    assert "a date, `yyyy-mm-dd`" in api and "length 1 to 20" in api
    assert "`PreviousPromotionInfo` fields:" in api  # nested request models get their own table
    assert "Rules: at least one of `cm_ids`, `cm_codes`, `cm_names` is required." in api
    assert build(SPEC_DIR).api_md == output.api_md  # deterministic


def test_check_fails_when_the_api_reference_is_edited(tmp_path: Path) -> None:
    docs = tmp_path / "api.md"
    shutil.copyfile(DOCS_FILE, docs)
    command = [sys.executable, "-m", "codegen", "--check", "--docs", str(docs)]
    clean = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert clean.returncode == 0, clean.stderr
    docs.write_text(docs.read_text(encoding="utf-8").replace("Add a promotion spot.", "Add a spot (hand edit)."))
    edited = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)
    assert edited.returncode == 1
    assert "api.md: out of date" in edited.stderr and "hand edit" in edited.stderr


# ---------------------------------------------------------------- the typed surface (issue 12)


def test_generated_lists_are_never_optional_and_default_to_an_unset_list() -> None:
    lists = 0
    for package, _name in PACKAGES:
        tree = ast.parse((OUT_DIR / package / "models.py").read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.AnnAssign) and "list[" in ast.unparse(node.annotation):
                assert "None" not in ast.unparse(node.annotation), ast.unparse(node)
                # A list is a required argument (a request's minItems list) or defaults to an UnsetList.
                assert node.value is not None, ast.unparse(node)
                value = ast.unparse(node.value)
                assert "factory=UnsetList" in value or ("default" not in value and "factory" not in value), value
                lists += 1
    assert lists >= 25


def test_generated_classes_name_their_public_module_only_in_the_real_package() -> None:
    from codegen.generate import load_module

    files = generate(SPEC_DIR)
    for rel, public in (("wechat_union/models.py", "promosdk.models"), ("waiqin_bc/models.py", "promosdk.models"), ("errors.py", "promosdk.errors")):
        assert files[rel].rstrip().endswith(f"publish(globals(), {public!r})"), rel
    preview = load_module("_issue12_preview_models", files["wechat_union/models.py"])
    assert preview.PlanInfoResponse.__module__ == "_issue12_preview_models"  # a copy keeps its own name
    assert promosdk.models.PlanInfoResponse.__module__ == "promosdk.models"


def test_argument_types_follow_the_spec() -> None:
    add = inspect.signature(wq_res.BcResource.add_or_update_campaign).parameters
    assert add["start_date"].annotation == "datetime.date | str"
    assert add["event_status"].annotation == "EventStatus | int"
    assert add["dept_id"].annotation == "Sequence[str] | str | None"
    callback = inspect.signature(wq_res.BcResource.apply_callback).parameters
    assert callback["registered_time"].annotation == "datetime.datetime | str"
    assert callback["cm_codes"].annotation == "Sequence[str] | str | None"
    query = inspect.signature(wq_res.BcResource.query_campaign).parameters
    assert query["after_create_time"].annotation == "datetime.datetime | str | None"


def test_flat_arguments_give_two_overloads_in_the_code_and_in_the_reference() -> None:
    source = (OUT_DIR / "wechat_union" / "resources.py").read_text(encoding="utf-8")
    flat = "promotion_source_pid: str, promotion_source_name: str, new_promotion_source_name: str"
    model = "previous_promotion_info: PreviousPromotionInfo, promotion_info: PromotionInfo"
    assert source.count("@overload") == 4  # upd, in the plain and the raw resource
    assert f"async def upd(self, *, {flat}) -> ErrcodeResponse: ..." in source
    assert f"async def upd(self, *, {model}) -> RawResponse[ErrcodeResponse]: ..." in source
    api = DOCS_FILE.read_text(encoding="utf-8")
    assert f"async def upd(*, {flat}) -> ErrcodeResponse\nasync def upd(*, {model}) -> ErrcodeResponse\n```" in api
    assert "| `new_promotion_source_name` | `str \\| None` | `promotionInfo.promotionSourceName` | yes, in the flat form |" in api


@pytest.mark.parametrize(
    ("mapping", "message"),
    [
        ({"promotion_source_pid": "previousPromotionInfo.promotionSourcePid"}, r"leave required previousPromotionInfo\.\['promotionSourceName'\]"),
        ({"x": "previousPromotionInfo.nope"}, "has no field nope"),
        ({"x": "nowhere.promotionSourcePid"}, "no field nowhere.promotionSourcePid"),
        ({"promotion_info": "promotionInfo.promotionSourceName"}, "already an argument"),
    ],
    ids=["required field left out", "unknown nested field", "unknown field", "name clash"],
)  # fmt: skip
def test_codegen_refuses_flat_arguments_that_cannot_work(tmp_path: Path, mapping: dict[str, str], message: str) -> None:
    spec_dir = tmp_path / "spec"
    shutil.copytree(SPEC_DIR, spec_dir)
    path = spec_dir / "wechat_union.openapi.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec["paths"]["/union/promoter/promotion/upd"]["post"]["x-flat-arguments"] = mapping
    path.write_text(yaml.safe_dump(spec, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with pytest.raises(AssertionError, match=message):
        build(spec_dir)
