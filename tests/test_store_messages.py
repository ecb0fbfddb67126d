"""Messages a user sees when the store or the input goes wrong, and the bookkeeping of runs and
failures across reruns (fast: no subprocesses; the real faults are in test_data_faults.py)."""
from __future__ import annotations

import duckdb
import pytest
from typer.testing import CliRunner

from parley import Store
from parley.cli import app
from parley.errors import IngestError, StoreError
from parley.ingest import article_from_text
from parley.ingest.language import detect_language
from parley.store.db import store_error
from tests.store_samples import example_article

NOT_ENGLISH = {
    "zh": "乌克兰和俄罗斯代表团周一在白俄罗斯边境附近举行会谈，乌克兰总统办公室表示。",
    "ja": "ウクライナとロシアの代表団が月曜日に会談した。",
    "ar": "وقال مكتب الرئيس الأوكراني إن الوفدين التقيا يوم الاثنين",
    "ru": "Делегации встретились в понедельник у границы.",
    "ko": "우크라이나와 러시아 대표단이 월요일 회담했다.",
}


@pytest.mark.parametrize("code,text", NOT_ENGLISH.items())
def test_short_non_latin_text_is_not_english(code, text):
    """Chinese has no spaces, so a paragraph counted as one word and took the short-headline
    shortcut (kept as English whenever py3langid was under 90 % sure): now refused by script."""
    assert detect_language(text) != "en"
    with pytest.raises(IngestError, match="unsupported language"):
        article_from_text(text, "x")


@pytest.mark.parametrize("text", [
    "Zelensky: Mariupol siege",
    "Erdoğan met Çavuşoğlu in Ankara on Monday.",
    "Kyiv (Київ) said on Monday that talks in Istanbul would resume next week.",
])
def test_english_with_accents_or_a_foreign_name_stays_english(text):
    assert detect_language(text) == "en"


def cli(*args: str):
    return CliRunner().invoke(app, list(args))


def one_error_line(output: str) -> str:
    lines = [line for line in output.splitlines() if line.startswith("parley: ")]
    assert len(lines) == 1 and "Traceback" not in output, output
    return lines[0]


def test_a_file_that_is_not_a_duckdb_store_gets_its_own_message(tmp_path):
    db = tmp_path / "notes.duckdb"
    db.write_text("these are my notes, not a database\n", encoding="utf-8")
    for args in (["stats", "--db", str(db)], ["failures", "--db", str(db)]):
        result = cli(*args)
        line = one_error_line(result.output)
        assert result.exit_code == 2 and "[E108]" in line and "not a DuckDB database" in line
        assert "another process" not in line.lower()


def test_damaged_store_header_gets_the_damaged_message(tmp_path):
    db = tmp_path / "s.duckdb"
    Store(db).close()
    data = bytearray(db.read_bytes())
    data[:4096] = b"\0" * 4096
    db.write_bytes(bytes(data))
    line = one_error_line(cli("stats", "--db", str(db)).output)
    assert "[E108]" in line


@pytest.mark.parametrize("message,code", [
    ('IO Error: Cannot open file "/x/s.duckdb": Permission denied', "[E109]"),
    ('IO Error: Cannot open file "/x/s.duckdb": Read-only file system', "[E109]"),
    ('IO Error: Could not write file "/x/s.duckdb.wal": No space left on device', "[E107]"),
    ('IO Error: Could not set lock on file "/x/s.duckdb": Conflicting lock is held', "[E101]"),
    ('IO Error: The file "/x/s.duckdb" exists, but it is not a valid DuckDB database file!',
     "[E108]"),
])
def test_store_errors_are_told_apart(message, code):
    err = store_error(duckdb.IOException(message), "/x/s.duckdb")
    assert isinstance(err, StoreError) and str(err).startswith(code)
    assert ("another process" in str(err).lower()) == (code == "[E101]")


def test_disk_full_message_says_what_to_do():
    err = store_error(OSError(28, "No space left on device"), "news.duckdb")
    assert str(err) == ("[E107] disk full while writing news.duckdb: free space and rerun "
                        "(nothing was half-written)")


def test_failed_commit_reports_its_cause_not_the_rollback(tmp_path, monkeypatch):
    """A COMMIT that fails (disk full) ends the transaction; the ROLLBACK after it used to
    raise "cannot rollback - no transaction is active" and hide the cause."""
    store = Store(tmp_path / "s.duckdb")

    def full(*_args):
        raise duckdb.TransactionException(
            'TransactionContext Error: Failed to commit: Could not write file "s.duckdb.wal": '
            "No space left on device")

    monkeypatch.setattr(Store, "_insert", staticmethod(full))
    with pytest.raises(StoreError, match=r"\[E107\] disk full while writing"):
        store.add(example_article())
    monkeypatch.undo()
    assert store.stats()["articles"] == 0
    store.close()


def test_a_run_left_running_is_marked_interrupted_on_the_next_start(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        store.start_run("m", "l", ["a"])  # killed: never finished
        second = store.start_run("m", "l", ["a"])
        store.finish_run(second, 0, 0, 0)
        assert list(store.runs()["status"]) == ["interrupted", "finished"]


def test_the_same_failure_is_recorded_once_with_the_latest_run(tmp_path):
    with Store(tmp_path / "s.duckdb") as store:
        for _ in range(4):
            run = store.start_run("m", "l", ["a"])
            assert store.add_failure("a.txt", "empty input", run) == (run == 1)
            store.add_failure("b.txt", "binary input, not text", run)
            store.finish_run(run, 0, 0, 2)
        failures = store.failures()
    assert len(failures) == 2 and set(failures["run_id"]) == {4}


def test_rerunning_ingest_does_not_repeat_its_failures(tmp_path, nlp):
    from parley.flow import CorpusStore, ingest

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("Kenya and Somalia agreed on Monday to reopen their border.",
                                  encoding="utf-8")
    for name in ("e1.txt", "e2.txt", "e3.txt", "e4.txt"):
        (folder / name).write_text("  \n", encoding="utf-8")
    with CorpusStore(tmp_path / "s.duckdb") as store:
        reports = [ingest(store, [str(folder)], nlp) for _ in range(4)]
        failures = store.failures()
    assert [r.failures for r in reports] == [4, 4, 4, 4]  # each run still reports what failed
    assert len(failures) == 4 and set(failures["run_id"]) == {reports[-1].run_id}
