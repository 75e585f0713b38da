#!/usr/bin/env python3
"""Derives the shipped concept lexicon (src/SearchEngine.Core/Resources/meaning/) from three sources:

  --fvdp  FVDP Vietnamese-English JSON   -> vi-en-fvdp.tsv.gz        (GPL-2.0-or-later, derived)
  --dsl   enwiktionary en-vi DSL (.dz)   -> en-vi-wiktionary.tsv.gz  (CC BY-SA 3.0, derived)
  --wordnet WordNet 3.0 dict folder      -> en-wordnet.tsv.gz        (WordNet licence, subset)

Only short first senses are kept: brand names use words in their plain sense, and the long tail of
glosses (phrases, examples, figurative senses) is what made the raw dictionaries match everything.
Re-run:  python3 tools/meaning/build_lexicon.py --fvdp F --dsl D --wordnet /usr/share/wordnet --out DIR
"""
import argparse, gzip, json, re, unicodedata, os, collections

STOP = set("a an the to of and or be one's oneself something someone somebody sth sb very much more most in on at by for with as is are".split())
VI_POS = re.compile(r"\b(danh từ|tính từ|động từ|phó từ|đại từ|giới từ|liên từ|thán từ|trạng từ)\b", re.I)
WORD = re.compile(r"^[a-z][a-z'-]*$")


def nfc(s):
    return unicodedata.normalize("NFC", s).strip().lower()


