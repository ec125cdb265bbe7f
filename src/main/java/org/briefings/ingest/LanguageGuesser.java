package org.briefings.ingest;

import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;

/**
 * Detects a text's language with Tika's Optimaize detector. The profiles load once per JVM (about
 * a second; Tika keeps them in a static field), so one instance is shared; detection looks at the
 * first few thousand characters, which is plenty and keeps long reports cheap.
 *
 * <p>Why one detector per thread: Tika's detector gathers the text in a buffer of its own, so it
 * cannot serve two threads at once; one shared detector behind a lock made every ingest thread
 * queue for it (issue 16). Each thread's detector shares the loaded profiles and holds only its
 * buffer.
 */
public final class LanguageGuesser {

    private static final int SAMPLE_CHARS = 4000;
    private final ThreadLocal<LanguageDetector> detectors;

    public LanguageGuesser() {
        new OptimaizeLangDetector().loadModels(); // the profiles load here, not in a first detect
        detectors = ThreadLocal.withInitial(() -> new OptimaizeLangDetector().loadModels());
    }

    /** ISO 639-1 code, or {@code "und"} when the text is too short or the detector unsure. */
    public String detect(String text) {
        if (text == null || text.isBlank() || text.strip().length() < 20) {
            return "und";
        }
        LanguageDetector detector = detectors.get();
        detector.reset();
        detector.addText(text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text);
        LanguageResult result = detector.detect();
        if (result.isUnknown() || !result.isReasonablyCertain() && result.getRawScore() < 0.5f) {
            return "und";
        }
        String lang = result.getLanguage();
        int dash = lang.indexOf('-');
        return dash > 0 ? lang.substring(0, dash) : lang;
    }
}
