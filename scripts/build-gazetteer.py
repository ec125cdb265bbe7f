#!/usr/bin/env python3
"""Builds the country gazetteer resource used by org.briefings.enrich.country.CountryTagger.

Reads the public sources under ../shared/data/gazetteer (see NOTICE for their licences) and the
hand-written scripts/gazetteer-supplement.tsv, and writes
src/main/resources/org/briefings/enrich/country/gazetteer.tsv.

Output: one line per (country, kind, surface form), grouped by country:
    code <TAB> kind <TAB> form <TAB> flags
kinds: name (English short name, one per country), official, alt, demonym, capital, city (a
major city: used in running text), region (state/province), dateline (a place used only when it
opens a dateline), state (a US state or its abbreviation as written after a place name: "Paris,
Texas"), block (a phrase that names no country), multi (code column is a comma list).
Flags: cs (case-sensitive), weak (also a first name or a word), nocaps (ignored in ALL-CAPS
text unless corroborated).

Usage: python3 scripts/build-gazetteer.py [--data ../shared/data/gazetteer]
Only the Python standard library is needed. CI does not run this; the output is committed.
"""
import argparse
import collections
import json
import os
import re
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
OUT = os.path.join(ROOT, "src/main/resources/org/briefings/enrich/country/gazetteer.tsv")
SUPPLEMENT = os.path.join(HERE, "gazetteer-supplement.tsv")

# Cities of at least this population are matched in running text ("talks in Geneva").
RUNNING_TEXT_MIN_POP = 250_000
# A city name shared by another country's city of at least this share of the largest one's
# population is ambiguous in running text (Valencia, Spain vs Venezuela) and left to datelines.
AMBIGUOUS_SHARE = 0.3
# Withdrawn countries we keep (ISO 3166-3 codes that news archives still need).
WITHDRAWN = {"SU": "Soviet Union", "DD": "East Germany", "YU": "Yugoslavia", "ZR": "Zaire",
             "CS": "Czechoslovakia", "YD": "South Yemen", "AN": "Netherlands Antilles"}
# Languages of world-countries' `translations` that briefings arrive in (besides English).
TRANSLATIONS = ("ara", "deu", "fra", "por", "rus", "spa", "zho")
# The word joining the parts of a compound name, per language: "Trinidad and Tobago",
# "Saint-Vincent-et-les-Grenadines", "Сент-Винсент и Гренадины". Arabic and Chinese glue it on.
CONJUNCTIONS = {"eng": ("and",), "fra": ("et",), "spa": ("y", "e"), "deu": ("und",), "por": ("e",),
                "rus": ("и",)}
# Articles a part may start with ("the Grenadines", "les Grenadines", "die Grenadinen").
ARTICLES = ("the", "les", "la", "las", "los", "le", "die", "as", "os", "a", "o")
# Parts that name nothing alone.
GENERIC_PARTS = {"islands", "island", "iles", "islas", "ilhas", "inseln"}


def fold(s):
    """Accent-folded form ("Côte d'Ivoire" -> "Cote d'Ivoire"): texts often drop accents."""
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


def latin(s):
    """True when the form is written in Latin letters (we tag English text)."""
    return all(c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in s)


def usable(form):
    """Drops inverted catalogue forms ("Korea, Republic of"), codes, brackets and non-Latin scripts."""
    form = form.strip()
    return (len(form) >= 3 and "," not in form and "(" not in form and latin(form)
            and not re.fullmatch(r"[A-Z]{2,3}", form))


def derived_usable(form):
    """Any script, but no catalogue punctuation; two characters suffice for Chinese ("朝鲜")."""
    form = form.strip()
    han = all(unicodedata.name(c, "").startswith("CJK") for c in form)
    return (len(form) >= (2 if han else 3) and "," not in form and "(" not in form
            and not re.fullmatch(r"[A-Z]{2,3}", form))


def parts(name, lang):
    """The parts of a compound name that name the country alone: "Trinidad", "Tobago", "Saint Kitts"."""
    conj = CONJUNCTIONS.get(lang)
    if not conj:
        return []
    words = "|".join(conj)
    pieces = re.split(r"\s*,\s*|\s+(?:%s)\s+|-(?:%s)-" % (words, words), name)
    if len(pieces) < 2:
        return []
    out = []
    for p in pieces:
        p = re.sub(r"^(?:%s)[\s-]+" % "|".join(ARTICLES), "", p.strip())
        if len(p) >= 4 and p[0].isupper() and fold(p).lower() not in GENERIC_PARTS:
            out.append(p)
    return out


