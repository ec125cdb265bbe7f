package org.briefings.enrich.date;

import java.util.List;
import java.util.Set;
import org.briefings.enrich.text.Token;
import org.briefings.enrich.text.WordSet;
import org.briefings.enrich.text.Words;

/**
 * Tells a year from an amount: "2018 tonnes", "1,987 pct", "$2018" and "No. 2018" are numbers,
 * not dates, and the words around them say so.
 */
final class Amounts {

    private static final Set<String> UNITS = Words.set(
            "tonnes",
            "tonne",
            "tons",
            "ton",
            "pct",
            "percent",
            "per",
            "mln",
            "million",
            "millions",
            "billion",
            "bln",
            "billions",
            "trillion",
            "dlrs",
            "dollars",
            "dollar",
            "barrels",
            "bpd",
            "people",
            "persons",
            "shares",
            "units",
            "km",
            "kilometres",
            "kilometers",
            "miles",
            "kg",
            "kilos",
            "metres",
            "meters",
            "feet",
            "ft",
            "acres",
            "hectares",
            "troops",
            "soldiers",
            "cars",
            "vehicles",
            "points",
            "yen",
            "marks",
            "francs",
            "pounds",
            "euros",
            "lbs",
            "ounces",
            "oz",
            "bushels",
            "bales",
            "bags",
            "workers",
            "employees",
            "jobs",
            "votes",
            "seats",
            "members",
            "mw",
            "megawatts",
            "cases",
            "deaths",
            "pages",
            "words",
            "items",
            "sq",
            "square",
            "cubic",
            "litres",
            "liters",
            "gallons",
            "calories",
            "hours",
            "minutes",
            "seconds",
            "days",
            "weeks",
            "months",
            "years",
            "times",
            "copies",
            "homes",
            "houses",
            "households",
            "students",
            "refugees",
            "migrants",
            "rounds",
            "missiles",
            "warheads",
            "aircraft",
            "planes",
            "ships",
            "vessels",
            "tanks",
            "guns",
            "rifles",
            "km2",
            "sqkm",
            "rupees",
            "yuan",
            "won",
            "roubles",
            "rubles",
            "lire",
            "crowns",
            "pesos",
            "reais",
            "cruzados",
            "rand",
            "dinars",
            "riyals",
            "mt",
            "mts",
            "kw",
            "kwh",
            "gw",
            "gwh",
            "cents",
            "stg",
            "ecus",
            "acre",
            "head",
            "cattle",
            "hogs",
            "pigs",
            "cartons",
            "containers",
            "lots",
            "contracts",
            "beds",
            "doses",
            "tests",
            "infections",
            "patients",
            "children",
            "women",
            "men",
            "families",
            "villages",
            "sites",
            "projects",
            "companies",
            "firms",
            "banks",
            "stores",
            "branches",
            "flights",
            "passengers",
            "visitors",
            "tourists",
            "hectare",
            "newtons",
            "degrees",
            "kilograms",
            "grams",
            "g",
            "m",
            "b",
            "bn",
            "k",
            "x");

    private static final Set<String> AMOUNT_BEFORE = Words.set(
            "$",
            "\u00a3",
            "\u20ac",
            "\u00a5",
            "#",
            "no",
            "nos",
            "number",
            "us$",
            "a$",
            "c$",
            "hk$",
            "nt$",
            "s$",
            "rs",
            "dm",
            "stg",
            "usd",
            "eur",
            "gbp",
            "cny",
            "jpy",
            "page",
            "pages",
            "p",
            "pp",
            "section",
            "article",
            "resolution",
            "rule",
            "flight",
            "route",
            "room",
            "model",
            "version",
            "code",
            "id",
            "about",
            "approximately",
            "nearly",
            "almost",
            "some");

    private Amounts() {}

    /** A unit or "%" right after the number that ends before token k ("2018 tonnes", "1987 pct"). */
    static boolean unitAfter(List<Token> toks, int k) {
        if (k >= toks.size()) {
            return false;
        }
        Token u = toks.get(k);
        if (u.isPunct('%')) {
            return true;
        }
        return u.isWord()
                && WordSet.holds(UNITS, u)
                && u.start() - toks.get(k - 1).end() <= 1;
    }

    /** A currency, "No." or another number right before token i ("$2018", "No. 2018"). */
    static boolean amountBefore(List<Token> toks, int i) {
        if (i == 0) {
            return false;
        }
        Token p = toks.get(i - 1);
        if (p.end() == toks.get(i).start() && p.kind() == Token.Kind.PUNCT && !p.isPunct('(') && !p.isPunct('"')) {
            return true; // "$2018", "#2018", "-2018"
        }
        if (p.isWord() && WordSet.holds(AMOUNT_BEFORE, p)) {
            return true;
        }
        if (p.isPunct('.') && i >= 2 && toks.get(i - 2).isWord() && WordSet.holds(AMOUNT_BEFORE, toks.get(i - 2))) {
            return true; // "No. 2018"
        }
        return p.isNumber();
    }
}
