#!/usr/bin/env python3
"""Validates the entity gold (src/main/resources/org/briefings/eval/entities/gold.jsonl).

Usage: scripts/check-gold.py [DATA_ROOT] [GOLD_FILE]
  DATA_ROOT  the shared data folder (default ../shared/data from the repository root);
             refs into it are resolved and their SHA-1 checked. If it is missing, refs into
             it are reported as skipped, not as errors.
Checks: one JSON object per line, unique ids, required fields, split dev|test, about codes
are two capital letters, every ref resolves and its SHA-1 matches, 80-300 words, every
mention is a substring of the passage text. Prints counts per source/lang/split and totals.
Exit status 1 if anything is wrong. Standard library only.

Passage text of a ref:
  - reuters21578/reut2-NNN.sgm + newid: the BODY of the <REUTERS NEWID=...> story, decoded the way
    org.briefings.eval.reuters.ReutersCorpus does (latin-1; &#N; dropped; &lt; &gt; &amp; decoded;
    a trailing "Reuter" sign-off removed), then [start:end].
  - any other file: the file decoded as UTF-8 without newline translation, then [start:end].
    Paths starting with "corpus/" are relative to the repository root, others to DATA_ROOT.
  Offsets count Unicode code points (all stored passages are in the Basic Multilingual Plane,
  so they equal Java String (UTF-16) indices).
"""
import collections
import hashlib
import json
import os
import re
import sys

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
GOLD = os.path.join(REPO, "src/main/resources/org/briefings/eval/entities/gold.jsonl")
SOURCES = {"ungdc", "crs", "reuters", "sample", "team"}
LANGS = {"en", "fr", "es", "de", "ru", "ar", "pt", "zh"}
JWS = "[ \t\n\x0b\f\r]"  # Java's \s without UNICODE_CHARACTER_CLASS

_sgm_cache = {}


def reuters_body(path, newid):
    if path not in _sgm_cache:
        with open(path, encoding="latin-1", newline="") as f:
            sgml = f.read()
        stories = {}
        for m in re.finditer(r"<REUTERS([^>]*)>(.*?)</REUTERS>", sgml, re.S):
            attrs = dict(re.findall(r'(\w+)="([^"]*)"', m.group(1)))
            stories[attrs.get("NEWID")] = (attrs, m.group(2))
        _sgm_cache[path] = stories
    attrs, inner = _sgm_cache[path].get(str(newid), (None, None))
    if inner is None:
        return None, None
    s = inner.find("<BODY>")
    if s < 0:
        return attrs, ""
    s += len("<BODY>")
    e = inner.find("</BODY>", s)
    body = inner[s:] if e < 0 else inner[s:e]
    body = re.sub(r"&#\d+;", "", body)
    body = body.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    body = re.sub("(?s)" + JWS + "*Reuter" + JWS + r"*\Z", "", body)
    return attrs, body


