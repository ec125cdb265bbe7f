package org.briefings.ingest;

import com.optimaize.langdetect.NgramFrequencyData;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.profiles.LanguageProfile;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.tika.language.detect.LanguageNames;

/**
 * The language model Tika's Optimaize detector uses (Optimaize's built-in profiles, n-grams of one
 * to three characters), scored the way that detector scores it, with the same answers, without
 * its cost.
 *
 * <p>Why not Tika's detector: on plain text it was the largest part of extraction (7% of a speech's
 * whole ingest, issue 16). It cuts the first 4,000 characters into some 12,000 n-gram strings and
 * looks a few thousand of them up in a map keyed by those strings, though it samples at most 7,000
 * of them. Here each n-gram is a number (its characters side by side), the probabilities sit in an
 * open-addressing table keyed by that number, and only the sampled n-grams are looked up.
 *
 * <p>The same answers: the probabilities are the very arrays Optimaize computes from the same
 * profiles, in the same order of languages (the order of the set its builder puts them in); the
 * random sampling uses the same seed and draws in the same order, and every product and sum is
 * taken in the same order. {@code NgramLanguageModelTest} holds the answer and its score to Tika's
 * on every UN speech and on texts in many languages and scripts.
 */
final class NgramLanguageModel {

    /** Tika builds its detector with this limit: texts this long or shorter are scored as a whole. */
    private static final int SHORT_TEXT = 30;

    private static final double ALPHA = 0.5;
    private static final double ALPHA_WIDTH = 0.05;
    private static final int ITERATION_LIMIT = 1000;
    private static final double CONVERGED = 0.99999;
    private static final int BASE_FREQ = 10000;
    private static final int TRIALS = 7;
    private static final long SEED = 41L;
    /** Languages scored below this are not candidates (Optimaize's default). */
    private static final double PROBABILITY_THRESHOLD = 0.1;

    /** A language and its score. */
    record Guess(String name, double probability) {}

    private static final class Shared {
        static final NgramLanguageModel MODEL = load();
    }

    private final String[] names;
    private final int languages;
    private final long[] keys;
    private final double[][] values;
    private final int mask;

    private NgramLanguageModel(String[] names, long[] keys, double[][] values) {
        this.names = names;
        this.languages = names.length;
        this.keys = keys;
        this.values = values;
        this.mask = keys.length - 1;
    }

    /** The model, loaded once per JVM (about a second: the profiles are read from the jar). */
    static NgramLanguageModel shared() {
        return Shared.MODEL;
    }

    private static NgramLanguageModel load() {
        List<LanguageProfile> profiles;
        try {
            profiles = new LanguageProfileReader().readAllBuiltIn();
        } catch (IOException e) {
            throw new UncheckedIOException("Optimaize's language profiles could not be read", e);
        }
        // Optimaize's builder keeps its profiles in a HashSet, filled in this order: its languages'
        // order, and so the order of every sum below, is that set's.
        Set<LanguageProfile> set = new HashSet<>();
        set.addAll(profiles);
        NgramFrequencyData data = NgramFrequencyData.create(set, List.of(1, 2, 3));
        List<LdLocale> locales = data.getLanguageList();
        String[] names = new String[locales.size()];
        for (int i = 0; i < names.length; i++) {
            LdLocale l = locales.get(i);
            names[i] = LanguageNames.makeName(
                    l.getLanguage(), l.getScript().orNull(), l.getRegion().orNull());
        }
        Map<Long, double[]> grams = new LinkedHashMap<>();
        for (LanguageProfile p : profiles) {
            for (int n = 1; n <= 3; n++) {
                for (Map.Entry<String, Integer> e : p.iterateGrams(n)) {
                    String gram = e.getKey();
                    double[] probabilities = data.getProbabilities(gram);
                    if (probabilities != null) {
                        grams.putIfAbsent(key(gram), probabilities);
                    }
                }
            }
        }
        int capacity = Integer.highestOneBit(Math.max(16, grams.size() * 2)) << 1;
        long[] keys = new long[capacity];
        double[][] values = new double[capacity][];
        for (Map.Entry<Long, double[]> e : grams.entrySet()) {
            int slot = slot(e.getKey(), capacity - 1);
            while (keys[slot] != 0) {
                slot = (slot + 1) & (capacity - 1);
            }
            keys[slot] = e.getKey();
            values[slot] = e.getValue();
        }
        return new NgramLanguageModel(names, keys, values);
    }

    /** An n-gram of one to three characters as one number: its length, then its characters. */
    private static long key(String gram) {
        long k = gram.length();
        for (int i = 0; i < gram.length(); i++) {
            k = (k << 16) | gram.charAt(i);
        }
        return k;
    }

