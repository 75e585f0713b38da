# Builds 600 held-out-style queries that combine two confusion mechanisms (our own implementation of the
# kinds in queries-dev.jsonl), to check the conflict search is not tuned to single changes.
# usage: python3 docs/trademarks-two-change-queries.py REGISTER.jsonl[.gz] SEED [CHANGES COUNT SOURCES] > queries.jsonl
# relevant = the source mark plus every register mark that folds to the same letters.
# The scale queries of docs/trademarks.md (one change, 300 queries, sources among the first 250,000 marks):
#   python3 docs/trademarks-two-change-queries.py /tmp/register-1m.jsonl.gz 7 1 300 250000 > /tmp/q1m-single.jsonl
import gzip, json, random, unicodedata, re, sys
random.seed(int(sys.argv[2]) if len(sys.argv) > 2 else 7)
CHANGES = int(sys.argv[3]) if len(sys.argv) > 3 else 2
COUNT = int(sys.argv[4]) if len(sys.argv) > 4 else 600
R = [json.loads(l) for l in (gzip.open if sys.argv[1].endswith('.gz') else open)(sys.argv[1], 'rt', encoding='utf-8')]
SOURCES = R[:int(sys.argv[5])] if len(sys.argv) > 5 else R
def fold(s):
    s = s.replace('đ', 'd').replace('Đ', 'D')
    return ''.join(c for c in unicodedata.normalize('NFD', s) if unicodedata.category(c) != 'Mn')
def key(s): return re.sub(r'[^a-z0-9]', '', fold(s).lower())
byfold = {}
for r in R: byfold.setdefault(key(r['mark']), []).append(r['id'])
TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323']
def tone(s):
    d = unicodedata.normalize('NFD', s)
    idx = [i for i, c in enumerate(d) if c in TONES]
    if not idx: return None
    i = random.choice(idx)
    d = d[:i] + random.choice([t for t in TONES if t != d[i]]) + d[i+1:]
    return unicodedata.normalize('NFC', d)
def strip(s): return fold(s) if fold(s) != s else None
letters = 'abcdeghiklmnopqrstuvxy'
def typo(s):
    i = random.randrange(len(s)); op = random.randrange(3)
    if not s[i].isalpha(): return None
    if op == 0: return s[:i] + random.choice(letters) + s[i+1:]
    if op == 1: return s[:i] + s[i+1:] if len(s) > 4 else None
    return s[:i] + random.choice(letters) + s[i:]
def transpose(s):
    c = [i for i in range(len(s)-1) if s[i].isalpha() and s[i+1].isalpha() and s[i] != s[i+1]]
    if not c: return None
    i = random.choice(c); return s[:i] + s[i+1] + s[i] + s[i+2:]
def spacing(s):
    w = s.split()
    if len(w) > 1: return random.choice([''.join(w), '-'.join(w)])
    if len(s) > 5: i = random.randrange(2, len(s)-2); return s[:i] + ' ' + s[i:]
    return None
def case(s): return random.choice([s.upper(), s.lower(), s.title()]) if s.upper() != s or s.lower() != s else None
GEN = ['Cà Phê', 'Group', 'Food', 'Hà Nội', 'Thực Phẩm', 'Express', 'Việt Nam', 'Pro', 'Sài Gòn', 'Bánh']
def add_generic(s):
    g = random.choice(GEN); return g + ' ' + s if random.random() < .5 else s + ' ' + g
def drop_word(s):
    w = s.split()
    if len(w) < 3: return None
    del w[random.randrange(len(w))]; return ' '.join(w)
ON = [('ch', 'tr'), ('tr', 'ch'), ('s', 'x'), ('x', 's'), ('d', 'gi'), ('gi', 'd'), ('r', 'd'), ('v', 'd')]
CO = [('ng', 'n'), ('n', 'ng'), ('t', 'c'), ('c', 't'), ('nh', 'n'), ('ch', 't')]
def dialect(s):
    w = s.split(); i = random.randrange(len(w)); x = w[i]; lo = x.lower()
    if random.random() < .5:
        for a, b in ON:
            if lo.startswith(a): w[i] = (b.upper() if x[0].isupper() and x[:len(a)].isupper() and len(x) > 1 else b.capitalize() if x[0].isupper() else b) + x[len(a):]; return ' '.join(w)
    for a, b in CO:
        if lo.endswith(a): w[i] = x[:-len(a)] + (b.upper() if x[-1].isupper() else b); return ' '.join(w)
    return None
V = 'aeiou'
def vowel(s):
    c = [i for i, ch in enumerate(s) if fold(ch).lower() in V]
    if not c: return None
    i = random.choice(c); return s[:i] + random.choice([v for v in V if v != fold(s[i]).lower()]) + s[i+1:]
def en(s):
    for a, b in [('ph', 'f'), ('c', 'k'), ('y', 'i'), ('s', 'z'), ('f', 'ph'), ('i', 'y')]:
        if a in s: return s.replace(a, b, 1)
    i = random.randrange(len(s))
    return s[:i] + s[i] + s[i:] if s[i].isalpha() else None
M = dict(strip_diacritics=strip, tone=tone, typo=typo, transpose=transpose, spacing=spacing, case_punct=case,
         add_generic=add_generic, drop_word=drop_word, dialect=dialect, vowel=vowel, en_phonetic=en)
out = []; n = 0
while len(out) < COUNT:
    r = random.choice(SOURCES); ms = random.sample(list(M), CHANGES)
    b = r['mark']
    for m in ms:
        b = M[m](b)
        if not b: break
    if not b or key(b) == '' or b == r['mark']: continue
    out.append(dict(qid=f't{len(out)+1}', mark=b, classes=r['classes'][:1], mechanism='+'.join(ms), source=r['mark'], relevant=byfold[key(r['mark'])]))
for q in out: print(json.dumps(q, ensure_ascii=False))
