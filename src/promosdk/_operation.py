"""The static description of one API operation, filled in by the generated code."""

from __future__ import annotations

from typing import Any, Literal

from attrs import frozen

__all__ = ["FieldRule", "ModelRules", "OperationSpec"]

Family = Literal["wechat", "waiqin"]
Auth = Literal["access_token", "waiqin_signature", "none"]


@frozen
class OperationSpec:
    """One operation of a spec: where it lives, what it takes and returns, how it may be retried."""

    name: str
    family: Family
    group: str
    method: Literal["GET", "POST"]
    path: str
    auth: Auth
    write: bool
    idempotent: bool
    request_model: type[Any]
    response_model: type[Any]
    in_query: bool
    result_field: str | None = None
    error_codes: tuple[int, ...] = ()
    summary: str = ""

    @property
    def id(self) -> str:
        """The stable operation id, ``group.name`` (``target.plan_info``), used everywhere."""
        return f"{self.group}.{self.name}"

    @property
    def cli_name(self) -> str:
        """The CLI command of the operation under its group's command (``plan-info``)."""
        return self.name.replace("_", "-")

    @property
    def safe_to_retry(self) -> bool:
        """Reads and idempotent writes may be retried after an ambiguous failure."""
        return not self.write or self.idempotent


@frozen
class FieldRule:
    """Constraints of one field, transcribed from the spec's schema."""

    wire: str
    required: bool = False
    min_length: int | None = None
    max_length: int | None = None
    minimum: int | None = None
    maximum: int | None = None
    enum: tuple[Any, ...] | None = None
    format: str | None = None
    kind: Literal["str", "int", "bool", "model", "list", "enum", "any"] = "any"


@frozen
class ModelRules:
    """Constraints of one request model: its fields and cross-field rules."""

    fields: tuple[FieldRule, ...]
    rules: tuple[tuple[str, tuple[str, ...]], ...] = ()
