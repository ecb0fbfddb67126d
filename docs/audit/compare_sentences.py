"""Code invented sentences before and after a change, side by side (the reviewers' tool).

Usage (from the repository root):
    python3 docs/audit/compare_sentences.py BEFORE_SRC AFTER_SRC SENTENCES.txt OUT.txt

Each non-empty line of SENTENCES.txt (``#`` starts a comment) is coded as its own article with
``parley code`` twice, once with PYTHONPATH=BEFORE_SRC (e.g. the merge-base's ``src`` in a
worktree) and once with AFTER_SRC; OUT.txt shows both codings and marks the sentences whose
events changed, for a reviewer to judge (round 25: docs/audit/review25/).
"""
import json
import os
import subprocess
import sys
import tempfile

BEFORE, AFTER = sys.argv[1], sys.argv[2]
PY = os.environ.get("PARLEY", ".venv/bin/parley")

def code(src, rows):
    with tempfile.TemporaryDirectory() as tmp:
        inp, out = f'{tmp}/in.jsonl', f'{tmp}/out.jsonl'
        with open(inp, 'w') as fh:
            for r in rows: fh.write(json.dumps(r) + '\n')
        env = dict(os.environ, PYTHONPATH=src)
        subprocess.run([PY, 'code', inp, '--format', 'jsonl', '-o', out], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        return {d['article']['id']: d for d in map(json.loads, open(out)) if d.get('article')}

def show(d):
    A = {a['id']: f"{a['name']}/{a.get('country')}" for a in d['actors']}
    out = []
    for e in d['events']:
        flags = [k for k in ('negated', 'future', 'hypothetical', 'historical') if e.get(k)]
        out.append(f"{e['event']}{'/' + e['mode'] if e.get('mode') else ''} «{e['trigger']['text']}» "
                   f"source={[A.get(i) for i in e['actor']]} target={[A.get(i) for i in e['recipient']]}"
                   + (f" flags={flags}" if flags else '') + (f" claimed_by={A.get(e.get('claimed_by'))}" if e.get('claimed_by') else ''))
    return out or ['(no event)']

lines = [l.strip() for l in open(sys.argv[3]) if l.strip() and not l.startswith('#')]
rows = [{'id': str(i), 'text': t, 'published': '2023-05-10'} for i, t in enumerate(lines)]
b, a = code(BEFORE, rows), code(AFTER, rows)
n = 0
with open(sys.argv[4], 'w') as out:
    for r in rows:
        sb, sa = show(b[r['id']]), show(a[r['id']])
        changed = sb != sa
        n += changed
        out.write(f"[{r['id']}] {'CHANGED' if changed else 'same'}: {r['text']}\n")
        if changed:
            out.write('  before: ' + '\n          '.join(sb) + '\n  after:  ' + '\n          '.join(sa) + '\n')
        else:
            out.write('  both:   ' + '\n          '.join(sa) + '\n')
print(f'{n} of {len(rows)} changed -> {sys.argv[4]}')
