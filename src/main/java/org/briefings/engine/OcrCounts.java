package org.briefings.engine;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.briefings.index.FacetDimension;
import org.briefings.ingest.OcrSettings;
import org.briefings.search.SearchRequest;

/**
 * How many briefings in the index were read from scans by OCR, and how many are scans waiting for
 * it, for {@code /api/stats} and the {@code index} summary. Counted from the index's own flags
 * (the same filters a search takes), so the numbers are those of the index, whatever run or
 * upload put the briefings there.
 *
 * @param read     briefings whose text came from OCR ({@code ocr=true})
 * @param needsOcr scans indexed by name only because OCR was not available ({@code needs-ocr=true})
 */
public record OcrCounts(long read, long needsOcr) {

    public static OcrCounts of(BriefingEngine engine) throws IOException {
        return new OcrCounts(count(engine, FacetDimension.OCR), count(engine, FacetDimension.NEEDS_OCR));
    }

    private static long count(BriefingEngine engine, FacetDimension flag) throws IOException {
        return engine.search(SearchRequest.builder()
                        .filter(flag.dim(), "true")
                        .size(0)
                        .build())
                .total();
    }

    /** The counts with what OCR can do here: {@code available}, the languages, and these counts. */
    public Map<String, Object> describe(OcrSettings settings) {
        Map<String, Object> m = new LinkedHashMap<>(settings.describe());
        m.put("briefingsRead", read);
        m.put("needsOcr", needsOcr);
        return m;
    }
}
