"""The batch's input files: plan links (JSONL or CSV) and promotion spots (one name a line)."""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import attrs
import orjson

from .errors import MAX_REPORTED_PROBLEMS, BatchInputError

__all__ = [
    "RENAME_SEPARATOR",
    "SPOT_NAME_MAX",
    "PlanInput",
    "SpotSpec",
    "parse_customers",
    "read_inputs",
    "read_spots",
]

SPOT_NAME_MAX = 20
RENAME_SEPARATOR = "=>"


@attrs.frozen
class PlanInput:
    """One input: a plan invitation link and, optionally, its own customer codes."""

    url: str
    customers: tuple[str, ...] | None = None


@attrs.frozen
class SpotSpec:
    """A promotion spot to ensure; ``rename_from`` renames that spot to ``name`` when it exists."""

    name: str
    rename_from: str | None = None


def parse_customers(value: object) -> tuple[str, ...]:
    """``"C1, C2"`` or ``["C1", "C2"]`` -> ``("C1", "C2")`` (blank entries dropped)."""
    if value is None:
        return ()
    if isinstance(value, str):
        parts = value.split(",")
    elif isinstance(value, list) and all(isinstance(v, str) for v in value):
        parts = value
    else:
        raise ValueError("customers must be a string 'C1,C2' or a list of strings")
    out: list[str] = []
    for part in parts:
        code = part.strip()
        if code and code not in out:
            if "," in code:
                raise ValueError(f"customer code {code!r} contains a comma")
            out.append(code)
    return tuple(out)


def _input_format(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return "csv"
    if suffix in (".jsonl", ".ndjson", ".json"):
        return "jsonl"
    return "jsonl" if text.lstrip().startswith("{") else "csv"


class _Problems:
    """The bad lines of one file: the first few described, all counted; raised at the end."""

    def __init__(self, file: Path) -> None:
        self.file = file
        self.first: list[str] = []
        self.count = 0

    def add(self, problem: str) -> None:
        self.count += 1
        if len(self.first) < MAX_REPORTED_PROBLEMS:
            self.first.append(problem)

    def raise_any(self) -> None:
        if self.count:
            raise BatchInputError.for_bad_lines(self.file, self.first, self.count)


def _read_text(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise BatchInputError(f"{file}: cannot read: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        bad_line = file.read_bytes()[: exc.start].count(b"\n") + 1
        raise BatchInputError(f"{file}:{bad_line}: not UTF-8 text (byte {exc.start})") from None


def read_inputs(path: str | os.PathLike[str]) -> list[PlanInput]:
    """Read plan inputs from JSONL (``{"url": ..., "customers": "C1,C2"}``) or CSV (url[,customers]).

    The format follows the suffix (.csv, .jsonl/.ndjson/.json), else the first character. A file
    with bad lines raises BatchInputError after reading all of it, naming each bad line (the first
    20; see BatchInputError.problems). Duplicates are kept (the run processes each URL once).
    """
    file = Path(path)
    text = _read_text(file)
    out: list[PlanInput] = []
    problems = _Problems(file)

    def take(data: object, where: str) -> None:
        try:
            out.append(_input_from(data, where))
        except BatchInputError as exc:
            problems.add(exc.message)

    if _input_format(file, text) == "jsonl":
        for lineno, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                data = orjson.loads(line)
            except orjson.JSONDecodeError:
                problems.add(f"{file}:{lineno}: not a JSON object")
                continue
            take(data, f"{file}:{lineno}")
        problems.raise_any()
        return out
    reader = csv.DictReader(io.StringIO(text))
    fields = [f.strip().lower() for f in reader.fieldnames or []]
    if "url" not in fields:
        raise BatchInputError(f"{file}: a CSV input needs a header row with a 'url' column")
    reader.fieldnames = fields
    for row in reader:
        if None in row:  # more fields than the header: an unquoted "C1,C2" would lose C2
            problems.add(
                f'{file}:{reader.line_num}: more fields than the header has (quote a customers list: "C1,C2")'
            )
            continue
        if not any((v or "").strip() for v in row.values() if isinstance(v, str)):
            continue
        take(row, f"{file}:{reader.line_num}")
    problems.raise_any()
    return out


def _input_from(data: object, where: str) -> PlanInput:
    if not isinstance(data, dict):
        raise BatchInputError(f"{where}: not a JSON object")
    url = data.get("url")
    if not isinstance(url, str) or not url.strip():
        raise BatchInputError(f"{where}: 'url' must be a non-empty string")
    raw = data.get("customers")
    try:
        customers = parse_customers(raw)
    except ValueError as exc:
        raise BatchInputError(f"{where}: {exc}") from None
    # Absent (or an empty CSV cell): the --customers default applies. An explicit empty list []:
    # no registration for this input.
    absent = raw is None or (isinstance(raw, str) and not raw.strip())
    return PlanInput(url=url.strip(), customers=None if absent else customers)


def read_spots(path: str | os.PathLike[str]) -> list[SpotSpec]:
    """One spot name per line (``old name => new name`` renames); blank lines and ``#`` comments skipped.

    A file with bad lines raises BatchInputError after reading all of it, naming each (the first 20).
    """
    file = Path(path)
    lines = _read_text(file).splitlines()
    problems = _Problems(file)
    specs: list[SpotSpec] = []
    targets: dict[str, SpotSpec] = {}
    sources: set[str] = set()  # the names renamed away
    for lineno, raw in enumerate(lines, 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        old: str | None = None
        name = line
        if RENAME_SEPARATOR in line:
            left, _, right = line.partition(RENAME_SEPARATOR)
            old, name = left.strip(), right.strip()
        bad_labels = [
            label for label in (old, name) if label is not None and not 1 <= len(label) <= SPOT_NAME_MAX
        ]
        if bad_labels:
            problems.add(f"{file}:{lineno}: spot names have 1-{SPOT_NAME_MAX} characters: {bad_labels[0]!r}")
            continue
        spec = SpotSpec(name=name, rename_from=old if old != name else None)
        if spec.rename_from is not None and (spec.rename_from in sources or spec.rename_from in targets):
            problems.add(f"{file}:{lineno}: spot {spec.rename_from!r} is renamed twice or is also a target")
            continue
        if name in sources:
            problems.add(f"{file}:{lineno}: spot {name!r} is both renamed away and wanted")
            continue
        previous = targets.get(name)
        if previous is not None:
            if previous != spec:
                problems.add(f"{file}:{lineno}: spot {name!r} is listed twice differently")
            continue
        targets[name] = spec
        specs.append(spec)
        if spec.rename_from is not None:
            sources.add(spec.rename_from)
    problems.raise_any()
    return specs
