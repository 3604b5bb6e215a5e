"""The import's garbage-collector threshold is raised while any import runs, then restored."""

from __future__ import annotations

import gc
import threading

from desktop.sync.gc_pace import IMPORT_THRESHOLD, fewer_collections


def test_the_threshold_is_raised_while_used_and_restored_after_nested_and_threaded_use() -> None:
    before = gc.get_threshold()
    inside = threading.Event()
    release = threading.Event()

    def other_import() -> None:
        with fewer_collections():
            inside.set()
            release.wait(5)

    with fewer_collections():
        assert gc.get_threshold()[0] == max(before[0], IMPORT_THRESHOLD)
        worker = threading.Thread(target=other_import)
        worker.start()
        assert inside.wait(5)
        with fewer_collections():
            assert gc.get_threshold()[0] == max(before[0], IMPORT_THRESHOLD)
    assert gc.get_threshold()[0] == max(before[0], IMPORT_THRESHOLD), "the other import still runs"
    release.set()
    worker.join(5)
    assert gc.get_threshold() == before


def test_an_error_inside_restores_the_threshold() -> None:
    before = gc.get_threshold()
    try:
        with fewer_collections():
            raise RuntimeError("the import failed")
    except RuntimeError:
        pass
    assert gc.get_threshold() == before
