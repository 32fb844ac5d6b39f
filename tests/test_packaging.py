"""What a user installs: core dependencies, extras, the console script, the sdist's contents.

The fast tests read pyproject.toml. The others build the sdist and the wheel once (from a copy of
the work tree with caches planted in it), install the wheel into a fresh venv with no extras, and
look at that venv as a user would. Installing needs the package index; when it cannot be reached
those tests are skipped, saying so.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import tarfile
import tomllib
import zipfile
from collections.abc import Iterable, Sequence
from pathlib import Path

import attrs
import orjson
import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
PROJECT = PYPROJECT["project"]

CORE = {"aiohttp", "attrs", "cattrs", "orjson"}
# What `python -m venv` itself puts into a venv (setuptools only up to Python 3.11).
VENV_SEED = {"pip", "setuptools"}
# Anything a command-line or test extra would bring, which a core install must not have.
NOT_CORE = {"click", "rich", "pygments", "markdown-it-py", "mdurl", "redis", "pytest", "pytest-asyncio"}

# pip steps download from the index: generous bounds, they are not timing assumptions.
INSTALL_TIMEOUT_S = 900
CACHES_PLANTED = (
    ".hypothesis/examples/x",
    ".mypy_cache/3.11/x.json",
    ".ruff_cache/0.6/x",
    ".pytest_cache/v/x",
    ".venv/bin/python",
    ".venv-demo/bin/python",
    "src/promosdk/__pycache__/x.cpython-311.pyc",
    "tests/__pycache__/x.cpython-311.pyc",
    "src/promosdk.egg-info/PKG-INFO",
)
NETWORK_FAILURE = re.compile(
    r"NewConnectionError|ConnectionError|Max retries exceeded|Temporary failure in name resolution"
    r"|Network is unreachable|Name or service not known|ReadTimeoutError|Connection refused"
)


def names(requirements: Iterable[str]) -> set[str]:
    return {canonicalize_name(Requirement(r).name) for r in requirements}


# ---- pyproject.toml -------------------------------------------------------------------------------


def test_core_dependencies_are_exactly_the_four_runtime_packages() -> None:
    assert names(PROJECT["dependencies"]) == CORE


def test_extras_add_what_their_features_need() -> None:
    extras = PROJECT["optional-dependencies"]
    assert names(extras["cli"]) == {"click", "rich"}
    assert names(extras["redis"]) == {"redis"}
    assert names(extras["testing"]) == {"pytest", "pytest-asyncio"}
    # `make test` / `make lint` get every feature's packages through dev.
    dev = [Requirement(r) for r in extras["dev"]]
    via_self = {extra for r in dev if canonicalize_name(r.name) == "promosdk" for extra in r.extras}
    dev_packages = {canonicalize_name(r.name) for r in dev} | {
        canonicalize_name(Requirement(r).name) for extra in via_self for r in extras[extra]
    }
    assert names(extras["cli"]) | names(extras["redis"]) | names(extras["testing"]) <= dev_packages


def test_entry_points_and_metadata() -> None:
    assert PROJECT["scripts"] == {"promosdk": "promosdk._cli_entry:main"}
    assert PROJECT["entry-points"]["pytest11"] == {"promosdk": "promosdk.pytest_plugin"}
    assert PROJECT["description"] and PROJECT["keywords"]
    assert set(PROJECT["urls"]) >= {"Homepage", "Repository", "Documentation", "Issues"}
    # Links must work from the package index too: absolute, never relative to the repository.
    assert all(url.startswith("https://") for url in PROJECT["urls"].values())
    classifiers = set(PROJECT["classifiers"])
    assert {f"Programming Language :: Python :: 3.{minor}" for minor in (11, 12, 13)} <= classifiers
    assert {"Framework :: AsyncIO", "Typing :: Typed", "Operating System :: OS Independent"} <= classifiers
    assert any(c.startswith("License :: ") for c in classifiers)


# ---- built artifacts -------------------------------------------------------------------------------


@attrs.frozen
class Built:
    sdist: Path
    wheel: Path


@attrs.frozen
class CoreVenv:
    root: Path
    site_packages: Path
    installed: frozenset[str]  # `pip list` right after installing the wheel, before anything else
    allowed: frozenset[str]  # the core packages and, recursively, their own requirements
    # The console script run before any later test adds extras to this venv.
    script_runs: tuple[subprocess.CompletedProcess[str], ...]

    def bin(self, name: str) -> Path:
        return self.root / "bin" / name


def child_env() -> dict[str, str]:
    """The environment of a user's shell: nothing pointing into this checkout or its venv."""
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"}}
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def run(
    args: Sequence[str | Path], cwd: Path, timeout: float = INSTALL_TIMEOUT_S
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in args],
        cwd=cwd,
        env=child_env(),
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