def load_wordnet(folder):
    """index: lemma -> {pos: [synset offsets]}; synsets: (pos, offset) -> lemmas."""
    index = collections.defaultdict(dict)
    synsets = {}
    for pos in ("noun", "verb", "adj", "adv"):
        with open(os.path.join(folder, "index." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                lemma, n_ptr = p[0], int(p[3])
                offs = p[4 + n_ptr + 2:]
                index[lemma][pos] = offs
        with open(os.path.join(folder, "data." + pos), encoding="latin-1") as f:
            for line in f:
                if line.startswith(" "):
                    continue
                p = line.split()
                n = int(p[3], 16)
                synsets[(pos, p[0])] = [p[4 + 2 * i].lower() for i in range(n)]
    exc = {}
    for pos in ("noun",):
        with open(os.path.join(folder, pos + ".exc"), encoding="latin-1") as f:
            for line in f:
                p = line.split()
                if len(p) >= 2:
                    exc.setdefault(p[0], p[1])
    return index, synsets, exc


def english_words(gloss, wn_index):
    """Content words of a short gloss: 'to echo' -> [echo]; 'white clear' (a lost comma) -> [white]."""
    g = re.sub(r"\([^)]*\)", " ", gloss)
    g = VI_POS.sub(" ", g)
    g = re.sub(r"[^A-Za-z' -]", " ", g).lower().strip()
    words = [w for w in g.split() if w not in STOP]
    if not words or len(words) > 3:
        return []
    if not all(WORD.match(w) for w in words):
        return []
    if len(words) == 1:
        return words if words[0] in wn_index and len(words[0]) > 1 else []
    joined = "_".join(words)
    if joined in wn_index:
        return [joined]
    # two or three words that WordNet does not know together: the dictionary lost a comma between
    # senses ("white clear"), so only the first word is the gloss
    return [words[0]] if words[0] in wn_index and len(words[0]) > 1 else []


def fvdp(path, wn_index):
    data = json.load(open(path, encoding="utf-8"))
    out = {}
    # headwords written in lower case first: a capitalised one (Hoa, Việt) is a proper noun whose gloss
    # only adds to the plain word's
    for head, entry in sorted(data.items(), key=lambda kv: kv[0] != kv[0].lower()):
        head = nfc(head)
        if not head or len(head.split()) > 4:
            continue
        senses = []
        for d in entry.get("definitions", []):
            for line in d.split("\n"):
                line = line.strip()
                if line.startswith("-") and not line.startswith("--"):
                    senses.append(line[1:].strip())
        concepts = []
        for i, sense in enumerate(senses[:3]):
            parts = [p for p in re.split(r"[;,.]", sense) if p.strip()]
            for p in parts[: (3 if i == 0 else 1)]:
                for w in english_words(p, wn_index):
                    if w not in concepts:
                        concepts.append(w)
        if concepts:
            merged = out.setdefault(head, [])
            merged.extend(c for c in concepts if c not in merged and len(merged) < 5)
    return out


def wiktionary(path, wn_index):
    raw = gzip.open(path).read().decode("utf-16")
    out = collections.OrderedDict()
    head = None
    for line in raw.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        if not line[0].isspace():
            head = line.strip().lower()
            continue
        m = re.search(r"\[m1\](.*?)\[/m\]", line)
        if not m or head is None:
            continue
        if not WORD.match(head.replace(" ", "_").replace("_", "")) or head not in wn_index and head.replace(" ", "_") not in wn_index:
            continue
        text = re.sub(r"\[[^\]]*\]", "", m.group(1))
        text = re.sub(r"\([^)]*\)", " ", text)
        for t in re.split(r"[,;/]", text):
            t = nfc(re.sub(r"\s+", " ", t))
            # Chữ Nôm and other scripts are no mark's spelling here: Latin letters only
            if not t or len(t.split()) > 3 or re.search(r"[^\w\s-]", t) or any(ord(ch) >= 0x2000 or ch.isdigit() for ch in t):
                continue
            key = head.replace(" ", "_")
            out.setdefault(key, [])
            if t not in out[key] and len(out[key]) < 6:
                out[key].append(t)
    return out


def canonical(vocab, wn_index, synsets):
    """Union of words whose most frequent sense (per part of speech) is the same synset: big = large."""
    parent = {w: w for w in vocab}

    def find(w):
        while parent[w] != w:
            parent[w] = parent[parent[w]]
            w = parent[w]
        return w

    for w in vocab:
        for pos, offs in wn_index.get(w, {}).items():
            # nouns and adjectives name what a mark shows or says; merging verbs and adverbs by their
            # first sense joined words like 'about' and 'some'
            if not offs or pos not in ("noun", "adj"):
                continue
            first = offs[0]
            for other in synsets.get((pos, first), []):
                if other == w or other not in parent:
                    continue
                o = wn_index.get(other, {}).get(pos, [])
                if o and o[0] == first:
                    a, b = find(w), find(other)
                    if a != b:
                        # the shorter (then alphabetically first) word names the concept, but not a symbol (I for iodine)
                        keep, drop = sorted([a, b], key=lambda x: (len(x) < 3, len(x), x))
                        parent[drop] = keep
    # a word made from another (golden from gold, wooden from wood) that WordNet lists in one of the
    # other's senses means the same in a mark; the first-sense rule above misses them
    senses = {w: {l for pos, offs in wn_index.get(w, {}).items() if pos in ("noun", "adj") for o in offs for l in synsets.get((pos, o), [])} for w in vocab}
    for w in vocab:
        for other in senses[w]:
            if other != w and other in parent and (w.startswith(other) or other.startswith(w)) and w in senses.get(other, ()):
                a, b = find(w), find(other)
                if a != b:
                    keep, drop = sorted([a, b], key=lambda x: (len(x) < 3, len(x), x))
                    parent[drop] = keep
    return {w: find(w) for w in vocab}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--fvdp", required=True)
    ap.add_argument("--dsl", required=True)
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--sino", required=True, help="the hand-written Sino-Vietnamese table (its English column joins the vocabulary)")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    wn_index, synsets, exc = load_wordnet(a.wordnet)
    vi = fvdp(a.fvdp, wn_index)
    en = wiktionary(a.dsl, wn_index)
    vocab = set(en)
    for cs in vi.values():
        vocab.update(cs)
    for line in open(a.sino, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t")
        if len(cols) >= 3:
            vocab.update(c.strip() for c in cols[2].split(",") if c.strip())
    canon = canonical(vocab, wn_index, synsets)
    with gzip.open(os.path.join(a.out, "vi-en-fvdp.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# Vietnamese headword (NFC, lower case) TAB English glosses (first short senses). Derived from FVDP, GPL-2.0-or-later.\n")
        for k in sorted(vi):
            f.write(k + "\t" + ",".join(vi[k]) + "\n")
    with gzip.open(os.path.join(a.out, "en-vi-wiktionary.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# English headword TAB Vietnamese translations. Derived from the English Wiktionary (Open DSL Dictionary Project), CC BY-SA 3.0.\n")
        for k in sorted(en):
            f.write(k + "\t" + "|".join(en[k]) + "\n")
    with gzip.open(os.path.join(a.out, "en-wordnet.tsv.gz"), "wt", encoding="utf-8", compresslevel=9) as f:
        f.write("# English word TAB concept it shares its most frequent sense with; inflected form TAB lemma. Subset of WordNet 3.0.\n")
        for w in sorted(canon):
            if canon[w] != w:
                f.write(w + "\t" + canon[w] + "\n")
        for form, lemma in sorted(exc.items()):
            if lemma in canon and form not in canon and WORD.match(form):
                f.write(form + "\t" + canon[lemma] + "\n")
    print(f"vi {len(vi)}  en {len(en)}  vocab {len(vocab)}  merged {sum(1 for w in canon if canon[w] != w)}")


if __name__ == "__main__":
    main()
