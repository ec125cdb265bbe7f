#!/usr/bin/env python3
"""Builds src/main/resources/org/briefings/enrich/person/common-words.txt.

Usage: scripts/build-common-words.py [DATA_ROOT]   (default ../shared/data)

A word is common when, in Reuters-21578 TRAIN bodies and the UN General Debate speeches, it is
written in lower case at least 20 times and in lower case at least half of the times it is
written at all: "order", "member", "addressing", "thousands" are; "bush", "baker", "kim" are not
(they are mostly capitalised, as names are). Given names of person/given-names.txt are left out.
The person tagger does not accept such a word alone as a person without an honorific before it.
Standard library only; the output is sorted, so rebuilding gives the same file.
"""
import collections
import glob
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(REPO, "src/main/resources/org/briefings/enrich/person/common-words.txt")
GIVEN = os.path.join(REPO, "src/main/resources/org/briefings/enrich/person/given-names.txt")
WORD = re.compile(r"[A-Za-z][a-z]+")


def texts(data):
    for path in sorted(glob.glob(os.path.join(data, "reuters21578", "reut2-*.sgm"))):
        with open(path, encoding="latin-1") as f:
            sgml = f.read()
        for m in re.finditer(r'<REUTERS[^>]*LEWISSPLIT="TRAIN"[^>]*>(.*?)</REUTERS>', sgml, re.S):
            body = re.search(r"<BODY>(.*?)</BODY>", m.group(1), re.S)
            if body:
                yield body.group(1)
    for path in sorted(glob.glob(os.path.join(data, "ungdc", "TXT", "*", "*.txt"))):
        with open(path, encoding="utf-8", errors="replace") as f:
            yield f.read()


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
    lower = collections.Counter()
    total = collections.Counter()
    for text in texts(data):
        for w in WORD.findall(text):
            l = w.lower()
            total[l] += 1
            if w[0].islower():
                lower[l] += 1
    with open(GIVEN, encoding="utf-8") as f:
        given = {l.strip().lower() for l in f if l.strip() and not l.startswith("#")}
    words = sorted(w for w, n in lower.items()
                   if n >= 20 and 2 * n >= total[w] and len(w) >= 3 and w not in given)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("# Words written in lower case most of the time (Reuters-21578 TRAIN, UN General Debate);\n")
        f.write("# built by scripts/build-common-words.py, do not edit. Not given names.\n")
        f.write("\n".join(words) + "\n")
    print(len(words), "words ->", OUT)


if __name__ == "__main__":
    sys.exit(main())