    private static int slot(long key, int mask) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32)) & mask;
    }

    /** The languages' probabilities given this n-gram, or null when no profile has it. */
    private double[] probabilities(long key) {
        int slot = slot(key, mask);
        while (true) {
            long k = keys[slot];
            if (k == key) {
                return values[slot];
            }
            if (k == 0) {
                return null;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The most probable language of {@code text} (exactly what Tika's detector is given), or null
     * when no language reaches the threshold or the text has no n-gram at all.
     */
    Guess best(String text) {
        double[] scores = text.length() <= SHORT_TEXT ? scoreShort(pad(text)) : scoreLong(pad(text));
        if (scores == null) {
            return null;
        }
        int best = -1;
        for (int i = 0; i < languages; i++) {
            // the first of equal scores wins, as Optimaize's stable sort keeps them in this order
            if (scores[i] >= PROBABILITY_THRESHOLD && (best < 0 || scores[i] > scores[best])) {
                best = i;
            }
        }
        return best < 0 ? null : new Guess(names[best], scores[best]);
    }

    /** A space before and after, unless the text has one there already. */
    private static String pad(String text) {
        if (text.isEmpty()) {
            return text;
        }
        boolean before = text.charAt(0) != ' ';
        boolean after = text.charAt(text.length() - 1) != ' ';
        if (!before && !after) {
            return text;
        }
        return (before ? " " : "") + text + (after ? " " : "");
    }

    /**
     * Every n-gram of the padded text in Optimaize's order (all single characters, then all pairs,
     * then all triples, each from the start), without the ones it skips: a single space, and three
     * characters with a space in the middle.
     */
    private static long[] grams(String t, int[] count) {
        int len = t.length();
        long[] grams = new long[len + Math.max(0, len - 1) + Math.max(0, len - 2)];
        int n = 0;
        for (int i = 0; i < len; i++) {
            char c = t.charAt(i);
            if (c != ' ') {
                grams[n++] = (1L << 16) | c;
            }
        }
        for (int i = 0; i + 1 < len; i++) {
            grams[n++] = (((2L << 16) | t.charAt(i)) << 16) | t.charAt(i + 1);
        }
        for (int i = 0; i + 2 < len; i++) {
            if (t.charAt(i + 1) != ' ') {
                grams[n++] = (((((3L << 16) | t.charAt(i)) << 16) | t.charAt(i + 1)) << 16) | t.charAt(i + 2);
            }
        }
        count[0] = n;
        return grams;
    }

    /** Optimaize's algorithm for longer texts: seven trials of up to 1,000 n-grams drawn at random. */
    private double[] scoreLong(String padded) {
        int[] count = new int[1];
        long[] grams = grams(padded, count);
        int n = count[0];
        if (n == 0) {
            return null;
        }
        double[] total = new double[languages];
        Random rand = new Random(SEED);
        for (int t = 0; t < TRIALS; t++) {
            double[] prob = initial();
            double alpha = ALPHA + rand.nextGaussian() * ALPHA_WIDTH;
            for (int i = 0; i < ITERATION_LIMIT; i++) {
                int r = rand.nextInt(n);
                update(prob, probabilities(grams[r]), 1, alpha);
                if (i % 5 == 0 && normalize(prob) > CONVERGED) {
                    break;
                }
            }
            for (int j = 0; j < languages; j++) {
                total[j] += prob[j] / TRIALS;
            }
        }
        return total;
    }

    /** Optimaize's algorithm for short texts: every distinct n-gram once, weighted by its count. */
    private double[] scoreShort(String padded) {
        int[] count = new int[1];
        long[] grams = grams(padded, count);
        if (count[0] == 0) {
            return null;
        }
        // in the order each n-gram first appears, as Optimaize's LinkedHashMap keeps them
        Map<Long, Integer> counted = new LinkedHashMap<>();
        for (int i = 0; i < count[0]; i++) {
            counted.merge(grams[i], 1, Integer::sum);
        }
        double[] prob = initial();
        for (Map.Entry<Long, Integer> e : counted.entrySet()) {
            update(prob, probabilities(e.getKey()), e.getValue(), ALPHA);
            if (normalize(prob) > CONVERGED) {
                break;
            }
        }
        normalize(prob);
        return prob;
    }

    private double[] initial() {
        double[] prob = new double[languages];
        for (int i = 0; i < languages; i++) {
            prob[i] = 1.0 / languages;
        }
        return prob;
    }

    private void update(double[] prob, double[] gram, int count, double alpha) {
        if (gram == null) {
            return;
        }
        double weight = alpha / BASE_FREQ;
        for (int i = 0; i < languages; i++) {
            for (int k = 0; k < count; k++) {
                prob[i] *= weight + gram[i];
            }
        }
    }

    /** Scales the probabilities to sum to one; returns the largest. */
    private static double normalize(double[] prob) {
        double max = 0;
        double sum = 0;
        for (double p : prob) {
            sum += p;
        }
        for (int i = 0; i < prob.length; i++) {
            double p = prob[i] / sum;
            if (max < p) {
                max = p;
            }
            prob[i] = p;
        }
        return max;
    }
}
