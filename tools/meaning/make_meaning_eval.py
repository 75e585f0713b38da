#!/usr/bin/env python3
"""Meaning evaluation: inserts marks that say the same thing in native Vietnamese (head first), Sino-Vietnamese
and English (modifier first) into a copy of a register, and writes eval queries that search one form for the others.

  python3 tools/meaning/make_meaning_eval.py --register R.jsonl --out-register OUT.jsonl --out-queries Q.jsonl [--groups 400]

Groups are a modifier (colour, size, age, quality) with a head (animal, nature, plant, thing), formed from
the hand-written Sino-Vietnamese table, plus two-form groups (Vietnamese word / English word) from the
shipped dictionaries. A group is "held out" (mechanism suffix _heldout) when its head's English name hashes
into the held-out half: those heads were never looked at while tuning. Each group also brings one distractor
that shares only the head (Rồng Xanh for Rồng Đỏ), which must not outrank the real forms.
"""
import argparse, gzip, hashlib, json, random, unicodedata

MODIFIER_SECTIONS = {"colours", "size, age, quality", "numbers"}
HEAD_SECTIONS = {"animals", "nature", "plants", "places and things", "people, ranks, myth"}


def title(s):
    return " ".join(w[:1].upper() + w[1:] for w in s.split())


def held_out(key):
    return int(hashlib.sha1(key.encode()).hexdigest(), 16) % 2 == 1


def read_table(path):
    rows = []
    section = None
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if line.startswith("# ") and "\t" not in line:
            section = line[2:].strip()
            continue
        if not line.strip() or line.startswith("#"):
            continue
        c = line.split("\t")
        if len(c) < 3:
            continue
        sino = [x.strip() for x in c[0].split(",") if x.strip() and " " not in x.strip()]
        native = [x.strip() for x in c[1].split(",") if x.strip()]
        english = [x.strip() for x in c[2].split(",") if x.strip()]
        rows.append(dict(section=section, sino=sino, native=native, english=english))
    return rows


def wordnet(pos):
    try:
        return {l.split()[0] for l in open(f"/usr/share/wordnet/index.{pos}", encoding="latin-1") if not l.startswith(" ")}
    except OSError:
        return None


def read_lexicon(path, separator):
    out = {}
    for line in gzip.open(path, "rt", encoding="utf-8"):
        if not line.startswith("#"):
            key, values = line.rstrip("\n").split("\t")
            out[key] = values.split(separator)
    return out


