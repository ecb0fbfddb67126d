"""Carry the places/dates verdicts of draws 6-11 to a store coded at later code (stdlib only).

Usage (from the repository root), after `match_places_dates.py` has matched each draw's
`places-dates-heldoutN-before.jsonl` to the new store as MATCH_DIR/matchN.jsonl:
    python3 docs/audit/carry_places_dates.py MATCH_DIR CARRIED.jsonl TO_JUDGE.jsonl

An item whose place (placed sample: place id and precision) or date (dated sample: date,
granularity, historical, future) equals a version some judge already judged (the draw's before
judgement or an after file) keeps that verdict; an event the new store no longer codes is
"gone"; any other item goes to TO_JUDGE for a fresh judge (fifteenth session:
places-dates-current15.md).
"""
import collections
import glob
import json
import sys

A = 'docs/audit/'
MATCH_DIR, CARRIED, TO_JUDGE = sys.argv[1:4]

def pstate(place):
    if not place: return None
    return (place.get('geonameid') or place.get('name'), place.get('place_precision'))

def dstate(date, modes=None):
    if not date: return None
    d = date.get('date')
    return (str(d) if d else None, date.get('date_granularity'), bool(date.get('historical', (modes or {}).get('historical'))), bool(date.get('future', (modes or {}).get('future'))))

def key(d): return (d['sample'], d['article_id'], d['trigger'], d['draw_index'])

out = []; todo = []
for n in range(6, 12):
    before = [json.loads(l) for l in open(f'{A}places-dates-heldout{n}-before.jsonl')]
    cands = collections.defaultdict(list)
    for b in before:
        st = pstate(b['place']) if b['sample'] == 'placed' else dstate(b['date'], b.get('modes'))
        cands[key(b)].append((st, b['verdict'], b.get('note', ''), 'before'))
    for f in glob.glob(f'{A}places-dates-heldout{n}-after*.jsonl'):
        for l in open(f):
            d = json.loads(l)
            v = d.get('after_verdict') or d.get('verdict')
            if v not in ('right', 'wrong'): continue
            if 'after' in d: ap, ad = d['after'].get('after_place'), d['after'].get('after_date')
            elif 'after_place' in d or 'after_date' in d: ap, ad = d.get('after_place'), d.get('after_date')
            else: ap, ad = d.get('place'), d.get('date')
            st = pstate(ap) if d['sample'] == 'placed' else dstate(ad, d.get('modes'))
            cands[key(d)].append((st, v, d.get('after_note') or d.get('note', ''), f.split('/')[-1]))
    match = [json.loads(l) for l in open(f'{MATCH_DIR}/match{n}.jsonl')]
    for b, m in zip(before, match):
        assert b['article_id'] == m['article_id'] and b['trigger'] == m['trigger']
        row = {'draw': n, **{k: b[k] for k in ('sample', 'draw_index', 'article_id', 'published', 'sentence', 'event', 'trigger')}}
        if m['match'] == 'event_gone':
            row['status'] = 'gone'; out.append(row); continue
        cur = pstate(m['after_place']) if b['sample'] == 'placed' else dstate(m['after_date'])
        row['now_place'] = m['after_place']; row['now_date'] = m['after_date']; row['now_event'] = m['after_event']; row['now_trigger'] = m['after_trigger']
        hit = [c for c in cands[key(b)] if c[0] == cur]
        if hit:
            row['status'] = 'carried'; row['verdict'] = hit[-1][1]; row['from'] = hit[-1][3]; row['note'] = hit[-1][2]
        else:
            row['status'] = 'judge'; row['before_place'] = b['place']; row['before_date'] = b['date']; row['before_verdict'] = b['verdict']; row['before_note'] = b.get('note', '')
            todo.append(row)
        out.append(row)
with open(CARRIED, 'w') as f:
    for r in out: f.write(json.dumps(r, ensure_ascii=False, default=str) + '\n')
with open(TO_JUDGE, 'w') as f:
    for r in todo: f.write(json.dumps(r, ensure_ascii=False, default=str) + '\n')
c = collections.Counter((r['sample'], r['status'], r.get('verdict')) for r in out)
for k in sorted(c, key=str): print(k, c[k])
