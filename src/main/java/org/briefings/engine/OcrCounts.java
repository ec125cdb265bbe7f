package org.briefings.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefings.index.FacetDimension;
import org.briefings.ingest.OcrSettings;

/**
 * How many briefings in the index were read from scans by OCR, and how many are scans waiting for
 * it, for {@code /api/stats} and the {@code index} summary. Counted from the index's own flags
 * (the same filters a search takes), so the numbers are those of the index, whatever run or
 * upload put the briefings there. Each is a bare count of the flag's matches, no facets: at a
 * million briefings a filtered search counting every facet cost about a second of a core per ask.
 *
 * @param read     briefings whose text came from OCR ({@code ocr=true})
 * @param needsOcr scans indexed by name only because OCR was not available ({@code needs-ocr=true})
 */
public record OcrCounts(long read, long needsOcr) {

    public static OcrCounts of(BriefingEngine engine) throws IOException {
        return new OcrCounts(
                engine.index().countFlagged(FacetDimension.OCR), engine.index().countFlagged(FacetDimension.NEEDS_OCR));
    }

    /** The counts with what OCR can do here: {@code available}, the languages, and these counts. */
    public Map<String, Object> describe(OcrSettings settings) {
        Map<String, Object> m = new LinkedHashMap<>(settings.describe());
        m.put("briefingsRead", read);
        m.put("needsOcr", needsOcr);
        return m;
    }
}
