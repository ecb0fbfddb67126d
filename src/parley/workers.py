"""Worker processes that die with their parent.

``parley ingest --workers N`` and ``parley batch --engine local`` fork workers that inherit the
loaded pipeline and, for batch, the output folder's lock. If the parent is killed (``kill -9``,
the OOM killer), orphaned workers would keep running, keep their memory and keep the lock, so
every rerun would find the folder "in use". A forked worker therefore asks Linux to kill it when
its parent dies (``PR_SET_PDEATHSIG``), and exits at once if the parent is already gone.
"""
from __future__ import annotations

import ctypes
import ctypes.util
import os
import signal
import sys

PR_SET_PDEATHSIG = 1  # linux/prctl.h


def die_with_parent(parent_pid: int) -> None:
    """Call first thing in a forked worker (a pool ``initializer``); ``parent_pid`` is the pid
    of the process that started the pool. No-op where prctl is not available (not Linux)."""
    if not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(ctypes.util.find_library("c") or None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != parent_pid:  # the parent died before the request took effect
        os._exit(1)
