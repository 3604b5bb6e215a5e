"""Keep secrets out of core dumps: no core files, and on Linux a process others cannot dump."""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys

log = logging.getLogger(__name__)

PR_SET_DUMPABLE = 4  # linux/prctl.h
PR_GET_DUMPABLE = 3


def disable_core_dumps() -> None:
    """Set the core file size limit to 0 and, on Linux, mark the process not dumpable.

    A crash would otherwise write the process memory (access and refresh tokens, the client
    secret) to a core file; not dumpable also keeps other processes of the same user from
    attaching to it. Each step is best effort: a system without it simply keeps its default."""
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (ImportError, OSError, ValueError) as exc:  # Windows has no resource module
        log.debug("core file limit left as is: %s", exc)
    if sys.platform.startswith("linux"):
        _prctl_no_dump()


def _prctl_no_dump() -> None:
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        if libc.prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) != 0:
            log.debug("prctl(PR_SET_DUMPABLE) failed: errno %d", ctypes.get_errno())
    except (OSError, AttributeError) as exc:
        log.debug("prctl unavailable: %s", exc)


def is_dumpable() -> bool | None:
    """Return whether Linux would dump this process (None where prctl is unavailable)."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
        return bool(libc.prctl(PR_GET_DUMPABLE, 0, 0, 0, 0))
    except (OSError, AttributeError):
        return None
