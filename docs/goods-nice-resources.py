#!/usr/bin/env python3
# Builds the shipped Nice resources (src/SearchEngine.Core/Resources/nice/) from the source data (dev-time only).
# Usage: docs/goods-nice-resources.py DATA_DIR src/SearchEngine.Core/Resources/nice HEADINGS_VI.tsv
# (DATA_DIR holds nice/nice-classification-ed10-cc0.json and dictionaries/; the product needs none of it)
# HEADINGS_VI.tsv: "class<TAB>Vietnamese heading" lines; the shipped ones are columns 1 and 4 of nice-classes.tsv:
#   grep -v "^#" src/SearchEngine.Core/Resources/nice/nice-classes.tsv | cut -f1,4 > /tmp/headings-vi.tsv
import json, csv, gzip, re, sys, collections
shared, out = sys.argv[1], sys.argv[2]
d = json.load(open(f'{shared}/nice/nice-classification-ed10-cc0.json'))
vi_head = dict(l.rstrip('\n').split('\t') for l in open(sys.argv[3], encoding='utf-8'))
with open(f'{out}/nice-classes.tsv', 'w', encoding='utf-8') as f:
    f.write('# class\tkind\theading (English, Nice 10th edition, CC0)\theading (Vietnamese, written for this project)\n')
    for c in d['classes']:
        f.write(f"{c['number']}\t{c['type']}\t{c['heading']}\t{vi_head[c['number']]}\n")
terms = []
for it in d['goods'] + d['services']:
    terms.append((it['number'], int(it['number'][:2]), it['description'].strip()))
terms.sort()
with gzip.open(f'{out}/nice-terms-en.tsv.gz', 'wt', encoding='utf-8') as f:
    f.write('# basic number\tclass\tterm (Nice Classification 10th edition, 2015; CC0 1.0)\n')
    for n, c, t in terms: f.write(f'{n}\t{c}\t{t}\n')

def norm(s):
    s = re.sub(r'\[.*?\]|\(.*?\)', ' ', s.lower())
    s = re.sub(r'[^a-z ]', ' ', s)
    w = [x[:-1] if x.endswith('s') and len(x) > 3 and not x.endswith('ss') else x for x in s.split()]
    return ' '.join(w)
en = collections.defaultdict(set)
for n, c, t in terms:
    k = norm(t)
    if k: en[k].add((n, c))
    # "chairs [seats]" → "chair"; "coffee" alone
def vi_ok(v):
    v = v.strip()
    return 0 < len(v.split()) <= 4 and not re.search(r'[0-9(){}\[\]=+/~!?]', v)
fv = json.load(open(f'{shared}/dictionaries/fvdp-vietanh.json'))
rows = set()
for head, e in fv.items():
    if not vi_ok(head): continue
    for definition in e.get('definitions', []):
        pos = None
        for line in definition.split('\n'):
            if line.startswith('* '): pos = line[2:].strip()
            elif line.startswith('- ') and pos == 'noun':
                for g in re.split(r'[,;]', line[2:]):
                    k = norm(g)
                    if not k or len(k.split()) > 4: continue
                    for n, c in en.get(k, ()):
                        rows.add((c, n, head.strip().lower(), g.strip().lower()))
with gzip.open(f'{out}/nice-terms-vi-fvdp.tsv.gz', 'wt', encoding='utf-8') as f:
    f.write('# class\tbasic number\tVietnamese headword\tEnglish gloss = Nice term (derived from FVDP, GPL-2.0-or-later)\n')
    for r in sorted(rows): f.write('\t'.join(map(str, r)) + '\n')
print('fvdp', len(rows))
raw = gzip.open(f'{shared}/dictionaries/en-vi-enwiktionary.dsl.dz').read().decode('utf-16')
rows2 = set(); head = None; pos = None
for line in raw.split('\n'):
    line = line.rstrip('\r')
    if not line or line.startswith('#'): continue
    if not line.startswith('\t'): head = line.strip(); continue
    m = re.search(r'\[p\]<(\w+)>', line)
    if m: pos = m.group(1); continue
    m = re.search(r'\[m1\](.*?)\[/m\]', line)
    if m and pos == 'n' and head:
        k = norm(head)
        for n, c in en.get(k, ()):
            for v in re.split(r'[,;]', re.sub(r'\(.*?\)|\[.*?\]', '', m.group(1))):
                if vi_ok(v): rows2.add((c, n, v.strip().lower(), head.lower()))
with gzip.open(f'{out}/nice-terms-vi-wiktionary.tsv.gz', 'wt', encoding='utf-8') as f:
    f.write('# class\tbasic number\tVietnamese translation\tEnglish headword = Nice term (derived from the English Wiktionary, CC BY-SA 3.0)\n')
    for r in sorted(rows2): f.write('\t'.join(map(str, r)) + '\n')
print('wikt', len(rows2))
