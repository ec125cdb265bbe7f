package org.briefings.index;

import static org.briefings.index.BriefingSchema.BODY;
import static org.briefings.index.BriefingSchema.SOURCE;

import java.io.IOException;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.StoredFieldVisitor;
import org.apache.lucene.index.StoredFields;
import org.briefings.Briefing;

/**
 * What a hit in a list of results shows ({@link HitRecord}) and, when its snippet is to be
 * highlighted, its body, read in one visit of its stored fields (issue 16). Why one: each visit
 * of a document decompresses its stored bytes again, and the record and the body read apart (the
 * record here, the body by the highlighter) decompressed every hit twice. Why the body only for
 * the highlighter: it is the largest stored field and a hit never shows it.
 *
 * @param briefing the hit's record, without its body, counts, spans and dates mentioned
 * @param body     its body, or null when not asked for (or the briefing has none)
 */
public record StoredHit(Briefing briefing, String body) {

    /** Reads hit {@code doc}: its record, and its body when {@code withBody}. */
    public static StoredHit read(StoredFields stored, int doc, boolean withBody) throws IOException {
        Fields fields = new Fields(withBody);
        stored.document(doc, fields);
        return new StoredHit(HitRecord.read(fields.source), fields.body);
    }

    /** Keeps the record and, when asked, the body; skips every other stored field unread. */
    private static final class Fields extends StoredFieldVisitor {
        private final boolean withBody;
        private String source;
        private String body;

        Fields(boolean withBody) {
            this.withBody = withBody;
        }

        @Override
        public Status needsField(FieldInfo field) {
            if (source != null && (!withBody || body != null)) {
                return Status.STOP;
            }
            if (field.name.equals(SOURCE) || (withBody && field.name.equals(BODY))) {
                return Status.YES;
            }
            return Status.NO;
        }

        @Override
        public void stringField(FieldInfo field, String value) {
            if (field.name.equals(SOURCE)) {
                source = value;
            } else {
                body = value;
            }
        }
    }
}
