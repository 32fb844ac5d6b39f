"""The settings of a batch run."""

from __future__ import annotations

import attrs

__all__ = ["DEFAULT_APPLY_REASON", "DEFAULT_REGISTER_URL", "DEFAULT_TYPE_CODE", "BatchOptions"]

DEFAULT_TYPE_CODE = "WXUNION_TARGET"
DEFAULT_APPLY_REASON = "Promoting this plan through our sales channels (promosdk batch)."
DEFAULT_REGISTER_URL = "{url}"


@attrs.define(kw_only=True)
class BatchOptions:
    concurrency: int = attrs.field(default=50, validator=attrs.validators.ge(1))
    poll_deadline: float = attrs.field(default=60.0, validator=attrs.validators.ge(0))
    poll_interval: float = attrs.field(default=2.0, validator=attrs.validators.gt(0))
    #: Customer codes of inputs that name none (empty: no applyCallBack for them).
    customers: tuple[str, ...] = ()
    type_code: str = DEFAULT_TYPE_CODE
    #: register_url of the campaign; ``{url}`` and ``{plan_id}`` are replaced.
    register_url: str = DEFAULT_REGISTER_URL
    apply_reason: str = DEFAULT_APPLY_REASON
    #: max_retries of the batch's calls (set on the clients through with_options); None keeps the
    #: clients' own. The client's retries are the only ones (see "Retries: one layer").
    step_retries: int | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    #: Base of the clients' retry backoff for the batch's calls (seconds); None keeps theirs.
    retry_backoff: float | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.ge(0))
    )
    preflight: bool = True
    #: The share-links step (``--share-links``): the promotion spot (name, or PID) under which
    #: agreed plans' products get share links in their result line; None: no such step.
    share_spot: str | None = None
    #: customizeInfo of those links (``{plan_id}`` is replaced); None: none.
    share_customize_info: str | None = None
    #: Circuit breaker: this many inputs in a row failing transiently (no success in between) stop
    #: the run, as an outage would otherwise burn through every input; a re-run resumes.
    max_consecutive_failures: int = attrs.field(default=50, validator=attrs.validators.ge(1))
