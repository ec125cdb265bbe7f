package org.briefings.search;

/**
 * A request that cannot be answered as asked: a query syntax error, an unknown field or value, a
 * bad date or cursor. The message says what is wrong and where; the HTTP layer answers 400 and the
 * CLI prints it.
 *
 * @see #parameter() the request parameter at fault, when there is one
 */
public final class InvalidRequestException extends RuntimeException {

    private final String parameter;

    public InvalidRequestException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public InvalidRequestException(String parameter, String message, Throwable cause) {
        super(message, cause);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
