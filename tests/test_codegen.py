"""The generated package against the specs: every operation, every error code, drift detection."""

from __future__ import annotations

import inspect
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

import promosdk
from codegen.generate import FAMILIES, OUT_DIR, SPEC_DIR, check, generate, pascal
from promosdk._generated import errors as generated_errors
from promosdk._generated.waiqin_bc import operations as wq_ops
from promosdk._generated.waiqin_bc import resources as wq_res
from promosdk._generated.wechat_union import operations as wx_ops
from promosdk._generated.wechat_union import resources as wx_res

ROOT = Path(__file__).resolve().parent.parent
SPECS = {family: yaml.safe_load((SPEC_DIR / name).read_text(encoding="utf-8")) for family, name in FAMILIES}
MODULES: dict[str, tuple[Any, Any]] = {"wechat_union": (wx_ops, wx_res), "waiqin_bc": (wq_ops, wq_res)}


def spec_operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    found = []
    for family, spec in SPECS.items():
        for path, item in spec["paths"].items():
            for method, op in item.items():
                found.append((family, path, method, op))
    return found


@pytest.mark.parametrize(
    ("family", "path", "method", "op"), spec_operations(), ids=[o[3]["operationId"] for o in spec_operations()]
)
def test_every_operation_has_a_typed_generated_method(family: str, path: str, method: str, op: dict[str, Any]) -> None:
    ops, resources = MODULES[family]
    spec = ops.OPERATIONS[op["operationId"]]
    assert spec.method == method.upper()
    assert path.startswith(spec.path)
    assert spec.write == bool(op.get("x-write"))
    if op.get("x-internal"):
        return
    for suffix in ("Resource", "ResourceWithRawResponse"):
        resource_cls = getattr(resources, pascal(op["x-group"]) + suffix)
        method_obj = getattr(resource_cls, op["operationId"])
        assert inspect.iscoroutinefunction(method_obj)
        signature = inspect.signature(method_obj)
        assert signature.return_annotation != inspect.Signature.empty
        assert all(
            p.kind is inspect.Parameter.KEYWORD_ONLY for name, p in signature.parameters.items() if name != "self"
        )


def test_every_error_code_has_a_generated_class_importable_from_promosdk() -> None:
    for family, spec in SPECS.items():
        protocol = spec["x-protocol"]
        for entry in spec["x-error-codes"]:
            cls = generated_errors.ERROR_CLASSES[protocol][entry["code"]]
            assert cls.__name__ == entry["name"]
            assert cls.default_code == entry["code"]
            assert issubclass(cls, promosdk.APIError)
            assert getattr(promosdk, entry["name"]) is cls, f"{entry['name']} not exported ({family})"
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
    result = subprocess.run(
        [sys.executable, "-m", "codegen", "--spec-dir", str(spec_dir), "--out", str(out)],
        cwd=ROOT, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
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
