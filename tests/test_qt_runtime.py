"""Guards against a PySide6 runtime bug that would crash long sessions (docs/decisions.md)."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QCoreApplication, QTimer

pytestmark = pytest.mark.gui


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12")
def test_slot_calls_do_not_leak_none_references(qapp: QCoreApplication) -> None:
    calls = []

    def slot() -> None:
        calls.append(1)

    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(slot)
    before = sys.getrefcount(None)
    for _ in range(500):
        timer.start(0)
        qapp.processEvents()
    assert len(calls) == 500
    assert sys.getrefcount(None) - before > -100, "PySide6 drops references to None per slot call"
