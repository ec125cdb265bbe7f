package org.briefings.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/** Cursors: the sort values of the last hit, base64url-encoded, checked on the way back in. */
final class Cursor {

    private Cursor() {}

    static String encode(FieldDoc last, SortOrder order) {
        Object first = last.fields[0];
        String id = ((BytesRef) last.fields[1]).utf8ToString();
        String key = order == SortOrder.RELEVANCE ? Float.toString((Float) first) : Long.toString((Long) first);
        String raw = order.json() + "|" + key + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    static FieldDoc decode(String cursor, SortOrder order) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            String[] parts = raw.split("\\|", 3);
            if (parts.length != 3 || !parts[0].equals(order.json()) || !parts[2].matches("[0-9a-f]{64}")) {
                throw new IllegalArgumentException("malformed");
            }
            BytesRef id = new BytesRef(parts[2]);
            if (order == SortOrder.RELEVANCE) {
                float score = Float.parseFloat(parts[1]);
                return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, id});
            }
            return new FieldDoc(Integer.MAX_VALUE, Float.NaN, new Object[] {Long.parseLong(parts[1]), id});
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException(
                    "cursor",
                    "cursor is not valid for this search (it must come from nextCursor of the same query and sort)");
        }
    }
}
