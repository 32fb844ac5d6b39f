"""``python -m promosdk``: the promosdk command line (see promosdk.cli)."""

from __future__ import annotations

from ._cli_entry import main

if __name__ == "__main__":
    main()
