"""Time source. Everything stores UTC; services take a clock so tests can fix the time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta


def utcnow() -> datetime:
    """Return the current time as an aware UTC datetime."""
    return datetime.now(UTC)


@dataclass
class Clock:
    """A callable-backed clock; ``Clock()`` is the system clock."""

    source: Callable[[], datetime] = field(default=utcnow)

    def now(self) -> datetime:
        value = self.source()
        if value.tzinfo is None:
            raise ValueError("clock returned a naive datetime")
        return value.astimezone(UTC)


@dataclass
class FrozenClock(Clock):
    """A clock for tests: starts at ``start`` and moves only when told."""

    start: datetime = field(default_factory=utcnow)

    def __post_init__(self) -> None:
        self._now = self.start.astimezone(UTC)
        self.source = lambda: self._now

    def advance(self, **kwargs: float) -> None:
        self._now = self._now + timedelta(**kwargs)
