"""``python -m promosdk.sandbox --port N``: run the sandbox on loopback until interrupted."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from .config import SandboxConfig
from .env import banner, client_url
from .plans import make_plan_seeds
from .server import SandboxServer, serve


def _print_banner(server: SandboxServer) -> None:
    # stdout keeps the one machine-readable "listening on" line; the banner is for people.
    print(banner(client_url(server.host, server.port), server.config), file=sys.stderr, end="", flush=True)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m promosdk.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8080, help="0 picks a free port (printed)")
    parser.add_argument("--plans", type=int, default=5, help="targeted plans to seed (make_plan_seeds)")
    parser.add_argument("--seed", type=int, default=0, help="seed for plans, ids and faults")
    parser.add_argument("--review-delay", type=float, default=None, help="auto-decide applications after N s")
    parser.add_argument("--unapplied-answer", choices=("999", "202005"), default="999")
    args = parser.parse_args(argv)
    config = SandboxConfig(
        plans=make_plan_seeds(args.plans, rng_seed=args.seed),
        fault_seed=args.seed,
        review_delay=args.review_delay,
        unapplied_answer=args.unapplied_answer,
    )
    serve(args.host, args.port, config, on_ready=_print_banner)


if __name__ == "__main__":
    main()
