package org.briefings.http;

/** An error with an HTTP status, a short code and a message for the person reading it. */
public final class ApiException extends RuntimeException {

    private final int status;
    private final String error;
    private final String parameter;

    public ApiException(int status, String error, String message) {
        this(status, error, message, null);
    }

    private ApiException(int status, String error, String message, String parameter) {
        super(message);
        this.status = status;
        this.error = error;
        this.parameter = parameter;
    }

    /** The query parameter at fault, answered as {@code "parameter"} beside the message; null when none is. */
    public String parameter() {
        return parameter;
    }

    public int status() {
        return status;
    }

    public String error() {
        return error;
    }

    public static ApiException badRequest(String message) {
        return new ApiException(400, "bad_request", message);
    }

    /** A 400 for one query parameter, named in the answer so a client can point at it. */
    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "bad_request", message, parameter);
    }

    public static ApiException notFound(String message) {
        return new ApiException(404, "not_found", message);
    }
}
