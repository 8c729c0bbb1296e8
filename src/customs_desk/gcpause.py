"""Pausing Python's cyclic garbage collector around bulk work.

An import turns every record line into dicts, rows and results: hundreds of thousands of
short-lived objects, none of them in reference cycles, so reference counting frees them all. The
cyclic collector, triggered by the allocations, would still walk every live object of the process
again and again: measured, a third of a 100,000-record import (bench/bench_exchange.py).

The GUI already pauses collection while background jobs run (``ui/operations.py``); this pause
nests inside that one and never re-enables a collector someone else disabled.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
