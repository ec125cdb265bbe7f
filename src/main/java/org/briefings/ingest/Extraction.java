package org.briefings.ingest;

import java.util.List;
import org.briefings.ExtractedText;

/**
 * What one file gave: its documents (the file itself first when it has text of its own, then
 * documents found inside it) and warnings that did not stop extraction, such as a text cut at the
 * length limit or an attachment that could not be read.
 *
 * @param fileId    content hash of the file on disk
 * @param documents extracted documents; embedded ones carry {@code containerId == fileId}
 * @param warnings  what was cut or skipped
 */
public record Extraction(String fileId, List<ExtractedText> documents, List<Warning> warnings) {

    public Extraction {
        documents = List.copyOf(documents);
        warnings = List.copyOf(warnings);
    }
}
