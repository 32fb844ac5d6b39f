"""promotion/del: deleting a spot of the ``promotion`` group (``wechat/spots.py``), with tombstones.

Kept beside :class:`~promosdk.sandbox.wechat.spots.SpotState` rather than in it: it edits that
state's records (list order, by_name, by_pid) and remembers every deleted PID, so share material
and links of a deleted spot are refused even when a new spot takes its name.
"""

from __future__ import annotations

import attrs

from ..errors import WeChatError
from .spots import Spot, SpotState
from .targets import MSG_INVALID_ARGS

__all__ = ["MSG_SPOT_NOT_FOUND", "DeletedSpot", "SpotDeletions"]

MSG_SPOT_NOT_FOUND = "promotionSourcePid and promotionSourceName do not match a spot"


@attrs.frozen
class DeletedSpot:
    appid: str
    pid: str
    name: str
    deleted_at: float


class SpotDeletions:
    def __init__(self, spots: SpotState) -> None:
        self._spots = spots
        self.deleted: dict[str, DeletedSpot] = {}
        """PID -> its tombstone."""

    def delete(self, appid: str, pid: object, name: object, now: float) -> DeletedSpot:
        """Remove the spot when PID and current name match; else (or a second time) 40097."""
        if not isinstance(pid, str) or not pid or not isinstance(name, str) or not name:
            raise WeChatError(40097, MSG_INVALID_ARGS)
        promoter = self._spots.promoters.get(appid)
        spot = promoter.by_pid.get(pid) if promoter else None
        if promoter is None or spot is None or spot.name != name:
            raise WeChatError(40097, MSG_SPOT_NOT_FOUND)
        promoter.spots.remove(spot)
        del promoter.by_pid[pid]
        del promoter.by_name[spot.name]
        tomb = DeletedSpot(appid=appid, pid=pid, name=spot.name, deleted_at=now)
        self.deleted[pid] = tomb
        self._spots._ctx.effect("promotion_delete", pid)  # a write applied once (counters)
        return tomb

    def live_spot(self, appid: str, pid: object) -> Spot | None:
        """The app's spot with this PID, if it exists and was not deleted."""
        if not isinstance(pid, str) or pid in self.deleted:
            return None
        promoter = self._spots.promoters.get(appid)
        return promoter.by_pid.get(pid) if promoter else None

    def owner_of(self, pid: str) -> tuple[str, Spot] | None:
        """(appid, spot) of a live PID, whichever app holds it."""
        if pid in self.deleted:
            return None
        for appid, promoter in self._spots.promoters.items():
            spot = promoter.by_pid.get(pid)
            if spot is not None:
                return appid, spot
        return None
