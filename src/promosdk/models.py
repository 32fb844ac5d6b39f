"""Every request and response model of both APIs (generated from spec/; plain attrs classes).

This is the models' public home: ``type(m).__module__`` is ``promosdk.models`` for every one of them
(reprs, tracebacks and pickles use this path), although the code lives in ``promosdk._generated``.
Static checkers name the defining module: mypy's ``reveal_type`` shows
``promosdk._generated.wechat_union.models.PlanInfoResponse``, the same class.

To turn a model into wire JSON or a dict, see :func:`promosdk.to_dict` and :func:`promosdk.to_json`.
"""

from typing import Any  # noqa: F401  # the models' string annotations are resolved in this namespace

from ._generated.waiqin_bc.models import *  # noqa: F403
from ._generated.waiqin_bc.models import __all__ as _waiqin_all
from ._generated.wechat_union.models import *  # noqa: F403
from ._generated.wechat_union.models import __all__ as _wechat_all

__all__ = sorted({*_wechat_all, *_waiqin_all})
