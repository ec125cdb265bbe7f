package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;
import io.undertow.util.StatusCodes;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.CorpusFiles;
import org.briefings.index.IndexUnavailableException;
import org.briefings.ingest.Formats;
import org.briefings.ingest.IngestException;
import org.briefings.view.BriefingViews;

/**
 * {@code POST /api/documents}: adds documents, as the raw body (name from {@code ?name=}, the
 * {@code X-File-Name} header or Content-Disposition) or as multipart/form-data with one or many
 * files. Each file is streamed to disk under the size limit, written durably into corpus/ and
 * indexed before the answer. Statuses for one file: 201 indexed, 200 duplicate (same bytes, the
 * existing id), 413 too large, 422 not extractable (with Tika's reason), 503 when the index cannot
 * take it now (a SolrCloud shard without a live replica; the file is kept in corpus/ for the next
 * reconciliation, {@code kept} says where). For several files the answer is 200 with one result
 * per file.
 */
final class UploadHandler implements HttpHandler {

    private static final Set<String> PARAMS = Set.of("name");
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([^\";]+)\"?");

    private final BriefingEngine engine;
    private final long maxBytes;

    UploadHandler(BriefingEngine engine, long maxBytes) {
        this.engine = engine;
        this.maxBytes = maxBytes;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws Exception {
        Params p = Params.of(exchange, PARAMS);
        String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            multipart(exchange);
            return;
        }
        long declared = exchange.getRequestContentLength();
        if (declared > maxBytes) {
            throw new BriefingEngine.TooLargeException(
                    "upload of " + declared + " bytes is over the limit of " + maxBytes + " bytes");
        }
        String name = fileName(exchange, p.first("name"), contentType);
        InputStream body =
                declared >= 0 ? new CompleteBody(exchange.getInputStream(), declared) : exchange.getInputStream();
        Map<String, Object> result = addOne(exchange, name, body);
        Responses.json(exchange, (int) result.get("status"), result);
    }

    private void multipart(HttpServerExchange exchange) throws Exception {
        Path temp = engine.corpus().resolve(CorpusFiles.INCOMING);
        Files.createDirectories(temp);
        MultiPartParserDefinition multipart = new MultiPartParserDefinition(temp);
        multipart.setFileSizeThreshold(0);
        multipart.setMaxIndividualFileSize(maxBytes);
        exchange.setMaxEntitySize(maxBytes * 20 + 1024 * 1024);
        FormParserFactory factory =
                FormParserFactory.builder(false).addParsers(multipart).build();
        List<Map<String, Object>> results = new ArrayList<>();
        try (FormDataParser parser = factory.createParser(exchange)) {
            FormData data = parser.parseBlocking();
            for (String field : data) {
                for (FormData.FormValue value : data.get(field)) {
                    if (!value.isFileItem()) {
                        continue;
                    }
                    String name = value.getFileName() == null ? field : value.getFileName();
                    try (InputStream in = value.getFileItem().getInputStream()) {
                        results.add(addOne(exchange, name, in));
                    } finally {
                        value.getFileItem().delete();
                    }
                }
            }
        } catch (MultiPartParserDefinition.FileTooLargeException e) {
            throw new BriefingEngine.TooLargeException("a file is over the upload limit of " + maxBytes + " bytes");
        }
        if (results.isEmpty()) {
            throw ApiException.badRequest("the multipart form has no file parts");
        }
        if (results.size() == 1) {
            Responses.json(exchange, (int) results.get(0).get("status"), results.get(0));
        } else {
            Responses.json(exchange, 200, Map.of("results", results));
        }
    }

    /**
     * Adds one file and describes the outcome. A file that is too large or cannot be extracted is
     * a result, not an exception, so the other files of a multipart upload still go in; its
     * status and error come from {@link Errors}, as they would for a request of its own.
     */
    private Map<String, Object> addOne(HttpServerExchange exchange, String name, InputStream in) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", name);
        try {
            BriefingEngine.AddResult r = engine.add(name, in, maxBytes);
            List<BriefingViews.Added> briefings =
                    r.briefings().stream().map(BriefingViews::added).toList();
            out.put("status", r.duplicate() ? StatusCodes.OK : StatusCodes.CREATED);
            out.put("result", r.duplicate() ? "duplicate" : "indexed");
            out.put("path", r.path());
            out.put("id", briefings.isEmpty() ? r.fileId() : briefings.get(0).id());
            out.put("briefings", briefings);
            out.put("warnings", r.warnings());
        } catch (BriefingEngine.TooLargeException | IngestException | IndexUnavailableException e) {
            Errors.Problem problem = Errors.problem(exchange, e);
            out.put("status", problem.status());
            out.put("result", problem.error());
            out.putAll(problem.body());
            if (e instanceof BriefingEngine.TooLargeException) {
                drain(in);
            }
        }
        return out;
    }

    /**
     * A body with a declared Content-Length that must arrive whole: when the stream ends early (a
     * client that hung up, or a read cut off by the request timeout), the upload is refused rather
     * than stored and indexed as if the first part were the document.
     */
    private static final class CompleteBody extends FilterInputStream {
        private final long declared;
        private long read;

        CompleteBody(InputStream in, long declared) {
            super(in);
            this.declared = declared;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? -1 : 1);
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            count(n);
            return n;
        }

        private void count(int n) {
            if (n < 0 && read < declared) {
                throw new ApiException(
                        400,
                        "incomplete_body",
                        "the request body ended after " + read + " of the " + declared + " bytes it declared");
            }
            read += Math.max(n, 0);
        }
    }

    /** Reads away what is left of a refused upload, up to a bound, so the connection can answer. */
    private static void drain(InputStream in) {
        try {
            in.skipNBytes(0);
            byte[] buf = new byte[64 * 1024];
            long left = 64L * 1024 * 1024;
            int n;
            while (left > 0 && (n = in.read(buf)) > 0) {
                left -= n;
            }
        } catch (IOException e) {
            // the client went away; nothing to answer
        }
    }

    private static String fileName(HttpServerExchange exchange, String param, String contentType) {
        String name = param;
        if (name == null) {
            name = exchange.getRequestHeaders().getFirst("X-File-Name");
        }
        if (name == null) {
            String cd = exchange.getRequestHeaders().getFirst(Headers.CONTENT_DISPOSITION);
            if (cd != null) {
                Matcher m = FILE_NAME.matcher(cd);
                if (m.find()) {
                    name = m.group(1);
                }
            }
        }
        if (name == null || name.isBlank()) {
            name = "upload";
        }
        if (!name.contains(".") && contentType != null) {
            String base = contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
            name = name + Formats.extension(base).orElse("");
        }
        return name;
    }
}