def pip_install(venv: Path, *args: str | Path, cwd: Path) -> None:
    result = run([venv / "bin" / "python", "-m", "pip", "install", "--quiet", *args], cwd=cwd)
    if result.returncode != 0:
        output = result.stdout + result.stderr
        if NETWORK_FAILURE.search(output):
            pytest.skip(f"the package index cannot be reached, so nothing can be installed: {output[-500:]}")
        pytest.fail(f"pip install {' '.join(map(str, args))} failed:\n{output[-3000:]}")


def make_venv(path: Path) -> Path:
    """A fresh venv, without the system's (or this checkout's) site-packages."""
    result = run([sys.executable, "-m", "venv", path], cwd=path.parent)
    assert result.returncode == 0, result.stderr
    return path


def site_packages(venv: Path) -> Path:
    (found,) = (venv / "lib").glob("python3.*/site-packages")
    return found


def requirement_closure(roots: set[str], site: Path) -> set[str]:
    """The roots and what they require (no extras), recursively, from the venv's own metadata."""
    dists: dict[str, importlib.metadata.Distribution] = {
        canonicalize_name(d.metadata["Name"]): d for d in importlib.metadata.distributions(path=[str(site)])
    }
    seen: set[str] = set()
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen or name not in dists:
            continue
        seen.add(name)
        for spec in dists[name].requires or []:
            req = Requirement(spec)
            if req.marker is None or req.marker.evaluate({"extra": ""}):
                todo.append(canonicalize_name(req.name))
    return seen


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    """sdist and wheel built by hatchling from a copy of the work tree with caches planted in it."""
    tmp = tmp_path_factory.mktemp("packaging")
    source = tmp / "source"
    shutil.copytree(
        ROOT, source,
        ignore=shutil.ignore_patterns(".git", ".venv*", ".hypothesis", "__pycache__", "*_cache", "build", "dist"),
    )  # fmt: skip
    for planted in CACHES_PLANTED:
        (source / planted).parent.mkdir(parents=True, exist_ok=True)
        (source / planted).write_text("cache\n", encoding="utf-8")
    build_env = make_venv(tmp / "build-env")
    requires = PYPROJECT["build-system"]["requires"]
    pip_install(build_env, *requires, cwd=tmp)
    out = tmp / "dist"
    result = run([build_env / "bin" / "python", "-m", "hatchling", "build", "-d", out], cwd=source)
    assert result.returncode == 0, result.stdout + result.stderr
    (sdist,) = out.glob("promosdk-*.tar.gz")
    (wheel,) = out.glob("promosdk-*.whl")
    return Built(sdist=sdist, wheel=wheel)


@pytest.fixture(scope="module")
def core_venv(built: Built, tmp_path_factory: pytest.TempPathFactory) -> CoreVenv:
    """The wheel installed with its dependencies and no extras, as `pip install promosdk` would."""
    tmp = tmp_path_factory.mktemp("core-venv")
    venv = make_venv(tmp / "venv")
    pip_install(venv, built.wheel, cwd=tmp)
    listed = run([venv / "bin" / "python", "-m", "pip", "list", "--format=json"], cwd=tmp)
    assert listed.returncode == 0, listed.stderr
    installed = {canonicalize_name(row["name"]) for row in orjson.loads(listed.stdout)}
    site = site_packages(venv)
    commands: list[list[str | Path]] = [
        [venv / "bin" / "promosdk", "demo"],
        [venv / "bin" / "python", "-m", "promosdk", "--help"],
    ]
    script_runs = tuple(run(command, cwd=tmp, timeout=120) for command in commands)
    return CoreVenv(
        root=venv,
        site_packages=site,
        installed=frozenset(installed),
        allowed=frozenset(requirement_closure(CORE, site)),
        script_runs=script_runs,
    )


def archive_names(built: Built) -> tuple[list[str], list[str]]:
    with tarfile.open(built.sdist) as sdist:
        # Drop the leading "promosdk-0.1.0/".
        sdist_names = [name.partition("/")[2] for name in sdist.getnames()]
    with zipfile.ZipFile(built.wheel) as wheel:
        wheel_names = wheel.namelist()
    return sdist_names, wheel_names


