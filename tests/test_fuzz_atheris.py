"""The bounded CI run of the coverage-guided fuzzers (fuzz/fuzz_readers.py, atheris): each
reader format for a fixed number of inputs from a fixed seed, starting from the seed corpus in
fuzz/corpus/<format>/. A crash (an exception out of a reader, an input with no result, a
reason that is not one printable line) fails the test and names the saved input.

The longer run and its figures are in docs/ingest.md ("Fuzzing the readers").
"""
from __future__ import annotations

import os
import re
import subprocess
import sys

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow

HARNESS = ROOT / "fuzz" / "fuzz_readers.py"
RUNS = 400
SEED = 20261204


@pytest.mark.parametrize("fmt", ["html", "jsonl", "csv", "warc", "feed"])
def test_reader_survives_coverage_guided_fuzzing(tmp_path, fmt):
    new, crashes = tmp_path / "new", tmp_path / "crashes"
    new.mkdir()
    crashes.mkdir()
    env = {**os.environ, "PARLEY_FUZZ_TMP": str(tmp_path), "PYTHONPATH": os.pathsep.join(
        p for p in (str(ROOT / "src"), os.environ.get("PYTHONPATH", "")) if p)}
    # the new inputs go to a temporary folder (libFuzzer adds to the first corpus folder)
    done = subprocess.run(
        [sys.executable, str(HARNESS), fmt, f"-runs={RUNS}", f"-seed={SEED}", "-max_len=8192",
         "-timeout=30", "-max_total_time=30", f"-artifact_prefix={crashes}/",
         str(new), str(ROOT / "fuzz" / "corpus" / fmt)],
        capture_output=True, text=True, timeout=180, env=env, check=False)
    log = done.stderr
    final = [line for line in log.splitlines() if re.match(r"#\d+\s+DONE", line)]
    print(f"\n{fmt}: {final[-1] if final else log[-300:]}")
    assert done.returncode == 0 and not list(crashes.iterdir()), (
        f"{fmt} reader crashed on {[p.name for p in crashes.iterdir()]}:\n{log[-3000:]}")
    assert final, log[-2000:]
