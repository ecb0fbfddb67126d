"""No evaluation text in the project: ../shared/tools/eval_overlap.py finds no line of src/ or
tests/ sharing six or more consecutive words with an eval text (lines marked
"eval-overlap: ok — REASON" are listed as allowed and not counted)."""
from __future__ import annotations

import contextlib
import io
import os
import re
import runpy
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
TOOL = SHARED / "tools" / "eval_overlap.py"
SUMMARY = re.compile(r"^(\d+) line\(s\) share \d+\+ words with an eval text", re.M)


@pytest.mark.skipif(not SHARED.is_dir(), reason=f"{SHARED} is absent: no eval texts to compare against")
def test_no_eval_text_in_src_or_tests():
    assert TOOL.is_file(), f"{SHARED} exists but {TOOL} does not"
    tool = runpy.run_path(str(TOOL))  # in-process: the fast suite starts no subprocess
    out = io.StringIO()
    cwd = Path.cwd()
    try:
        os.chdir(ROOT)
        with contextlib.redirect_stdout(out):
            returncode = tool["main"](["src", "tests"])
    finally:
        os.chdir(cwd)
    stdout = out.getvalue()
    summary = SUMMARY.search(stdout)
    assert summary, f"no summary line from {TOOL.name}:\n{stdout}"
    hits = [line for line in stdout.splitlines()
            if line and not SUMMARY.match(line) and ": allowed: " not in line]
    assert int(summary.group(1)) == 0 and returncode == 0, (
        "lines sharing words with an eval text (replace them with invented text, or mark a generic "
        "line 'eval-overlap: ok — REASON'):\n" + "\n".join(hits))