def test_sdist_and_wheel_carry_no_caches(built: Built) -> None:
    sdist_names, wheel_names = archive_names(built)
    cache = re.compile(r"(^|/)(\.hypothesis|\.\w+_cache|\.venv[^/]*|__pycache__|[^/]+\.egg-info)(/|$)|\.pyc$")
    assert [n for n in sdist_names if cache.search(n)] == []
    assert [n for n in wheel_names if cache.search(n)] == []
    # ...and do carry the source: what builds, tests and regenerates the package.
    expected = {
        "pyproject.toml", "README.md", "LICENSE", "Makefile", "src/promosdk/__init__.py", "src/promosdk/py.typed",
        "spec/wechat_union.openapi.yaml", "codegen/generate.py", "tests/test_packaging.py",
    }  # fmt: skip
    assert expected <= set(sdist_names)
    assert {"promosdk/py.typed", "promosdk/_cli_entry.py", "promosdk/sandbox/server.py"} <= set(wheel_names)
    assert any(n.endswith(".dist-info/licenses/LICENSE") for n in wheel_names), "the wheel carries no LICENSE"


def test_core_install_has_only_the_core_dependencies_and_theirs(core_venv: CoreVenv) -> None:
    assert core_venv.installed >= CORE | {"promosdk"}
    assert core_venv.allowed >= CORE
    assert core_venv.installed - VENV_SEED - {"promosdk"} <= core_venv.allowed
    assert not core_venv.installed & NOT_CORE


def test_core_install_imports_the_library_and_the_sandbox(core_venv: CoreVenv, tmp_path: Path) -> None:
    script = (
        "import asyncio, sys\n"
        "import promosdk\n"
        "from promosdk import WeChatUnionClient, WaiqinClient\n"
        "import promosdk.models, promosdk.sandbox, promosdk.signing\n"
        "from promosdk.testing import sandbox\n"
        "async def main():\n"
        "    async with sandbox(plans=1) as sb:\n"
        "        page = await sb.wechat.promotion.list(start=0, limit=5)\n"
        "        assert page.total == 0\n"
        "asyncio.run(main())\n"
        "extras = sorted(m for m in sys.modules if m.partition('.')[0] in {'click', 'rich', 'redis', 'pytest', '_pytest'})\n"
        "print('imported', promosdk.__file__, extras)\n"
    )
    result = run([core_venv.bin("python"), "-c", script], cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert str(core_venv.site_packages) in result.stdout  # the installed copy, not this checkout
    assert result.stdout.strip().endswith("[]")


def test_console_script_without_the_cli_extra_says_how_to_install_it(core_venv: CoreVenv) -> None:
    assert len(core_venv.script_runs) == 2
    for result in core_venv.script_runs:
        assert result.returncode == 1, result.stdout + result.stderr
        assert "pip install 'promosdk[cli]'" in result.stderr
        assert "Traceback" not in result.stderr


def test_pytest_plugin_in_a_venv_without_pytest_asyncio(core_venv: CoreVenv, tmp_path: Path) -> None:
    """A user with pytest but not the [testing] extra: their tests run, the fixture says what is missing."""
    pip_install(core_venv.root, "pytest", cwd=tmp_path)
    (tmp_path / "test_user.py").write_text(
        "def test_unrelated():\n"
        "    assert 1 + 1 == 2\n"
        "\n"
        "async def test_uses_fixture(promosdk_sandbox):\n"
        "    pass\n",
        encoding="utf-8",
    )
    result = run(
        [core_venv.bin("python"), "-m", "pytest", "-q", "-p", "no:cacheprovider"], cwd=tmp_path, timeout=120
    )
    output = result.stdout + result.stderr
    assert "1 passed, 1 error" in output, output[-3000:]
    assert "needs pytest-asyncio, which is not installed" in output
    assert "pip install 'promosdk[testing]'" in output


def test_cli_extra_gives_a_working_command(core_venv: CoreVenv, built: Built, tmp_path: Path) -> None:
    pip_install(core_venv.root, f"promosdk[cli] @ {built.wheel.as_uri()}", cwd=tmp_path)
    result = run([core_venv.bin("promosdk"), "--help"], cwd=tmp_path, timeout=120)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "batch" in result.stdout and "sandbox" in result.stdout
