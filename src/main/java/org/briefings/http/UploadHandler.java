package org.briefings.http;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.form.FormData;
import io.undertow.server.handlers.form.FormDataParser;
import io.undertow.server.handlers.form.FormParserFactory;
import io.undertow.server.handlers.form.MultiPartParserDefinition;
import io.undertow.util.Headers;
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
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.EntityMention;
import org.briefings.engine.BriefingEngine;
import org.briefings.engine.CorpusFiles;
import org.briefings.ingest.IngestException;

/**
 * {@code POST /api/documents}: adds documents, as the raw body (name from {@code ?name=}, the
 * {@code X-File-Name} header or Content-Disposition) or as multipart/form-data with one or many
 * files. Each file is streamed to disk under the size limit, written durably into corpus/ and
 * indexed before the answer. Statuses for one file: 201 indexed, 200 duplicate (same bytes, the
 * existing id), 413 too large, 422 not extractable (with Tika's reason). For several files the
 * answer is 200 with one result per file.
 */
final class UploadHandler implements HttpHandler {

    private static final Set<String> PARAMS = Set.of("name");
    private static final Map<String, String> EXTENSIONS = Map.of(
            "application/pdf",
            ".pdf",
            "text/plain",
            ".txt",
            "text/html",
            ".html",
            "text/markdown",
            ".md",
            "message/rfc822",
            ".eml",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            ".docx",
            "application/msword",
            ".doc",
            "application/zip",
            ".zip",
            "application/rtf",
            ".rtf");

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
        Map<String, Object> result = addOne(name, body);
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
                        results.add(addOne(name, in));
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

    /** Adds one file and describes the outcome; failures of this one file are results, not exceptions. */
    private Map<String, Object> addOne(String name, InputStream in) throws IOException {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("file", name);
        try {
            BriefingEngine.AddResult r = engine.add(name, in, maxBytes);
            out.put("status", r.duplicate() ? 200 : 201);
            out.put("result", r.duplicate() ? "duplicate" : "indexed");
            out.put("path", r.path());
            List<Map<String, Object>> briefings = new ArrayList<>();
            for (Briefing b : r.briefings()) {
                briefings.add(summary(b));
            }
            out.put("id", briefings.isEmpty() ? r.fileId() : briefings.get(0).get("id"));
            out.put("briefings", briefings);
            out.put("warnings", r.warnings());
        } catch (BriefingEngine.TooLargeException e) {
            out.put("status", 413);
            out.put("result", "too_large");
            out.put("error", "too_large");
            out.put("message", e.getMessage());
            drain(in);
        } catch (IngestException e) {
            out.put("status", e.reason() == IngestException.Reason.TOO_LARGE ? 413 : 422);
            out.put("result", "not_extractable");
            out.put("error", "not_extractable");
            out.put("reason", e.reason().name().toLowerCase(Locale.ROOT));
            out.put("message", e.getMessage());
        }
        return out;
    }

    private static Map<String, Object> summary(Briefing b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", b.id());
        m.put("title", b.title());
        m.put("sourcePath", b.sourcePath());
        m.put(
                "published",
                new DocumentView.Published(
                        b.published().display(),
                        b.published().precision().json(),
                        b.published().source()));
        m.put(
                "about",
                b.countries().stream()
                        .filter(CountryMention::about)
                        .map(CountryMention::code)
                        .toList());
        m.put("mentioned", b.countries().stream().map(CountryMention::code).toList());
        m.put("people", b.people().stream().map(EntityMention::name).toList());
        m.put(
                "organisations",
                b.organisations().stream().map(EntityMention::name).toList());
        m.put("link", "/api/documents/" + b.id());
        return m;
    }

    /**
     * A body with a declared Content-Length that must arrive whole: when the stream ends early (a
     * client that hung up, or a read cut off by the request timeout), the upload is refused rather
     * than stored and indexed as if the first part were the document.
     */
    private static final class CompleteBody extends java.io.FilterInputStream {
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
                var m = java.util.regex.Pattern.compile("filename=\"?([^\";]+)\"?")
                        .matcher(cd);
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
            name = name + EXTENSIONS.getOrDefault(base, "");
        }
        return name;
    }
}
