"""Every request and response model of both APIs (generated from spec/; plain attrs classes)."""

from ._generated.waiqin_bc.models import *  # noqa: F403
from ._generated.waiqin_bc.models import __all__ as _waiqin_all
from ._generated.wechat_union.models import *  # noqa: F403
from ._generated.wechat_union.models import __all__ as _wechat_all

__all__ = sorted({*_wechat_all, *_waiqin_all})
