"""Logging: a rotating file in the log folder, stderr when there is one, and a RAM ring buffer.

Never log personal data from declarations (names, addresses); log ids and counts instead.
"""

from __future__ import annotations

import collections
import logging
import logging.handlers
import sys
from pathlib import Path

LOG_FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"


class RingBufferHandler(logging.Handler):
    """Keeps the last ``capacity`` formatted records for crash reports and the log viewer."""

    def __init__(self, capacity: int = 500) -> None:
        super().__init__()
        self.records: collections.deque[str] = collections.deque(maxlen=capacity)
        self.setFormatter(logging.Formatter(LOG_FORMAT))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            self.records.append(self.format(record))
        except Exception:  # pragma: no cover - logging must never raise
            self.handleError(record)

    def text(self) -> str:
        return "\n".join(self.records)


def configure_logging(
    log_file: Path | None, *, verbose: bool = False, console: bool = True
) -> RingBufferHandler:
    """Configure the ``customs_desk`` logger tree; returns the ring buffer handler."""
    logger = logging.getLogger("customs_desk")
    logger.setLevel(logging.DEBUG if verbose else logging.INFO)
    for handler in list(logger.handlers):
        logger.removeHandler(handler)
        handler.close()
    logger.propagate = False
    ring = RingBufferHandler()
    logger.addHandler(ring)
    if log_file is not None:
        try:
            log_file.parent.mkdir(parents=True, exist_ok=True)
            file_handler = logging.handlers.RotatingFileHandler(
                log_file, maxBytes=2_000_000, backupCount=5, encoding="utf-8"
            )
        except OSError as exc:
            ring.records.append(f"cannot open log file {log_file}: {exc}")
        else:
            file_handler.setFormatter(logging.Formatter(LOG_FORMAT))
            logger.addHandler(file_handler)
    # PyInstaller windowed builds have sys.stderr set to None.
    if console and sys.stderr is not None:
        stream = logging.StreamHandler(sys.stderr)
        stream.setLevel(logging.DEBUG if verbose else logging.WARNING)
        stream.setFormatter(logging.Formatter("%(levelname)s: %(message)s"))
        logger.addHandler(stream)
    return ring
