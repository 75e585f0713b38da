#!/usr/bin/env python3
"""Derives the patent search's translation lexicons from the two open dictionaries.

  python3 tools/lexicon/build_patent_lexicon.py FVDP.json WIKTIONARY.dsl.dz OUT_DIR

Writes OUT_DIR/lexicon-vi-en-fvdp.tsv.gz (GPL-2.0-or-later, from FVDP) and
OUT_DIR/lexicon-en-vi-wiktionary.tsv.gz (CC BY-SA 3.0, from English Wiktionary). Each line:
source<TAB>translation; translation; ...  (most common sense first). Only short translations are
kept (a search term, not a definition): at most four words, no usage notes.
"""
import gzip, json, re, sys

MAX_WORDS = 4
MAX_TRANSLATIONS = 6
PAREN = re.compile(r"\([^)]*\)")
BRACKETS = re.compile(r"\[[^\]]*\]")


def clean_en(s):
    s = PAREN.sub(" ", s).strip().strip(".!:").strip()
    s = re.sub(r"^(to|a|an|the)\s+", "", s, flags=re.I)
    s = re.sub(r"\s+", " ", s).lower()
    if not s or len(s.split()) > MAX_WORDS or not re.fullmatch(r"[a-z][a-z0-9 '\-]*", s):
        return None
    return s


def clean_vi(s):
    s = PAREN.sub(" ", s).strip().strip(".!:;").strip()
    s = re.sub(r"\s+", " ", s).lower()
    if not s or len(s.split()) > MAX_WORDS or re.search(r"[0-9~/=+]", s):
        return None
    return s


def add(table, key, value):
    values = table.setdefault(key, [])
    if value not in values and len(values) < MAX_TRANSLATIONS:
        values.append(value)


def fvdp(path):
    table = {}
    data = json.load(open(path, encoding="utf-8"))
    for head, entry in data.items():
        key = clean_vi(head)
        for definition in entry.get("definitions", []):
            for line in definition.split("\n"):
                if line.startswith("-"):
                    for part in re.split(r"[;,]", line[1:]):
                        en = clean_en(part)
                        if key and en:
                            add(table, key, en)
                elif line.startswith("=") and "+" in line:
                    # An example "=bơm chân không+a vacuum pump": a compound with its own translation.
                    vi, en = line[1:].split("+", 1)
                    vi, en = clean_vi(vi), clean_en(en)
                    if vi and en and len(vi.split()) >= 2 and len(en.split()) <= 3:
                        add(table, vi, en)
    return table


def wiktionary(path):
    table = {}
    text = gzip.open(path).read().decode("utf-16")
    head = None
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        if not line[0].isspace():
            head = clean_en(line)
            continue
        m = re.search(r"\[m1\](.*?)\[/m\]", line)
        if head and m:
            for part in re.split(r"[;,]", BRACKETS.sub("", m.group(1))):
                vi = clean_vi(part)
                if vi:
                    add(table, head, vi)
    return table


def write(table, path):
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=9) as f:
        for key in sorted(table):
            f.write(key + "\t" + "; ".join(table[key]) + "\n")


if __name__ == "__main__":
    fv, wk, out = sys.argv[1:4]
    write(fvdp(fv), f"{out}/lexicon-vi-en-fvdp.tsv.gz")
    write(wiktionary(wk), f"{out}/lexicon-en-vi-wiktionary.tsv.gz")
