"""The ``promosdk`` console script and ``python -m promosdk``.

The command line needs the ``[cli]`` extra (click, rich); a core-only install still gets the
script, so it must say how to install the rest instead of dying with a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

CLI_PACKAGES = frozenset({"click", "rich"})
INSTALL_HINT = (
    "promosdk: the command line needs the [cli] extra (click and rich), which is not installed.\n"
    "Install it with:  pip install 'promosdk[cli]'\n"
)


def main(argv: Sequence[str] | None = None) -> None:
    try:
        from .cli import main as cli_main
    except ImportError as exc:
        # Only a missing CLI package means "install the extra"; any other ImportError is a real bug.
        missing = (exc.name or "").partition(".")[0]
        if missing not in CLI_PACKAGES:
            raise
        sys.stderr.write(INSTALL_HINT)
        raise SystemExit(1) from None
    cli_main(argv)
