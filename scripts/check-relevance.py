#!/usr/bin/env python3
"""Validates the relevance test collection (queries.jsonl and judgments.jsonl) and prints counts.

Usage:
    scripts/check-relevance.py [--data ../shared/data] [--corpus corpus] [--dir DIR]

Checks: one JSON object per line; unique query ids; valid kinds, splits and date bounds;
every query has at least one judgment with grade >= 2; judgments refer to known queries,
have grades 0-3 and are not duplicated; every judged document key exists in the scope
(corpus/<sourcePath>, crs/<path under crs-reports/pdf>, ungdc/<Session folder>/<file>).
Exits 1 on any error. Standard library only.
"""
import argparse
import collections
import json
import os
import re
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_DIR = os.path.join(ROOT, "src", "main", "resources", "org", "briefings", "eval", "relevance")

KINDS = ("keyword", "phrase", "entity_topic", "question", "date_bounded")
SPLITS = ("dev", "test")
SESSIONS = ("Session 78 - 2023", "Session 79 - 2024")
QUERY_FIELDS = {"id", "kind", "query", "from", "to", "split", "note"}
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def read_jsonl(path, errors):
    rows = []
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            if not line.strip():
                errors.append("%s:%d: empty line" % (os.path.basename(path), n))
                continue
            try:
                obj = json.loads(line)
            except ValueError as e:
                errors.append("%s:%d: not JSON (%s)" % (os.path.basename(path), n, e))
                continue
            if not isinstance(obj, dict):
                errors.append("%s:%d: not a JSON object" % (os.path.basename(path), n))
                continue
            rows.append((n, obj))
    return rows


def doc_exists(key, data, corpus, zip_cache):
    """True if the document key names a document in the collection's scope."""
    part, _, rest = key.partition("/")
    if part == "corpus":
        outer, bang, inner = rest.partition("!/")
        path = os.path.join(corpus, outer)
        if not os.path.isfile(path):
            return False
        if bang and outer.lower().endswith(".zip"):
            if path not in zip_cache:
                with zipfile.ZipFile(path) as z:
                    zip_cache[path] = set(z.namelist())
            return inner in zip_cache[path]
        return True  # attachments inside e-mails are not checked beyond their container
    if part == "crs":
        return rest.lower().endswith(".pdf") and os.path.isfile(os.path.join(data, "crs-reports", "pdf", rest))
    if part == "ungdc":
        session, _, name = rest.partition("/")
        return session in SESSIONS and os.path.isfile(os.path.join(data, "ungdc", "TXT", session, name))
    return False


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data"), help="shared data root (default ../shared/data)")
    ap.add_argument("--corpus", default=os.path.join(ROOT, "corpus"), help="sample corpus folder (default corpus)")
    ap.add_argument("--dir", default=DEFAULT_DIR, help="folder holding queries.jsonl and judgments.jsonl")
    args = ap.parse_args()

    errors = []
    queries = read_jsonl(os.path.join(args.dir, "queries.jsonl"), errors)
    judgments = read_jsonl(os.path.join(args.dir, "judgments.jsonl"), errors)

    byid = {}
    for n, q in queries:
        where = "queries.jsonl:%d" % n
        missing = QUERY_FIELDS - set(q)
        extra = set(q) - QUERY_FIELDS
        if missing:
            errors.append("%s: missing %s" % (where, sorted(missing)))
        if extra:
            errors.append("%s: unknown fields %s" % (where, sorted(extra)))
        qid = q.get("id")
        if not isinstance(qid, str) or not re.match(r"^q\d{3,}$", qid):
            errors.append("%s: bad id %r" % (where, qid))
        elif qid in byid:
            errors.append("%s: duplicate id %s" % (where, qid))
        else:
            byid[qid] = q
        if q.get("kind") not in KINDS:
            errors.append("%s: bad kind %r" % (where, q.get("kind")))
        if q.get("split") not in SPLITS:
            errors.append("%s: bad split %r" % (where, q.get("split")))
        if not isinstance(q.get("query"), str) or not q.get("query", "").strip():
            errors.append("%s: empty query" % where)
        if not isinstance(q.get("note"), str) or not q.get("note", "").strip():
            errors.append("%s: empty note" % where)
        for f in ("from", "to"):
            v = q.get(f)
            if v is not None and not (isinstance(v, str) and DATE.match(v)):
                errors.append("%s: bad %s %r" % (where, f, v))
        if q.get("kind") == "date_bounded" and q.get("from") is None and q.get("to") is None:
            errors.append("%s: date_bounded query without from/to" % where)
        if q.get("kind") == "question" and not str(q.get("query", "")).rstrip().endswith("?"):
            errors.append("%s: question without '?'" % where)

    seen = set()
    best = collections.defaultdict(lambda: -1)
    grades = collections.Counter()
    per_query = collections.Counter()
    docs = set()
    zip_cache = {}
    missing_docs = set()
    for n, j in judgments:
        where = "judgments.jsonl:%d" % n
        if set(j) != {"query", "doc", "grade"}:
            errors.append("%s: fields must be query, doc, grade" % where)
            continue
        qid, doc, g = j["query"], j["doc"], j["grade"]
        if qid not in byid:
            errors.append("%s: unknown query %r" % (where, qid))
        if not isinstance(g, int) or isinstance(g, bool) or not 0 <= g <= 3:
            errors.append("%s: bad grade %r" % (where, g))
            continue
        if (qid, doc) in seen:
            errors.append("%s: duplicate judgment %s %s" % (where, qid, doc))
        seen.add((qid, doc))
        best[qid] = max(best[qid], g)
        grades[g] += 1
        per_query[qid] += 1
        if doc not in docs:
            docs.add(doc)
            if not doc_exists(doc, args.data, args.corpus, zip_cache):
                missing_docs.add(doc)
    for doc in sorted(missing_docs):
        errors.append("judged document not in scope: %s" % doc)
    for qid in byid:
        if best[qid] < 2:
            errors.append("query %s has no judgment with grade >= 2" % qid)

    # counts
    kinds = collections.Counter((q["kind"], q["split"]) for q in byid.values())
    print("queries: %d" % len(byid))
    print("  %-13s %4s %4s %5s" % ("kind", "dev", "test", "all"))
    for k in KINDS:
        print("  %-13s %4d %4d %5d" % (k, kinds[(k, "dev")], kinds[(k, "test")], kinds[(k, "dev")] + kinds[(k, "test")]))
    print("  %-13s %4d %4d %5d" % ("all", sum(v for (k, s), v in kinds.items() if s == "dev"),
                                   sum(v for (k, s), v in kinds.items() if s == "test"), len(byid)))
    parts = collections.Counter()
    for qid, q in byid.items():
        # the part of the collection holding the query's best-graded documents
        top = [j["doc"].split("/", 1)[0] for _, j in judgments if j.get("query") == qid and j.get("grade") == best[qid]]
        parts[collections.Counter(top).most_common(1)[0][0] if top else "?"] += 1
    print("queries by part of the collection (where their best-graded documents are): %s"
          % ", ".join("%s %d" % kv for kv in sorted(parts.items())))
    print("judgments: %d (%s); %d distinct documents; %.1f per query"
          % (sum(grades.values()), ", ".join("grade %d: %d" % (g, grades[g]) for g in (3, 2, 1, 0)),
             len(docs), sum(grades.values()) / max(1, len(byid))))
    if errors:
        print("\n%d error(s):" % len(errors), file=sys.stderr)
        for e in errors[:200]:
            print("  " + e, file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    sys.exit(main())
