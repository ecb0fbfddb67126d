"""``parley code`` as a user runs it: real subprocesses, real files, real pipeline."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE

GOOD = (
    "Turkish Foreign Minister Mevlut Cavusoglu met his Iranian counterpart in Ankara on Monday. "
    "The two ministers discussed trade and the war in Syria, officials said."
)
FRENCH = (
    "Le ministre russe des Affaires étrangères a déclaré jeudi qu'un cessez-le-feu était peu "
    "probable. Les pourparlers entre la Russie et l'Ukraine, organisés par la Turquie à Antalya, "
    "n'ont abouti à aucun accord selon les deux délégations présentes sur place."
)


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "parley", "code", *args],
        input=stdin, capture_output=True, timeout=300, check=False,
    )


@pytest.fixture(scope="module")
def bad_inputs(tmp_path_factory) -> dict[str, Path]:
    d = tmp_path_factory.mktemp("bad")
    files = {
        "empty": d / "empty.txt",
        "binary": d / "binary.txt",
        "cp1252": d / "cp1252.txt",
        "noarticle": d / "noarticle.html",
        "french": d / "french.txt",
        "large": d / "large.txt",
        "jsonl": d / "mixed.jsonl",
        "good": d / "good.txt",
    }
    files["empty"].write_bytes(b"")
    files["binary"].write_bytes(bytes(range(256)) * 8)
    files["cp1252"].write_bytes(("“" + GOOD + "” said Smith.").encode("cp1252"))
    files["noarticle"].write_text("<html><head><title>x</title></head><body><nav>Home</nav></body></html>")
    files["french"].write_text(FRENCH)
    files["large"].write_text((GOOD + "\n\n") * 20_000)
    files["jsonl"].write_text(
        json.dumps({"id": "ok1", "text": GOOD, "published": "2021-05-03"}) + "\n"
        + "{not json\n"
        + json.dumps({"id": "ok2", "text": GOOD}) + "\n"
    )
    files["good"].write_text(GOOD)
    return files


@pytest.mark.slow
def test_each_bad_input_gets_one_clear_line_and_the_rest_is_coded(bad_inputs):
    order = ["empty", "binary", "cp1252", "noarticle", "french", "large", "jsonl", "good"]
    proc = run(*(str(bad_inputs[k]) for k in order), "--format", "jsonl")
    err = proc.stderr.decode()
    assert "Traceback" not in err
    assert proc.returncode == 0, err
    lines = err.strip().splitlines()
    reasons = {
        "empty": "empty",
        "binary": "binary",
        "noarticle": "no article",
        "french": "unsupported language: fr",
        "large": "too large",
    }
    for key, reason in reasons.items():
        hit = [ln for ln in lines if bad_inputs[key].name in ln]
        assert len(hit) == 1 and reason in hit[0].lower(), (key, lines)
    assert any("mixed.jsonl:2" in ln and "json" in ln.lower() for ln in lines), lines
    assert any("cp1252.txt" in ln and "utf-8" in ln.lower() for ln in lines), lines
    out = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    ids = [o["article"]["id"] for o in out]
    assert ids == ["cp1252", "ok1", "ok2", "good"]  # input order kept
    assert out[1]["article"]["published"] == "2021-05-03"


@pytest.mark.slow
def test_nothing_codable_exits_non_zero_without_traceback(bad_inputs):
    proc = run(str(bad_inputs["empty"]), str(bad_inputs["binary"]))
    err = proc.stderr.decode()
    assert proc.returncode != 0
    assert "Traceback" not in err
    assert "nothing could be coded" in err


@pytest.mark.slow
def test_missing_file_and_stdin(tmp_path):
    proc = run(str(tmp_path / "nope.txt"))
    assert proc.returncode != 0 and "Traceback" not in proc.stderr.decode()
    assert "nope.txt" in proc.stderr.decode()
    proc = run("-", "--published", "2022-03-10", stdin=GOOD.encode())
    assert proc.returncode == 0, proc.stderr.decode()
    coded = json.loads(proc.stdout)
    assert coded["article"]["published"] == "2022-03-10"
    assert coded["article"]["text"].startswith("Turkish Foreign Minister")


@pytest.mark.slow
def test_pretty_summary_and_json_file(tmp_path):
    out = tmp_path / "coded.json"
    proc = run(str(EXAMPLE), "--published", "2022-03-10", "--format", "pretty", "-o", str(out))
    assert proc.returncode == 0, proc.stderr.decode()
    text = proc.stdout.decode()
    assert "Sergey Lavrov" in text and "Removed boilerplate" in text
    coded = json.loads(out.read_text())
    assert coded["article"]["id"] == "lavrov-antalya"
    assert not any("Also read" in coded["article"]["text"] for _ in [0])


@pytest.mark.slow
def test_bad_published_date_is_refused():
    proc = run(str(EXAMPLE), "--published", "10/03/2022")
    assert proc.returncode == 2 and "YYYY-MM-DD" in proc.stderr.decode()
