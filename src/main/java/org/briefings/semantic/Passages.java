package org.briefings.semantic;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.briefings.Briefing;

/**
 * The passages of a briefing that get a vector: the first is its title, its summary (unless the
 * body opens with it) and the opening of the body; the others are the following windows of the
 * body, {@value #WORDS} words each, up to {@link #MAX_PASSAGES} in all. A briefing's semantic
 * score is that of its best passage.
 *
 * <p>Why windows: the sentence model reads about 256 word pieces and ignores the rest, so one
 * vector of a 30-page report would describe its first page only; and why only the first few: each
 * passage costs tens of milliseconds to embed, and a report's opening pages (summary,
 * introduction) say what it is about.
 */
public final class Passages {

    /** Words per passage: about 256 word pieces, what the model reads. */
    public static final int WORDS = 200;
    /** Passages per briefing at most. */
    public static final int MAX_PASSAGES = 4;

    private Passages() {}

    /** The passages of {@code b}, at least one (its title) and at most {@link #MAX_PASSAGES}. */
    public static List<String> of(Briefing b) {
        return of(b.title(), b.summary(), b.body(), MAX_PASSAGES);
    }

    static List<String> of(String title, String summary, String body, int maxPassages) {
        String[] words = words(body);
        StringBuilder first = new StringBuilder(nullToEmpty(title).strip());
        int budget = WORDS - words(title).length;
        String lede = nullToEmpty(summary).strip();
        String opening = String.join(" ", Arrays.copyOf(words, Math.min(words.length, 30)));
        if (!lede.isEmpty() && !opening.startsWith(firstWords(lede, 10))) {
            String[] ledeWords = words(lede);
            int take = Math.min(ledeWords.length, Math.max(0, budget / 2));
            append(first, ledeWords, 0, take);
            budget -= take;
        }
        int at = Math.min(words.length, Math.max(0, budget));
        append(first, words, 0, at);
        List<String> passages = new ArrayList<>();
        passages.add(first.toString().strip());
        while (at < words.length && passages.size() < maxPassages) {
            int end = Math.min(words.length, at + WORDS);
            StringBuilder window = new StringBuilder();
            append(window, words, at, end);
            passages.add(window.toString().strip());
            at = end;
        }
        return passages;
    }

    private static void append(StringBuilder out, String[] words, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(words[i]);
        }
    }

    private static String firstWords(String text, int n) {
        String[] w = words(text);
        return String.join(" ", Arrays.copyOf(w, Math.min(n, w.length)));
    }

    private static String[] words(String text) {
        String t = nullToEmpty(text).strip();
        return t.isEmpty() ? new String[0] : t.split("\\s+");
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
