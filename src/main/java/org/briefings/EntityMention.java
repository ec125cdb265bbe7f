package org.briefings;

import java.util.List;

/**
 * A person or organisation found in a briefing, under one canonical name per briefing
 * ("Kim Jong Un" for "Kim Jong Un", "Mr. Kim" and "Kim").
 *
 * @param name  canonical name
 * @param count how many times it is referred to, short references included
 * @param spans the text that supports it (capped to a handful)
 */
public record EntityMention(String name, int count, List<Span> spans) {
    public EntityMention {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }
}
