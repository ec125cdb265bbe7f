package org.briefings.http;

import io.undertow.server.HttpServerExchange;
import io.undertow.server.RequestTooBigException;
import io.undertow.util.StatusCodes;
import java.io.IOException;
import java.nio.channels.ClosedChannelException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.briefings.bulk.BatchInput;
import org.briefings.curation.InvalidRuleException;
import org.briefings.engine.BriefingEngine;
import org.briefings.index.IndexUnavailableException;
import org.briefings.ingest.IngestException;
import org.briefings.search.InvalidRequestException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.xnio.channels.ReadTimeoutException;

/**
 * The one place exceptions become HTTP answers: a JSON body {@code {"error", "message"}} with the
 * right status. Nothing reaches the client as a stack trace; unexpected failures are logged here
 * and answered with a 500 that says only that.
 */
final class Errors {

    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    /** An exception as an answer: its status and the fields of its JSON body, {@code error} first. */
    record Problem(int status, Map<String, Object> body) {
        String error() {
            return (String) body.get("error");
        }
    }

    /** Answers the exchange with the problem {@code t} describes, unless an answer has begun. */
    static void send(HttpServerExchange exchange, Throwable t) {
        Problem problem = problem(exchange, t);
        if (exchange.isResponseStarted()) {
            exchange.endExchange();
            return;
        }
        Responses.json(exchange, problem.status(), problem.body());
    }

    /**
     * The status and body for an exception. Handlers throw and let {@link #send} answer; an upload
     * of several files asks here for each file that failed, so its per-file results carry the same
     * statuses and codes as a single failed request.
     */
    static Problem problem(HttpServerExchange exchange, Throwable t) {
        int status;
        Map<String, Object> body = new LinkedHashMap<>();
        if (t instanceof ApiException e) {
            status = e.status();
            body.put("error", e.error());
            body.put("message", e.getMessage());
            if (e.parameter() != null) {
                body.put("parameter", e.parameter());
            }
        } else if (t instanceof IndexUnavailableException e) {
            // before the client checks: a connection a dead Solr node reset is not the client's
            status = StatusCodes.SERVICE_UNAVAILABLE;
            body.put("error", "index_unavailable");
            body.put("message", e.getMessage());
            if (e.kept() != null) {
                body.put("kept", e.kept());
            }
            log.warn(
                    "index unavailable on {} {}: {}",
                    exchange.getRequestMethod(),
                    exchange.getRequestPath(),
                    e.getMessage());
        } else if (t instanceof InvalidRequestException e) {
            status = StatusCodes.BAD_REQUEST;
            body.put("error", "bad_request");
            body.put("message", e.getMessage());
            if (e.parameter() != null) {
                body.put("parameter", e.parameter());
            }
        } else if (t instanceof InvalidRuleException e) {
            status = e.conflict() ? StatusCodes.CONFLICT : StatusCodes.BAD_REQUEST;
            body.put("error", e.conflict() ? "conflict" : "bad_request");
            body.put("message", e.getMessage());
            if (e.field() != null) {
                body.put("field", e.field());
            }
        } else if (t instanceof BatchInput.TooManyQueriesException) {
            status = StatusCodes.REQUEST_ENTITY_TOO_LARGE;
            body.put("error", "too_many_queries");
            body.put("message", t.getMessage());
        } else if (t instanceof BriefingEngine.TooLargeException
                || t instanceof RequestTooBigException
                || t.getCause() instanceof RequestTooBigException) {
            status = StatusCodes.REQUEST_ENTITY_TOO_LARGE;
            body.put("error", "too_large");
            body.put("message", t.getMessage() == null ? "request body too large" : t.getMessage());
        } else if (clientGone(t) || !exchange.getConnection().isOpen()) {
            // the client stalled past the request timeout or hung up mid-request: nothing to fix here
            // (Undertow can also fail with an NPE when its read timeout closes a buffer under a blocked read)
            log.debug(
                    "client stopped sending on {} {}: {}",
                    exchange.getRequestMethod(),
                    exchange.getRequestPath(),
                    t.toString());
            status = StatusCodes.REQUEST_TIME_OUT;
            body.put("error", "request_timeout");
            body.put("message", "the request stopped arriving before it was complete");
            if (!exchange.isResponseStarted()) {
                exchange.setPersistent(false);
            }
        } else if (t instanceof IngestException e) {
            status = e.reason() == IngestException.Reason.TOO_LARGE
                    ? StatusCodes.REQUEST_ENTITY_TOO_LARGE
                    : StatusCodes.UNPROCESSABLE_ENTITY;
            body.put("error", "not_extractable");
            body.put("reason", e.reason().name().toLowerCase(Locale.ROOT));
            body.put("message", e.getMessage());
        } else {
            status = StatusCodes.INTERNAL_SERVER_ERROR;
            log.error("unexpected error on {} {}", exchange.getRequestMethod(), exchange.getRequestPath(), t);
            body.put("error", "internal");
            body.put("message", "the server could not answer this request; the error is in its log");
        }
        return new Problem(status, body);
    }

    /**
     * True when reading the request failed because of the client: Undertow's read timeout, or the
     * connection closed before the body was complete. Disk and index errors are not in this class.
     */
    static boolean clientGone(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ReadTimeoutException || c instanceof ClosedChannelException) {
                return true;
            }
            String m = c.getMessage();
            if (c instanceof IOException
                    && m != null
                    && (m.contains("UT000128")
                            || m.contains("Remote peer closed connection")
                            || m.contains("Connection reset"))) {
                return true;
            }
        }
        return false;
    }

    private Errors() {}
}
