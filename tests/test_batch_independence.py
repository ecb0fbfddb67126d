"""An article codes the same alone and in any batch, in any order (docs/audit/dev-batchdep.md).

`parley code` codes one article per ``nlp()`` call; `parley ingest`, `parley batch` and `parley
eval` send articles through ``nlp.pipe`` in batches; the web app codes one at a time in a
long-lived process. Re-runs must be idempotent and shard boundaries must not change the data,
so nothing an article is coded with may come from another article of the run: no component
state carried between Docs, no cache whose value depends on what was coded before, and no
batch-size effect in the parser. The articles are invented and touch the stages that keep
per-article state (the article's dominant country, a dateline's home division, event
coreference across sentences, quotes with a later speaker, dates against publication).
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from parley.ingest import article_from_text
from parley.pipeline import code_shell, code_shells

ARTICLES = [
    ("us-budget", "2016-09-20",
     "Senate Republicans stalled a farm bill on Tuesday after Democrats in Washington refused to "
     "drop a clause on crop insurance.\n\n"
     "Senator Ellery Vance of Texas said the vote showed that Congress could not agree on basic "
     "priorities. Federal offices in Ohio and Michigan would run short of money by the end of the "
     "month, officials said.\n\n"
     "Austin Meyer teaches history at Larkfield College and sits on the board of the Copper "
     "Lantern Company.\n\n"
     "President Obama urged lawmakers to return to the negotiations."),
    ("war-night", "2023-03-12",
     "ZAPORIZHZHIA, Ukraine — Russian forces shelled two villages overnight, killing three "
     "civilians, the regional governor said on Sunday.\n\n"
     "“They hit a school and a bakery,” said Oksana Ilchenko, a local council member. Ukraine's "
     "foreign minister called on allies to send more air defence systems.\n\n"
     "Moscow denied targeting civilians and accused Kyiv of staging the strike."),
    ("caucasus-talks", "2022-11-03",
     "Armenian and Azerbaijani foreign ministers held talks in Geneva on Thursday, mediated by "
     "Swiss diplomats.\n\n"
     "The meeting ended without a deal, but both sides agreed to meet again next month. "
     "Officials in Baku said the talks had been constructive, while Yerevan accused Azerbaijan "
     "of moving troops toward the border last week."),
    ("portland-strike", "2019-05-08",
     "PORTLAND, Ore. — Dock workers walked off the job on Wednesday, and union leaders in Salem "
     "threatened a wider strike if the port authority refused to reopen the contract.\n\n"
     "Governor Kate Brown called on both sides to resume talks."),
]


def _shells(order: list[int]):
    return [article_from_text(ARTICLES[i][2], article_id=ARTICLES[i][0], published=ARTICLES[i][1])
            for i in order]


def _by_id(coded) -> dict[str, str]:
    return {c.article.id: c.to_json() for c in coded}


@pytest.fixture(scope="module")
def alone(nlp) -> dict[str, str]:
    """Each article coded on its own, as `parley code a.txt` codes it."""
    return _by_id(code_shell(nlp, s) for s in _shells(list(range(len(ARTICLES)))))


@pytest.mark.parametrize("order", [[3, 2, 1, 0], [2, 0, 3, 1]])
def test_one_nlp_call_per_article_in_any_order_codes_each_as_alone(nlp, alone, order):
    """`parley code` over many articles and the web app: one ``nlp()`` per article, in turn."""
    assert _by_id(code_shell(nlp, s) for s in _shells(order)) == alone


@pytest.mark.parametrize("order", [[0, 1, 2, 3], [3, 2, 1, 0]])
@pytest.mark.parametrize("batch_size", [1, 3])
def test_nlp_pipe_batches_code_each_article_as_alone(nlp, alone, order, batch_size):
    """`parley ingest`, `parley batch` and `parley eval`: ``nlp.pipe`` in batches (3: a full
    batch and a short one, with other neighbours in each order); neither the batch size nor
    the neighbours in a batch change an article's coding."""
    assert _by_id(code_shells(nlp, _shells(order), batch_size=batch_size)) == alone


def test_the_articles_exercise_per_article_state(alone):
    """The invariance above is worth something only if these articles reach the per-article
    stages: the US article's prior gives its bare-named college the US, and the war article's
    bare-named speaker gets no US from the article coded before it. (The college's US is the
    symptom first taken for batch-dependence: docs/audit/dev-batchdep.md.)"""
    us = json.loads(alone["us-budget"])
    war = json.loads(alone["war-night"])
    assert {a["name"]: a["country"] for a in us["actors"]}.get("Larkfield College") == "USA"
    assert all(a["country"] != "USA" for a in war["actors"])
    assert war["quotes"] and us["events"]


@pytest.mark.slow
def test_parley_code_alone_and_together_in_fresh_processes(tmp_path):
    """The user's view: `parley code` of each article in its own process equals the same
    article's line when all are coded in one run, in either order (``meta.input`` names the
    file and line, so it is left out)."""
    def run(name: str, order: list[int]) -> dict[str, dict]:
        src, out = tmp_path / f"{name}.jsonl", tmp_path / f"{name}.out.jsonl"
        src.write_text("".join(json.dumps({"id": ARTICLES[i][0], "published": ARTICLES[i][1],
                                           "text": ARTICLES[i][2]}) + "\n" for i in order),
                       encoding="utf-8")
        subprocess.run([sys.executable, "-m", "parley", "code", str(src), "--format", "jsonl",
                        "-o", str(out)], check=True, capture_output=True)
        lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
        for line in lines:
            line["meta"].pop("input", None)
        return {line["article"]["id"]: line for line in lines}

    alone: dict[str, dict] = {}
    for i in range(len(ARTICLES)):
        alone.update(run(f"alone{i}", [i]))
    assert run("forward", [0, 1, 2, 3]) == alone
    assert run("backward", [3, 2, 1, 0]) == alone
