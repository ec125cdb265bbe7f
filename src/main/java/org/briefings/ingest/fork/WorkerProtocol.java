package org.briefings.ingest.fork;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.briefings.Json;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.IngestException;

/**
 * The line protocol between {@link ForkedExtractor} and {@link ExtractionWorker}: one JSON object
 * per line, UTF-8, each way. JSON rather than Java serialization so that the parent never
 * deserialises classes chosen by a process that has just parsed a hostile document; file names
 * with new lines or quotes travel safely inside JSON strings.
 *
 * <pre>
 * child  -> parent  {"ready":true,"pid":1234}                       once, when Tika is loaded
 * parent -> child   {"file":"/abs/tmp/x.part","source":"uploads/2026-11/x.pdf","id":"ab12..."}
 * child  -> parent  {"ok":true,"extraction":{...}}  or  {"ok":false,"reason":"ENCRYPTED","message":"..."}
 * </pre>
 */
final class WorkerProtocol {

    /** What the parent asks: extract {@code file}, recording it as {@code source}, with id {@code id} (or null). */
    record Request(String file, String source, String id) {}

    /**
     * What the child answers: an extraction, or a failure with its reason. {@code restart} says the
     * child is about to exit (after a timeout a parser thread may still be running in it).
     */
    record Response(
            Boolean ready,
            Long pid,
            Boolean ok,
            Extraction extraction,
            String reason,
            String message,
            Boolean restart) {

        static Response ready(long pid) {
            return new Response(true, pid, null, null, null, null, null);
        }

        static Response success(Extraction x) {
            return new Response(null, null, true, x, null, null, null);
        }

        static Response failure(IngestException e, boolean restart) {
            return new Response(null, null, false, null, e.reason().name(), e.getMessage(), restart ? true : null);
        }

        boolean isReady() {
            return Boolean.TRUE.equals(ready);
        }

        boolean isOk() {
            return Boolean.TRUE.equals(ok);
        }
    }

    static byte[] line(Object message) {
        try {
            byte[] json = Json.MAPPER.writeValueAsBytes(message);
            byte[] out = Arrays.copyOf(json, json.length + 1);
            out[json.length] = '\n';
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a protocol message", e);
        }
    }

    static <T> T read(byte[] line, Class<T> type) throws java.io.IOException {
        return Json.MAPPER.readValue(new String(line, StandardCharsets.UTF_8), type);
    }

    private WorkerProtocol() {}
}
