package org.briefings.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.briefings.EntityMention;
import org.briefings.enrich.org.OrganisationTagger;
import org.briefings.enrich.person.PersonTagger;
import org.briefings.eval.reuters.ReutersCorpus;

/**
 * People and organisation tagging against the PEOPLE and ORGS labels of Reuters-21578, TEST
 * split (stories with a body). Rules were tuned on TRAIN only.
 *
 * <p>Labels are slugs ({@code james-baker}, {@code ec}, {@code worldbank}, {@code ico-coffee})
 * while the taggers return names, so a label counts as found under this normalisation, written
 * down here so nobody has to guess how generous it is:
 * <ul>
 *   <li>Person label: its last part equals the last word of a found name (slugged: lower case,
 *       accents folded, hyphenated words split) and, when the found name has more than one word,
 *       every part of the label is a word of the found name. So {@code james-baker} matches
 *       "James A. Baker" and "Baker", but not "Howard Baker".</li>
 *   <li>Organisation label: with hyphens removed it equals a found organisation's acronym, its
 *       name slug without separators ({@code worldbank}) or the initials of its significant words
 *       ({@code ec} for "European Community"); or it is {@code initials-qualifier} and the
 *       qualifier begins a word of the name ({@code ico-coffee}: "International Coffee
 *       Organization"; {@code adb-asia}: "Asian Development Bank").</li>
 * </ul>
 * Recall alone could be bought by tagging every capitalised word, so the suite also reports the
 * average number of people and organisations found per labelled story and the share of found
 * entities that match some label of their story. That share is a precision proxy only: Reuters
 * labels few of the people a story names (only those the story is about), so it is far below the
 * tagger's real precision.
 */
public final class ReutersEntityEval implements EvalSuite {

    static final String NAME = "reuters-entities";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String dataFolder() {
        return "reuters21578";
    }

    /** Counts for one split. */
    public static final class Result {
        public int peopleStories;
        public int peopleLabels;
        public int peopleFound;
        public int peopleTagged;
        public int peopleTaggedMatching;
        public int orgStories;
        public int orgLabels;
        public int orgFound;
        public int orgTagged;
        public int orgTaggedMatching;
        public final List<String> misses = new ArrayList<>();

        public double peopleRecall() {
            return ratio(peopleFound, peopleLabels);
        }

        public double orgRecall() {
            return ratio(orgFound, orgLabels);
        }

        static double ratio(int a, int b) {
            return b == 0 ? 0 : (double) a / b;
        }
    }

    @Override
    public List<Score> run(Path dataRoot) throws IOException {
        Result r = measure(dataRoot, "TEST");
        List<Score> scores = new ArrayList<>();
        scores.add(Score.gated(
                NAME,
                "people.recall",
                r.peopleRecall(),
                0.95,
                r.peopleFound + "/" + r.peopleLabels + " PEOPLE labels in " + r.peopleStories
                        + " TEST stories; target 0.90"));
        scores.add(Score.gated(
                NAME,
                "orgs.recall",
                r.orgRecall(),
                0.95,
                r.orgFound + "/" + r.orgLabels + " ORGS labels in " + r.orgStories + " TEST stories; target 0.90"));
        scores.add(Score.reported(
                NAME,
                "people.per-story",
                Result.ratio(r.peopleTagged, r.peopleStories),
                "people found per PEOPLE-labelled story"));
        scores.add(Score.reported(
                NAME,
                "people.label-share",
                Result.ratio(r.peopleTaggedMatching, r.peopleTagged),
                "share of found people matching a label (precision proxy; Reuters labels few people)"));
        scores.add(Score.reported(
                NAME,
                "orgs.per-story",
                Result.ratio(r.orgTagged, r.orgStories),
                "organisations found per ORGS-labelled story"));
        scores.add(Score.reported(
                NAME,
                "orgs.label-share",
                Result.ratio(r.orgTaggedMatching, r.orgTagged),
                "share of found organisations matching a label (precision proxy)"));
        return scores;
    }

