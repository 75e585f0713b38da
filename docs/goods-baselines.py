#!/usr/bin/env python3
"""TF-IDF nearest-term baselines over the 10th-edition list, independent of the engine, on a CLASS<TAB>TEXT file:
per-item 1-NN / weighted 5-NN votes and whole-text 1-NN / weighted 10-NN (dev-time only; reads ../shared/data).
Tells "our dev texts are harder" from "our baseline is weaker" (docs/goods.md).  Usage: docs/goods-baselines.py F"""
import json, os, re, sys, math
from collections import Counter, defaultdict
d = json.load(open(os.environ.get('NICE_ED10', '../shared/data/nice/nice-classification-ed10-cc0.json')))
terms = [(int(t['number'][:2]), t['description']) for t in d['goods'] + d['services']]
STOP = set('a an the of for and or in on to with by as at from other than not being use used'.split())
def tok(s): return [w for w in re.findall(r'[a-z0-9]+', s.lower()) if w not in STOP]
N = len(terms)
df = Counter(w for _, t in terms for w in set(tok(t)))
idf = {w: math.log(N / c) + 1 for w, c in df.items()}
def vec(ws):
    v = Counter(ws); v = {w: (1 + math.log(c)) * idf.get(w, math.log(N) + 1) for w, c in v.items()}
    n = math.sqrt(sum(x * x for x in v.values())) or 1
    return {w: x / n for w, x in v.items()}
tv = [vec(tok(t)) for _, t in terms]
post = defaultdict(list)
for i, v in enumerate(tv):
    for w in v: post[w].append(i)
def knn(text, k):
    q = vec(tok(text)); s = Counter()
    for w, x in q.items():
        for i in post.get(w, ()): s[i] += x * tv[i][w]
    return s.most_common(k)
def items(text):
    return [p.strip() for p in re.split(r'[;,]', text) if p.strip()]
def per_item(text, k=1):
    votes = Counter()
    for it in items(text):
        for i, sc in knn(it, k): votes[terms[i][0]] += sc if k > 1 else 1
    return [c for c, _ in votes.most_common(3)]
def whole(text, k=10):
    votes = Counter()
    for i, sc in knn(text, k): votes[terms[i][0]] += sc
    return [c for c, _ in votes.most_common(3)]
rows = [l.rstrip('\n').split('\t', 1) for l in open(sys.argv[1], encoding='utf-8') if '\t' in l]
rows = [(int(c), t) for c, t in rows]
for name, f in [('per-item 1-NN vote', per_item), ('per-item 5-NN weighted', lambda t: per_item(t, 5)),
                ('whole-text 1-NN', lambda t: whole(t, 1)), ('whole-text 10-NN weighted', whole)]:
    r = [f(t) for _, t in rows]
    t1 = sum(1 for (c, _), p in zip(rows, r) if p[:1] == [c]) / len(rows)
    t3 = sum(1 for (c, _), p in zip(rows, r) if c in p[:3]) / len(rows)
    print(f'{name:28s} n={len(rows)} top-1 {t1:.3f} top-3 {t3:.3f}')
