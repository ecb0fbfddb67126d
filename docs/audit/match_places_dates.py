"""Match each item of a places/dates audit sample to a later store (article id + trigger text inside the same sentence).

Usage: python docs/audit/match_places_dates.py SAMPLE.jsonl STORE.duckdb OUT.jsonl
(first used for the after2 judgement with /tmp/after2p/store.duckdb and
docs/audit/sample-places-dates-2026-12.jsonl)
"""
import json
import sys

import duckdb

SAMPLE, STORE, OUT = sys.argv[1:4]
c = duckdb.connect(STORE, read_only=True)
cols = [d[0] for d in c.execute("select * from events limit 0").description]
items = []
stat = {}
for line in open(SAMPLE, encoding='utf-8'):
    s = json.loads(line)
    t0, t1 = s['trigger_span']
    rows = [dict(zip(cols, r)) for r in c.execute(
        "select * from events where article_id=? and evidence_start<=? and evidence_end>=?",
        [s['article_id'], t0, t1]).fetchall()]
    same = [r for r in rows if r['trigger_text'] == s['trigger']]
    over = [r for r in rows if r['trigger_text'] and (s['trigger'] in r['trigger_text'] or r['trigger_text'] in s['trigger'])]
    m = same[0] if same else (over[0] if over else None)
    status = 'same_span' if same else ('overlap' if over else 'event_gone')
    out = {k: s[k] for k in ('sample', 'draw_index', 'article_id', 'published', 'sentence', 'event', 'trigger')}
    out['match'] = status
    if m:
        place = None
        if m['place']:
            p = c.execute("select name,country,lat,lon,geonameid,feature from places where article_id=? and id=?", [m['article_id'], m['place']]).fetchone()
            place = dict(zip(('name','country','lat','lon','geonameid','feature'), p)) if p else {'name': m['place_name']}
            place['place_precision'] = m['place_precision']
        out['after_event'] = m['event']
        out['after_trigger'] = m['trigger_text']
        out['after_place'] = place
        out['after_date'] = {'date': str(m['date']) if m['date'] else None, 'day': str(m['day']) if m['day'] else None,
                             'date_text': m['date_text'], 'date_inferred': m['date_inferred'],
                             'date_granularity': m['date_granularity'], 'historical': m['historical'], 'future': m['future']}
    stat[(s['sample'], status)] = stat.get((s['sample'], status), 0) + 1
    items.append(out)
with open(OUT, 'w', encoding='utf-8') as f:
    for it in items:
        f.write(json.dumps(it, ensure_ascii=False) + '\n')
print(stat)