def main():
    data = sys.argv[1] if len(sys.argv) > 1 else os.path.join(REPO, "..", "shared", "data")
    gold = sys.argv[2] if len(sys.argv) > 2 else GOLD
    have_data = os.path.isdir(data)
    errors, skipped = [], 0
    ids = set()
    per = collections.Counter()
    tot = collections.Counter()

    def err(pid, msg):
        errors.append("%s: %s" % (pid, msg))

    with open(gold, encoding="utf-8") as f:
        lines = f.read().splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            err("line %d" % n, "empty line")
            continue
        try:
            r = json.loads(line)
        except ValueError as e:
            err("line %d" % n, "not JSON: %s" % e)
            continue
        pid = r.get("id") or "line %d" % n
        for k in ("id", "source", "lang", "split", "people", "orgs", "about"):
            if k not in r:
                err(pid, "missing field " + k)
        if pid in ids:
            err(pid, "duplicate id")
        ids.add(pid)
        if r.get("source") not in SOURCES:
            err(pid, "unknown source %r" % r.get("source"))
        if r.get("lang") not in LANGS:
            err(pid, "unknown lang %r" % r.get("lang"))
        if r.get("split") not in ("dev", "test"):
            err(pid, "split must be dev or test")
        about = r.get("about", [])
        if not isinstance(about, list) or len(about) > 3 or any(
                not isinstance(c, str) or not re.fullmatch(r"[A-Z]{2}", c) for c in about):
            err(pid, "about must be 0-3 ISO 3166 alpha-2 codes: %r" % about)
        if ("text" in r) == ("ref" in r):
            err(pid, "exactly one of text and ref")
            continue
        text = None
        if "text" in r:
            text = r["text"]
        else:
            ref = r["ref"]
            for k in ("file", "start", "end", "sha1"):
                if k not in ref:
                    err(pid, "ref lacks " + k)
            if r.get("source") == "reuters" and "newid" not in ref:
                err(pid, "reuters ref lacks newid")
            rel = ref.get("file", "")
            path = os.path.join(REPO, rel) if rel.startswith("corpus/") else os.path.join(data, rel)
            if not rel.startswith("corpus/") and not have_data:
                skipped += 1
            elif not os.path.isfile(path):
                err(pid, "ref file not found: " + path)
            else:
                if "newid" in ref:
                    attrs, full = reuters_body(path, ref["newid"])
                    if full is None:
                        err(pid, "no story NEWID=%s in %s" % (ref["newid"], rel))
                        full = ""
                    elif attrs.get("LEWISSPLIT") != "TRAIN":
                        err(pid, "Reuters story is not LEWISSPLIT=TRAIN")
                else:
                    with open(path, encoding="utf-8", newline="") as fh:
                        full = fh.read()
                text = full[ref.get("start", 0):ref.get("end", 0)]
                if hashlib.sha1(text.encode("utf-8")).hexdigest() != ref.get("sha1"):
                    err(pid, "SHA-1 mismatch for %s [%s:%s]" % (rel, ref.get("start"), ref.get("end")))
                if any(ord(c) > 0xFFFF for c in text):
                    err(pid, "passage has characters outside the BMP (offsets would differ in Java)")
        per[(r.get("source"), r.get("lang"), r.get("split"))] += 1
        for kind in ("people", "orgs"):
            names = set()
            for e in r.get(kind, []):
                if not e.get("name") or not isinstance(e.get("mentions"), list) or not e["mentions"]:
                    err(pid, "%s entry needs a name and at least one mention: %r" % (kind, e))
                    continue
                if e["name"].lower() in names:
                    err(pid, "%s listed twice: %s" % (kind, e["name"]))
                names.add(e["name"].lower())
                if len(set(e["mentions"])) != len(e["mentions"]):
                    err(pid, "repeated mention in %s" % e["name"])
                tot[kind] += 1
                tot[kind + " mentions"] += len(e["mentions"])
                if text is not None:
                    for m in e["mentions"]:
                        if m not in text:
                            err(pid, "mention not in text: %r" % m)
        if text is not None:
            wc = len(text.split())
            if not 80 <= wc <= 300:
                err(pid, "%d words (want 80-300)" % wc)
            tot["words"] += wc
        tot["about"] += len(about)
        tot["passages"] += 1

    print("passages per source / lang / split:")
    for src in sorted({k[0] for k in per}, key=str):
        for lang in sorted({k[1] for k in per if k[0] == src}, key=str):
            d, t = per[(src, lang, "dev")], per[(src, lang, "test")]
            print("  %-8s %-3s dev %3d  test %3d  total %3d" % (src, lang, d, t, d + t))
    print("by split: dev %d, test %d" % (sum(v for k, v in per.items() if k[2] == "dev"),
                                          sum(v for k, v in per.items() if k[2] == "test")))
    print("totals: %d passages, %d people (%d mentions), %d organisations (%d mentions), "
          "%d about-countries, %d words" % (tot["passages"], tot["people"], tot["people mentions"],
                                            tot["orgs"], tot["orgs mentions"], tot["about"], tot["words"]))
    if skipped:
        print("skipped: %d refs into %s (not found)" % (skipped, data))
    for e in errors:
        print("ERROR " + e)
    print("OK" if not errors else "%d errors" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