    /** Runs the taggers over one split ("TRAIN" for tuning, "TEST" for reporting). */
    public static Result measure(Path dataRoot, String split) throws IOException {
        OrganisationTagger orgTagger = new OrganisationTagger();
        PersonTagger personTagger = new PersonTagger(orgTagger);
        Result r = new Result();
        new ReutersCorpus(dataRoot.resolve("reuters21578")).forEach(story -> {
            if (!story.split().equals(split) || story.body().isBlank()) {
                return;
            }
            if (!story.people().isEmpty()) {
                List<EntityMention> people = personTagger.tag(story.title(), story.text());
                r.peopleStories++;
                r.peopleTagged += people.size();
                for (EntityMention p : people) {
                    if (story.people().stream().anyMatch(l -> personMatches(l, p.name()))) {
                        r.peopleTaggedMatching++;
                    }
                }
                for (String label : story.people()) {
                    r.peopleLabels++;
                    if (people.stream().anyMatch(p -> personMatches(label, p.name()))) {
                        r.peopleFound++;
                    } else {
                        r.misses.add("PERSON " + label + " in " + story.newId() + " found "
                                + people.stream().map(EntityMention::name).toList() + " | " + story.title());
                    }
                }
            }
            if (!story.orgs().isEmpty()) {
                List<EntityMention> orgs = orgTagger.tag(story.title(), story.text());
                r.orgStories++;
                r.orgTagged += orgs.size();
                for (EntityMention o : orgs) {
                    if (story.orgs().stream().anyMatch(l -> orgMatches(l, o.name(), orgTagger.acronyms(o.name())))) {
                        r.orgTaggedMatching++;
                    }
                }
                for (String label : story.orgs()) {
                    r.orgLabels++;
                    if (orgs.stream().anyMatch(o -> orgMatches(label, o.name(), orgTagger.acronyms(o.name())))) {
                        r.orgFound++;
                    } else {
                        r.misses.add("ORG " + label + " in " + story.newId() + " found "
                                + orgs.stream().map(EntityMention::name).toList() + " | " + story.title());
                    }
                }
            }
        });
        return r;
    }

    /** Lower case, accents folded, every non-alphanumeric run turned into one hyphen. */
    static String slug(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return n.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    static boolean personMatches(String label, String name) {
        String[] lp = label.split("-");
        String[] np = slug(name).split("-");
        if (np.length == 0 || !lp[lp.length - 1].equals(np[np.length - 1])) {
            return false;
        }
        if (name.strip().split("\\s+").length == 1) {
            return true;
        }
        Set<String> words = Set.of(np);
        for (String p : lp) {
            if (!words.contains(p)) {
                return false;
            }
        }
        return true;
    }

    private static final Set<String> MINOR = Set.of("of", "the", "and", "for", "on", "de", "du", "des", "la");

    static boolean orgMatches(String label, String name, List<String> acronyms) {
        Set<String> keys = new HashSet<>();
        for (String a : acronyms) {
            keys.add(slug(a).replace("-", ""));
        }
        String nameSlug = slug(name);
        keys.add(nameSlug.replace("-", ""));
        StringBuilder initials = new StringBuilder();
        List<String> words = new ArrayList<>();
        for (String w : nameSlug.split("-")) {
            if (!w.isEmpty()) {
                words.add(w);
                if (!MINOR.contains(w)) {
                    initials.append(w.charAt(0));
                }
            }
        }
        keys.add(initials.toString());
        if (keys.contains(label.replace("-", ""))) {
            return true;
        }
        int dash = label.indexOf('-');
        if (dash > 0) {
            String head = label.substring(0, dash);
            String qualifier = label.substring(dash + 1);
            if (keys.contains(head)) {
                for (String w : words) {
                    if (w.startsWith(qualifier) || qualifier.startsWith(w) && w.length() >= 4) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** Prints the recall on a split and its misses: {@code ReutersEntityEval <dataRoot> TRAIN}. */
    public static void main(String[] args) throws IOException {
        Result r = measure(Path.of(args[0]), args.length > 1 ? args[1] : "TRAIN");
        r.misses.forEach(System.out::println);
        System.out.printf(
                Locale.ROOT,
                "people recall %.4f (%d/%d) per-story %.2f share %.3f%n",
                r.peopleRecall(),
                r.peopleFound,
                r.peopleLabels,
                Result.ratio(r.peopleTagged, r.peopleStories),
                Result.ratio(r.peopleTaggedMatching, r.peopleTagged));
        System.out.printf(
                Locale.ROOT,
                "orgs recall %.4f (%d/%d) per-story %.2f share %.3f%n",
                r.orgRecall(),
                r.orgFound,
                r.orgLabels,
                Result.ratio(r.orgTagged, r.orgStories),
                Result.ratio(r.orgTaggedMatching, r.orgTagged));
    }
}
