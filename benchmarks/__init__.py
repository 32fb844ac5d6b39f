"""promosdk benchmarks: ``python -m benchmarks`` (what ``make bench`` runs).

Client-side costs are measured against a replay server running in a separate process
(:mod:`benchmarks.replay_server`), so that the client is what is measured:

1. throughput of promotion/list and plan_info at several concurrencies — promosdk vs raw
   aiohttp + orjson (the floor) vs httpx + pydantic v2 (the usual alternative), with the client
   CPU time per call (``time.process_time()`` deltas) beside calls/s;
2. decode of plan_info bodies with 10, 100 and 1,000 products — promosdk's converter vs pydantic v2
   vs msgspec vs ``orjson.loads`` alone;
3. token single-flight: 10,000 concurrent calls on a cold client;
4. RSS growth with 10,000 calls in flight;
5. import time.

Results go to ``docs/benchmarks.md`` and ``docs/throughput.png`` (``--output DIR`` elsewhere).
``python -m benchmarks.profile`` profiles promosdk's hot path with pyinstrument.
"""
