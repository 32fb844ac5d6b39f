"""The aiohttp application: one route per operation of the tables, and the admin API."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from aiohttp import web

from .._operation import OperationSpec
from .admin_api import add_admin_routes
from .config import SandboxConfig
from .http import STATE_KEY, VendorWire, html_response, operation_route
from .operations import DEFAULT_OPERATIONS
from .registry import VENDORS, build_routes
from .state import SandboxState

__all__ = ["STATE_KEY", "create_app"]


async def _api_not_found(request: web.Request) -> web.StreamResponse:
    # waiqin's gateway answers an HTML page (not JSON) for any unknown path or method under /api/.
    return html_response(404)


def create_app(
    config: SandboxConfig | None = None,
    *,
    operations: Iterable[OperationSpec] = DEFAULT_OPERATIONS,
    vendors: Mapping[str, VendorWire] = VENDORS,
) -> web.Application:
    """The sandbox as an aiohttp application; its state is ``app[STATE_KEY]``.

    Routes come from ``operations`` (both generated tables by default); an operation whose vendor
    has no handler for its id raises :class:`~promosdk.sandbox.registry.MissingHandlerError`.
    """
    ops = tuple(operations)
    routes = build_routes(ops, vendors)
    app = web.Application()
    app[STATE_KEY] = SandboxState(config if config is not None else SandboxConfig(), operations=ops)
    router = app.router
    for route in routes:
        router.add_route(
            route.method,
            route.path,
            operation_route(route.op_id, route.handler, route.vendor.refuse),
            name=route.op_id,
        )
    router.add_route("*", "/api/{tail:.*}", _api_not_found)
    add_admin_routes(router)
    return app
