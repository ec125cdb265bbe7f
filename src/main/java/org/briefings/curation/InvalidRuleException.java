package org.briefings.curation;

/**
 * A curation rule that cannot be made as asked: an unknown action or dimension, an empty value, a
 * merge into itself or into a cycle (a 400), or a value that already has a rule (a 409: undo that
 * one first). The message says which.
 */
public final class InvalidRuleException extends RuntimeException {

    private final String field;
    private final boolean conflict;

    InvalidRuleException(String field, String message) {
        this(field, message, false);
    }

    InvalidRuleException(String field, String message, boolean conflict) {
        super(message);
        this.field = field;
        this.conflict = conflict;
    }

    /** The request field at fault, or null. */
    public String field() {
        return field;
    }

    /** True when the rule clashes with one already made, rather than being malformed. */
    public boolean conflict() {
        return conflict;
    }
}
