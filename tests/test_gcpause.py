"""The import's pause of the cyclic garbage collector nests and restores what it found."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from customs_desk.gcpause import collector_paused


@pytest.fixture
def restore_gc() -> Iterator[None]:
    was = gc.isenabled()
    yield
    if was:
        gc.enable()
    else:
        gc.disable()


@pytest.mark.usefixtures("restore_gc")
def test_pause_restores_an_enabled_collector_even_after_an_error() -> None:
    gc.enable()
    with pytest.raises(RuntimeError), collector_paused():
        assert not gc.isenabled()
        raise RuntimeError("boom")
    assert gc.isenabled()


@pytest.mark.usefixtures("restore_gc")
def test_pause_never_enables_a_collector_paused_by_someone_else() -> None:
    gc.disable()  # as the GUI does while background jobs run
    with collector_paused(), collector_paused():
        assert not gc.isenabled()
    assert not gc.isenabled()