def dictionary_heads(lexicon_dir, table_words):
    """Vietnamese nouns whose first English gloss translates back to them, outside the hand-written table."""
    vi_en = read_lexicon(f"{lexicon_dir}/vi-en-fvdp.tsv.gz", ",")
    en_vi = read_lexicon(f"{lexicon_dir}/en-vi-wiktionary.tsv.gz", "|")
    nouns = wordnet("noun") or set()
    out = []
    for vi, ens in sorted(vi_en.items()):
        e = ens[0]
        if vi in table_words or "_" in e or e not in nouns or vi not in en_vi.get(e, []) or len(vi.split()) > 2:
            continue
        out.append((vi, e))
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--register", required=True)
    ap.add_argument("--table", default="src/SearchEngine.Core/Resources/meaning/sino-vietnamese.tsv")
    ap.add_argument("--out-register", required=True)
    ap.add_argument("--out-queries", required=True)
    ap.add_argument("--groups", type=int, default=400)
    ap.add_argument("--dictionary-groups", type=int, default=150)
    ap.add_argument("--seed", type=int, default=14)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    rows = read_table(a.table)
    adjectives, nouns = wordnet("adj"), wordnet("noun")
    mods = [r for r in rows if r["section"] in MODIFIER_SECTIONS and r["sino"] and r["native"] and r["english"] and r["section"] != "numbers"
            and (adjectives is None or r["english"][0] in adjectives)]
    heads = [r for r in rows if r["section"] in HEAD_SECTIONS and r["sino"] and r["native"] and r["english"]
             and (nouns is None or r["english"][0] in nouns)]
    table_words = {w for r in rows for w in r["native"] + r["sino"]}
    dict_heads = dictionary_heads(a.table.rsplit("/", 1)[0], table_words)
    colours = [r for r in mods if r["section"] == "colours"]
    register = [json.loads(l) for l in open(a.register, encoding="utf-8")]
    out = list(register)
    queries = []
    seen = set()
    n = 0
    tries = 0
    while n < a.groups and tries < a.groups * 50:
        tries += 1
        m, h = rnd.choice(mods), rnd.choice(heads)
        key = (m["english"][0], h["english"][0])
        if key in seen or m is h:
            continue
        seen.add(key)
        forms = {
            "vi": title(rnd.choice(h["native"]) + " " + rnd.choice(m["native"])),
            "sino": title(rnd.choice(m["sino"]) + " " + rnd.choice(h["sino"])),
            "en": title(rnd.choice(m["english"]) + " " + rnd.choice(h["english"])),
        }
        if len(set(forms.values())) < 3:
            continue
        n += 1
        qform = ["vi", "sino", "en", "vi", "sino", "en", "plain"][n % 7]
        classes = sorted(rnd.sample(range(1, 46), rnd.choice([1, 1, 2])))
        ids = []
        for form, mark in forms.items():
            if qform == form or (qform == "plain" and form == "vi"):
                continue
            rid = f"VN-4-2099-M{n:04d}{form}"
            ids.append(rid)
            out.append({"id": rid, "mark": mark, "classes": classes, "owner": "Meaning eval", "status": "registered",
                        "filingDate": "2020-01-01", "disclaimed": [], "markType": "word"})
        # a distractor: same head, another modifier
        other = rnd.choice([x for x in mods if x is not m])
        out.append({"id": f"VN-4-2099-M{n:04d}x", "mark": title(rnd.choice(h["native"]) + " " + rnd.choice(other["native"])),
                    "classes": classes, "owner": "Meaning eval", "status": "registered", "filingDate": "2020-01-01",
                    "disclaimed": [], "markType": "word"})
        mark = forms["vi"] if qform == "plain" else forms[qform]
        if qform == "plain":
            mark = "".join(ch for ch in unicodedata.normalize("NFD", mark) if unicodedata.category(ch) != "Mn").replace("đ", "d").replace("Đ", "D")
        mech = "meaning_" + qform + ("_heldout" if held_out(h["english"][0]) else "")
        queries.append({"qid": f"m{n}", "mark": mark, "classes": classes, "mechanism": mech, "source": forms["vi"], "relevant": ids})
    # two-form groups from the derived dictionaries: a word the hand-written table does not know, with a colour
    for i, (vi, en) in enumerate(rnd.sample(dict_heads, min(a.dictionary_groups, len(dict_heads)))):
        m = rnd.choice(colours)
        forms = {"vi": title(vi + " " + m["native"][0]), "en": title(m["english"][0] + " " + en)}
        qform = "vi" if i % 2 == 0 else "en"
        classes = sorted(rnd.sample(range(1, 46), 1))
        other = [f for f in forms if f != qform][0]
        rid = f"VN-4-2099-D{i:04d}{other}"
        out.append({"id": rid, "mark": forms[other], "classes": classes, "owner": "Meaning eval", "status": "registered",
                    "filingDate": "2020-01-01", "disclaimed": [], "markType": "word"})
        queries.append({"qid": f"d{i}", "mark": forms[qform], "classes": classes, "mechanism": "meaning_dict_" + qform,
                        "source": forms["vi"], "relevant": [rid]})
    rnd.shuffle(out)
    with open(a.out_register, "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(a.out_queries, "w", encoding="utf-8") as f:
        for q in queries:
            f.write(json.dumps(q, ensure_ascii=False) + "\n")
    print(f"{n} groups, {len(out) - len(register)} marks added to {len(register)}, {len(queries)} queries")


if __name__ == "__main__":
    main()
