#!/usr/bin/env python3
"""Builds the goods dev texts for `searchengine eval goods --texts F` from ../shared/data (dev-time only).

Writes CLASS<TAB>TEXT lines, one goods statement a line with the class the office gave it:
  dev-en.tsv       USPTO statements (Trademark Applications Daily sample, WIPO ST.96 records), English, one per class
  dev-en-items.tsv the same statements cut at ';' into the applicant's own list entries ("Clothing, namely, shirts,
                   pants" of "Clothing, namely, shirts, pants; footwear"), each with the statement's class
  dev-vi.tsv       IP Viet Nam INID 511 statements of the WIPO Publish pages, Vietnamese
  ed12-new.tsv     the Nice 12th-edition terms whose basic number is not in the shipped 10th edition (unseen goods)
  ed12-changed.tsv the 12th-edition terms whose basic number is in the 10th edition with other wording (unseen wording)
Duplicate texts are written once.  Usage: docs/goods-dev-texts.py ../shared/data OUTDIR
"""
import csv, glob, html, json, os, re, sys

shared, out = sys.argv[1], sys.argv[2]
os.makedirs(out, exist_ok=True)

def write(name, rows):
    seen = set()
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        for c, t in rows:
            t = re.sub(r'\s+', ' ', t).strip()
            if t and (c, t.lower()) not in seen:
                seen.add((c, t.lower()))
                f.write(f'{c}\t{t}\n')
    print(name, len(seen))

en = []
apc = open(f'{shared}/trademarks/uspto-daily/apc-sample.xml', encoding='utf-8').read()
for case in re.findall(r'<case-file>.*?</case-file>', apc, re.S):
    intl = re.findall(r'<international-code>(\d+)</international-code>', case)
    primary = re.findall(r'<primary-code>(\w+)</primary-code>', case)
    for code, text in re.findall(r'<type-code>GS(\d{3})\d</type-code>\s*<text>(.*?)</text>', case, re.S):
        # old registrations name the US class: its position among the primary codes gives the international one
        if code in intl: c = int(code)
        elif code in primary and len(primary) == len(intl): c = int(intl[primary.index(code)])
        else: continue
        en.append((c, html.unescape(text)))
for path in glob.glob(f'{shared}/trademarks/wipo-st/*ST96.xml'):
    x = open(path, encoding='utf-8').read()
    for block in re.findall(r'<\w+:ClassDescription>(.*?)</\w+:ClassDescription>', x, re.S):
        n = re.search(r'<\w+:ClassNumber>(\d+)</', block)
        for t in re.findall(r'<\w+:GoodsServicesDescriptionText[^>]*>(.*?)</', block, re.S):
            if n and 1 <= int(n.group(1)) <= 45: en.append((int(n.group(1)), html.unescape(t)))
write('dev-en.tsv', en)

def entries(text):
    # ';' outside brackets ends an entry of the applicant's list; ',' stays inside it (its head and specifics)
    out, depth, cur = [], 0, ''
    for ch in text:
        if ch in '([': depth += 1
        elif ch in ')]': depth = max(0, depth - 1)
        if ch == ';' and depth == 0: out.append(cur); cur = ''
        else: cur += ch
    out.append(cur)
    return [re.sub(r'^\s*(and|AND)\s+', '', e).strip(' .') for e in out if e.strip(' .')]
write('dev-en-items.tsv', [(c, e) for c, t in en for e in entries(t)])

vi = []
for path in sorted(glob.glob(f'{shared}/trademarks/wipopublish-vn/*.html')):
    page = open(path, encoding='utf-8').read()
    m = re.search(r'\(511\)(.*?)\(531\)', page, re.S)
    if not m: continue
    body = html.unescape(re.sub(r'<[^>]+>', '\n', m.group(1)))
    lines = [l.strip() for l in body.split('\n') if l.strip()]
    cls = None
    for l in lines:
        if re.fullmatch(r'\d{1,2}', l): cls = int(l)
        elif cls and 'Nhóm sản phẩm' not in l: vi.append((cls, l)); cls = None
write('dev-vi.tsv', vi)

d = json.load(open(f'{shared}/nice/nice-classification-ed10-cc0.json'))
known = {i['number'] for i in d['goods'] + d['services']}
rows = csv.DictReader(open(f'{shared}/nice/nice-alphabetical-list-ed12.csv', encoding='utf-8'))
ed10 = {i['number']: i['description'].lower() for i in d['goods'] + d['services']}
rows = list(rows)
write('ed12-new.tsv', [(int(r['class_number']), r['term']) for r in rows if r['basic_number'] not in known])
write('ed12-changed.tsv', [(int(r['class_number']), r['term']) for r in rows
                           if r['basic_number'] in known and r['term'].lower() != ed10[r['basic_number']]])
