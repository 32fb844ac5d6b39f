"""The client base of each spec: its groups as attributes, bound to their resources, and the raw view.

``GeneratedClient`` (a BaseClient) declares one attribute per ``x-group`` with a public operation
and binds it to the group's resource class (a new group needs no edit of the hand-written client);
``WithRawResponse`` holds the same groups' raw resources, generated from the same method
definitions (codegen/signatures.py), so ``client.with_raw_response.<group>.<method>(...)`` takes
the same arguments and is typed ``RawResponse[<result>]``. A hand-written client adds methods to a
group by subclassing its resource and naming the subclass in ``_<group>_resource``.
"""

from __future__ import annotations

from .pysource import docstring
from .spec import SPEC, pascal, public_groups

__all__ = ["render_client"]


def render_client(spec: SPEC, header: str) -> str:
    groups = list(public_groups(spec))
    family = spec["x-protocol"]
    plain = {g: pascal(g) + "Resource" for g in groups}
    raw = {g: pascal(g) + "ResourceWithRawResponse" for g in groups}
    out = [
        header.rstrip(),
        docstring(f"The client base of {spec['info']['title']}: its groups and the raw-response view."),
        "",
        "from __future__ import annotations",
        "",
        "from collections.abc import Mapping",
        "from typing import ClassVar",
        "",
        "from promosdk._base_client import BaseClient",
        "from promosdk._operation import OperationSpec",
        "from promosdk._reconcile import Reconciler, reconcilers",
        "",
        "from .operations import OPERATIONS",
        "from .resources import (",
        *[f"    {name}," for name in sorted([*plain.values(), *raw.values()])],
        ")",
        "",
        '__all__ = ["GROUPS", "GeneratedClient", "WithRawResponse"]',
        "",
        "#: The client attributes (x-group) with public operations, in spec order.",
        f"GROUPS: tuple[str, ...] = {tuple(groups)!r}",
        "",
        "",
        "class WithRawResponse:",
        "    " + docstring("``client.with_raw_response.<group>.<method>(...)``: the same methods, each returning a RawResponse."),
        "",
        *[f"    {g}: {raw[g]}" for g in groups],
        "",
        "    def __init__(self, client: BaseClient) -> None:",
        *([f"        self.{g} = {raw[g]}(client)" for g in groups] or ["        pass"]),
        "",
        "",
        "class GeneratedClient(BaseClient):",
        "    " + docstring(f"The groups of the API as attributes ({', '.join(groups)}), bound to their resources."),
        "",
        f"    _family = {family!r}",
        "    _operations: ClassVar[Mapping[str, OperationSpec]] = OPERATIONS",
        "    #: Ambiguous writes are settled by their x-reconcile strategies (promosdk._reconcile).",
        "    _reconcilers: ClassVar[Mapping[str, Reconciler]] = reconcilers(OPERATIONS.values())",
        *[f"    {g}: {plain[g]}" for g in groups],
        "    # The class each group is bound to: a subclass may name its own subclass, with extra methods.",
        *[f"    _{g}_resource: ClassVar[type[{plain[g]}]] = {plain[g]}" for g in groups],
        "",
        "    def _bind_resources(self) -> None:",
        *([f"        self.{g} = self._{g}_resource(self)" for g in groups] or ["        pass"]),
        "",
        "    @property",
        "    def with_raw_response(self) -> WithRawResponse:",
        "        " + docstring("The same groups and methods, each method returning a RawResponse[...] (status, headers, body)."),
        "        return WithRawResponse(self)",
    ]
    return "\n".join(out) + "\n"
