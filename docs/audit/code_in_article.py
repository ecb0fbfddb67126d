"""Code sampled sentences inside their whole articles, as a user codes news. Stdlib + Parley.

Usage (from the repository root):
    python3 docs/audit/code_in_article.py SAMPLE.jsonl ARTICLES.jsonl OUT.jsonl [CONTEXT.jsonl]

The `polnear` half of an event sample holds single sentences (id = article id + "#" + index);
coding a sentence alone withholds what a user's run has: the article's earlier mentions, its
people's countries, its dominant country. This codes each sampled sentence's whole article once
with `parley code`, keeps the events whose trigger, or a mention folded into them by event coreference,
lies inside the sentence, and writes one
Parley-shaped line per sample item (`article.id` = the sample id, `actors`, `events`), which
judging_skeleton.py reads like any other output. Items whose sentence is not found verbatim in
the article text are coded alone and counted. CONTEXT (optional) gets, per item, the article's
first line and the three sentences before the sampled one, for the judge.

Before/after comparisons (docs/audit/dev-batchdep.md): an article codes the same whichever
articles share its run, so two outputs differ only by the code that made them. Each line keeps
the run's ``meta`` (lexicon hash) and the summary names the commit of the working tree; code the
"before" at the branch's merge-base, not at a main that has moved since the branch was cut.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from draw_sample import sentences  # noqa: E402  the same splitter the sample was drawn with


def read_jsonl(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def code(rows: list[dict]) -> dict[str, dict]:
    if not rows:
        return {}
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "in.jsonl", Path(tmp) / "out.jsonl"
        src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                       encoding="utf-8")
        subprocess.run(["parley", "code", str(src), "--format", "jsonl", "-o", str(out)],
                       check=True)
        return {d["article"]["id"]: d for d in read_jsonl(out) if d.get("article")}


def main(sample_path: str, articles_path: str, out_path: str, context_path: str = "") -> None:
    samples = [s for s in read_jsonl(sample_path) if s["half"] == "polnear"]
    articles = {a["id"]: a for a in read_jsonl(articles_path)}
    wanted = sorted({s["id"].split("#")[0] for s in samples})  # one order for every run
    coded = code([{k: articles[i][k] for k in ("id", "text", "published")} for i in wanted])
    alone = [s for s in samples if s["text"] not in articles[s["id"].split("#")[0]]["text"]]
    coded_alone = code([{k: s[k] for k in ("id", "text", "published")} for s in alone])
    with open(out_path, "w", encoding="utf-8") as out, \
            open(context_path or "/dev/null", "w", encoding="utf-8") as ctx:
        for s in samples:
            art_id = s["id"].split("#")[0]
            text = articles[art_id]["text"]
            if s in alone:
                out.write(json.dumps(coded_alone[s["id"]], ensure_ascii=False) + "\n")
                continue
            start = text.index(s["text"])
            end = start + len(s["text"])
            doc = coded[art_id]
            events = [e for e in doc["events"]
                      if any(start <= m["start"] < end for m in [e["trigger"], *e["mentions"]])]
            meta = {k: v for k, v in doc.get("meta", {}).items() if k != "input"}
            out.write(json.dumps({"article": {"id": s["id"]}, "actors": doc["actors"],
                                  "events": events, "meta": meta}, ensure_ascii=False) + "\n")
            sents = sentences(text)
            i = int(s["id"].split("#")[1])
            ctx.write(json.dumps({"id": s["id"], "first_line": text.split("\n")[0][:300],
                                  "before": sents[max(0, i - 3):i]}, ensure_ascii=False) + "\n")
    print(f"{len(samples)} items; {len(alone)} coded alone (sentence not found verbatim); "
          f"tree {commit()}, lexicons {next(iter(coded.values()), {}).get('meta', {}).get('lexicons')}")


def commit() -> str:
    """The working tree's commit (with "+dirty" for uncommitted changes), to tell runs apart."""
    git = ["git", "-C", str(Path.cwd())]
    head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    dirty = subprocess.run([*git, "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return head.stdout.strip() + ("+dirty" if dirty else "") if head.returncode == 0 else "?"


if __name__ == "__main__":
    main(*sys.argv[1:5])
