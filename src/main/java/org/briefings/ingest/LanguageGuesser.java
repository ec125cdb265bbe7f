package org.briefings.ingest;

/**
 * Detects a text's language with the model and the scoring of Tika's Optimaize detector, done by
 * {@link NgramLanguageModel} at a fraction of its cost. The profiles load once per JVM (about a
 * second), so instances are cheap; detection looks at the first few thousand characters, which is
 * plenty and keeps long reports cheap. Thread-safe: the model is read-only and each call keeps its
 * scores to itself, so ingest threads never wait for one another here (issue 16).
 */
public final class LanguageGuesser {

    private static final int SAMPLE_CHARS = 4000;
    private final NgramLanguageModel model;

    public LanguageGuesser() {
        model = NgramLanguageModel.shared(); // the profiles load here, not in a first detect
    }

    /** ISO 639-1 code, or {@code "und"} when the text is too short or the detector unsure. */
    public String detect(String text) {
        if (text == null || text.isBlank() || text.strip().length() < 20) {
            return "und";
        }
        // Tika's detector is given the text and a space after it
        String sample = (text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text) + " ";
        NgramLanguageModel.Guess best = model.best(sample);
        // Tika: certain above 0.9; a guess below that is kept only with a score of 0.5 or more
        if (best == null || best.probability() <= 0.9 && (float) best.probability() < 0.5f) {
            return "und";
        }
        String lang = best.name();
        int dash = lang.indexOf('-');
        return dash > 0 ? lang.substring(0, dash) : lang;
    }
}