def saint_variants(form):
    """"Saint Kitts" is also written "St Kitts", "St. Kitts" and, in French style, "Saint-Kitts"."""
    m = re.match(r"^(Saint|St\.?)([ -])(.+)$", form)
    if not m:
        return []
    rest = m.group(3)
    return [v for v in ("Saint " + rest, "St " + rest, "St. " + rest, "Saint-" + rest) if v != form]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=os.path.join(ROOT, "..", "shared", "data", "gazetteer"))
    args = ap.parse_args()
    data = args.data

    # entries[code][kind] = {form: flags}
    entries = collections.defaultdict(lambda: collections.defaultdict(dict))
    names = {}

    def add(code, kind, form, flags=""):
        form = form.strip()
        if not form:
            return
        for f in {form, fold(form)}:
            entries[code][kind].setdefault(f, flags)

    # 1. world-countries: names, official names, alternative spellings, demonyms, capitals.
    with open(os.path.join(data, "world-countries/countries.json"), encoding="utf-8") as fh:
        wc = json.load(fh)
    for c in wc:
        code = c["cca2"]
        names[code] = c["name"]["common"]
        add(code, "official", c["name"]["official"])
        for alt in c.get("altSpellings", []):
            if usable(alt) and alt != c["name"]["official"]:
                add(code, "alt", alt)
        dem = (c.get("demonyms") or {}).get("eng") or {}
        for d in {dem.get("m"), dem.get("f")}:
            if d and usable(d):
                add(code, "demonym", d)
                if not re.search(r"(ese|ss|sh|ch|i)$", d):
                    add(code, "demonym", d + "s")
        for cap in c.get("capital", []):
            if usable(cap):
                add(code, "capital", cap)

    # 2. iso-codes 3166-1: English short and official names.
    with open(os.path.join(data, "iso-codes/iso_3166-1.json"), encoding="utf-8") as fh:
        for c in json.load(fh)["3166-1"]:
            for key in ("name", "common_name", "official_name"):
                if c.get(key) and usable(c[key]):
                    add(c["alpha_2"], "alt" if key != "official_name" else "official", c[key])

    # 3. iso-codes 3166-3: the withdrawn countries that old material needs.
    with open(os.path.join(data, "iso-codes/iso_3166-3.json"), encoding="utf-8") as fh:
        for c in json.load(fh)["3166-3"]:
            code = c["alpha_2"]
            if code in WITHDRAWN and WITHDRAWN[code].split()[0].lower() in c["name"].lower() or (
                    code == "SU" and "USSR" in c["name"]) or (code == "DD" and "German" in c["name"]):
                names[code] = WITHDRAWN[code]
                first = c["name"].split(",")[0].strip()
                if usable(first):
                    add(code, "alt", first)
    for code, name in WITHDRAWN.items():
        names.setdefault(code, name)

    # 4. i18n-iso-countries: English names with aliases (a string or a list).
    with open(os.path.join(data, "i18n-iso-countries/langs/en.json"), encoding="utf-8") as fh:
        for code, v in json.load(fh)["countries"].items():
            for alias in ([v] if isinstance(v, str) else v):
                if usable(alias):
                    add(code, "alt", alias)

    # 5. geonames: capitals (a second opinion on the capital's English spelling).
    with open(os.path.join(data, "geonames/countryInfo.txt"), encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 5 and cols[5] and usable(cols[5]):
                add(cols[0], "capital", cols[5])

    # 6. cities: major ones for running text, every one (largest of its name) for datelines.
    with open(os.path.join(data, "cities/cityMap.json"), encoding="utf-8") as fh:
        cities = json.load(fh)
    by_name = collections.defaultdict(list)
    for c in cities:
        nm = c.get("city_ascii") or c["city"]
        iso2 = c.get("iso2")
        if iso2 == -99 and c.get("iso3") == "KOS":
            c["iso2"] = iso2 = "XK"  # Kosovo: user-assigned code XK, as most software uses
        if nm and usable(nm) and isinstance(iso2, str) and len(iso2) == 2:
            by_name[nm].append(c)
    country_forms = {f.lower() for code in entries for kind in ("alt", "official")
                     for f in entries[code][kind]} | {n.lower() for n in names.values()}
    for nm, group in by_name.items():
        group.sort(key=lambda c: -(c.get("pop") or 0))
        top = group[0]
        if nm.lower() in country_forms:
            continue  # "Kuwait", "Singapore", "Armenia" (Colombia): the country entry decides
        rivals = [c for c in group[1:] if c["iso2"] != top["iso2"]]
        ambiguous = rivals and (rivals[0].get("pop") or 0) >= AMBIGUOUS_SHARE * (top.get("pop") or 1)
        if (top.get("pop") or 0) >= RUNNING_TEXT_MIN_POP and not ambiguous:
            add(top["iso2"], "city", nm)
        else:
            add(top["iso2"], "dateline", nm)

    # 7. derived forms: parts of compound names, "St" variants of "Saint" names, and the names,
    # official names and French demonyms in the other languages briefings arrive in. A derived
    # form never takes a form another country already has ("San Vicente" stays a city of
    # Brazil's, not Saint Vincent's); two countries deriving the same form lose it below.
    claimed = collections.defaultdict(set)
    for code, kinds in entries.items():
        for kind, forms in kinds.items():
            if kind != "dateline":
                for f in forms:
                    claimed[fold(f).lower()].add(code)

    def derive(code, kind, form, flags=""):
        form = form.strip()
        if derived_usable(form) and claimed[fold(form).lower()] <= {code}:
            add(code, kind, form, flags)

    for c in wc:
        code = c["cca2"]
        tr = c.get("translations", {})
        for lang, name in [("eng", c["name"]["common"])] + [(l, tr[l]["common"]) for l in TRANSLATIONS if l in tr]:
            if lang != "eng":
                derive(code, "alt", name)
            for p in parts(name, lang):
                derive(code, "alt", p)
        for lang in TRANSLATIONS:
            if lang in tr:
                derive(code, "official", tr[lang]["official"])
        dem = (c.get("demonyms") or {}).get("fra") or {}
        for d in {dem.get("m"), dem.get("f")}:
            if d:
                derive(code, "demonym", d)
                if not d.endswith(("s", "x")):
                    derive(code, "demonym", d + "s")
        # English demonyms the sources join with "or": "Kittitian or Nevisian"
        eng = (c.get("demonyms") or {}).get("eng") or {}
        for d in {eng.get("m"), eng.get("f")}:
            if d and " or " in d:
                for p in d.split(" or "):
                    derive(code, "demonym", p)
                    derive(code, "demonym", p + "s")
    for code in list(entries):
        for kind in ("official", "alt", "capital", "city", "demonym"):
            for f in list(entries[code].get(kind, {})):
                for v in saint_variants(f):
                    derive(code, kind, v)

    # 8. the hand-written supplement: drops first (they apply to generated forms), then additions.
    supplement = []
    with open(SUPPLEMENT, encoding="utf-8") as fh:
        for line in fh:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            cols += [""] * (4 - len(cols))
            supplement.append(cols[:4])
    for code, kind, form, _ in supplement:
        if kind != "drop":
            continue
        for c in ([code] if code != "*" else list(entries)):
            for k in list(entries[c]):
                if k in ("dateline", "state"):
                    continue  # a dropped word can still open a dateline ("HOUSTON, March 2 -")
                for f in list(entries[c][k]):
                    if fold(f).lower() == fold(form).lower():
                        moved = k in ("city", "capital")
                        del entries[c][k][f]
                        if moved:
                            entries[c]["dateline"][f] = ""
    for code, kind, form, flags in supplement:
        if kind == "drop":
            continue
        if kind in ("alt", "name", "demonym", "capital", "city", "region"):
            # the supplement is the last word on a form: remove it from other countries
            for c in list(entries):
                if c == code:
                    continue
                for k in list(entries[c]):
                    if k == "dateline":
                        continue
                    for f in list(entries[c][k]):
                        if fold(f).lower() == fold(form).lower():
                            del entries[c][k][f]
        entries[code][kind][form] = flags
        if kind == "name":
            names[code] = form

    # A form claimed by two countries in running text is ambiguous ("Congo", "Congolese"):
    # keep it only where the supplement put it, otherwise drop it.
    owners = collections.defaultdict(set)
    for code, kinds in entries.items():
        if code in ("-",) or "," in code:
            continue
        for kind, forms in kinds.items():
            if kind in ("dateline", "state"):
                continue
            for f in forms:
                owners[f].add(code)
    # A form shared by one sovereign state and territories ("French", "Français": France and its
    # overseas collectivities) is the state's.
    sup_forms = {(c, f) for c, k, f, _ in supplement if k != "drop"}
    independent = {c["cca2"] for c in wc if c.get("independent")}
    for f, codes in owners.items():
        if len(codes) > 1:
            states = codes & independent
            for code in codes:
                if (code, f) not in sup_forms and not (len(states) == 1 and code in states):
                    for kind in entries[code]:
                        if kind != "dateline":
                            entries[code][kind].pop(f, None)

    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("# Country gazetteer for CountryTagger, built by scripts/build-gazetteer.py; do not edit.\n")
        out.write("# Sources and licences: see NOTICE. Columns: code, kind, form, flags.\n")
        order = ["name", "official", "alt", "demonym", "capital", "city", "region", "dateline", "state", "block",
                 "multi"]
        for code in sorted(entries, key=lambda c: (c == "-" or "," in c, c)):
            if code != "-" and "," not in code:
                out.write(f"{code}\tname\t{names.get(code, code)}\t\n")
            for kind in order:
                for form in sorted(entries[code].get(kind, {})):
                    if kind == "name":
                        continue
                    out.write(f"{code}\t{kind}\t{form}\t{entries[code][kind][form]}\n")
    print("wrote", OUT, sum(len(f) for k in entries.values() for f in k.values()), "forms")


if __name__ == "__main__":
    main()
