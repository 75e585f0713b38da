#!/usr/bin/env python3
"""Turns real conflict cases (later mark refused or opposed because of an earlier mark) into eval queries.

    python3 scripts/real-conflicts-queries.py OUT_DIR REGISTER.jsonl [--euipo EUIPO.json] CASES.jsonl...

Writes OUT_DIR/register-extra.jsonl (each case's earlier mark as a register record, plus, with --euipo,
every EUIPO figurative mark that has a word element) and OUT_DIR/<cases>-queries.jsonl, one query per case:
the later mark with its classes, relevant = the inserted earlier mark and any register mark with the same
folded letters. Import REGISTER.jsonl and register-extra.jsonl into one index, then `eval trademarks`.
EUIPO records carry no Nice classes in that file; each gets one to three classes drawn from a hash of its
number, so the class signal is noise for them, as for an unrelated mark.
"""
import hashlib, json, os, sys, unicodedata


def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn" and c.isalnum()).lower()


def main(argv):
    euipo = None
    if "--euipo" in argv:
        i = argv.index("--euipo")
        euipo = argv[i + 1]
        del argv[i:i + 2]
    out, register, cases = argv[0], argv[1], argv[2:]
    os.makedirs(out, exist_ok=True)
    by_letters = {}
    for line in open(register, encoding="utf-8"):
        r = json.loads(line)
        by_letters.setdefault(fold(r["mark"]), []).append(r["id"])
    extra = []
    if euipo:
        for number, e in sorted(json.load(open(euipo, encoding="utf-8")).items()):
            text = (e.get("Text") or "").strip()
            if not fold(text):
                continue
            h = int(hashlib.sha256(number.encode()).hexdigest(), 16)
            classes = sorted({1 + (h >> (8 * k)) % 45 for k in range(1 + h % 3)})
            rid = "EU-" + number
            extra.append({"id": rid, "mark": text, "classes": classes, "owner": "EUIPO proprietor " + number,
                          "status": "registered", "filingDate": e.get("Date") or "2000-01-01", "disclaimed": [],
                          "markType": "figurative"})
            by_letters.setdefault(fold(text), []).append(rid)
    for path in cases:
        name = os.path.splitext(os.path.basename(path))[0]
        prefix = "".join(w[0] for w in name.split("-")).upper()
        queries = []
        for n, line in enumerate(open(path, encoding="utf-8"), 1):
            c = json.loads(line)
            rid = f"RC-{prefix}-{n:03d}"
            classes = c["earlierClasses"] or c["laterClasses"]
            rec = {"id": rid, "mark": c["earlierMark"], "classes": classes, "owner": f"Earlier owner {rid}",
                   "status": "registered", "filingDate": "2010-01-01", "disclaimed": [], "markType": "word"}
            relevant = [rid] + [x for x in by_letters.get(fold(c["earlierMark"]), []) if x != rid]
            by_letters.setdefault(fold(c["earlierMark"]), []).append(rid)
            extra.append(rec)
            queries.append({"qid": f"{prefix.lower()}{n}", "mark": c["laterMark"], "classes": c["laterClasses"],
                            "mechanism": "real_" + name.split("-")[0], "relevant": relevant})
        with open(os.path.join(out, name + "-queries.jsonl"), "w", encoding="utf-8") as f:
            for q in queries:
                f.write(json.dumps(q, ensure_ascii=False) + "\n")
    with open(os.path.join(out, "register-extra.jsonl"), "w", encoding="utf-8") as f:
        for r in extra:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{len(extra)} extra records in {out}/register-extra.jsonl", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
