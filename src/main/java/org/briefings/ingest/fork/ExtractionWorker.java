package org.briefings.ingest.fork;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.briefings.ingest.DocumentExtractor;
import org.briefings.ingest.Extraction;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.Extractor;
import org.briefings.ingest.IngestException;
import org.briefings.ingest.LanguageGuesser;
import org.briefings.ingest.OcrSettings;
import org.slf4j.bridge.SLF4JBridgeHandler;

/**
 * The child side of {@link ForkedExtractor}: a JVM that loads Tika once and then extracts one
 * document per request line from stdin, answering one JSON line on stdout
 * ({@link WorkerProtocol}).
 *
 * <p>Started as {@code java -Xmx<heap> -XX:+ExitOnOutOfMemoryError -cp <the server's classpath>
 * org.briefings.ingest.fork.ExtractionWorker maxChars=.. maxEmbedded=.. maxBytes=.. timeoutMs=..
 * ocrLanguages=eng+fra tesseractDir=..}.
 * It exits when stdin closes (the parent closed it or died) and, as a second line of defence, when
 * the parent process is gone, so a {@code kill -9} of the server leaves no parsers behind.
 *
 * <p>stdout is the protocol channel: {@code System.out} is pointed at stderr before any parser
 * runs, so a library that prints cannot corrupt it.
 */
public final class ExtractionWorker {

    /** Runs the worker with the real Tika extractor and the limits given as {@code key=value} arguments. */
    public static void main(String[] args) throws IOException {
        // the parent offered each file to its PlainTextReader first: what comes here is Tika's
        run(args, limits -> Extractor.tikaOnly(limits, new LanguageGuesser()));
    }

    /**
     * Sets the process up as a worker (stdout kept for the protocol, parent watch, logging bridge)
     * and serves requests with the extractor made by {@code factory} until stdin closes.
     */
    public static void run(String[] args, Function<ExtractionLimits, DocumentExtractor> factory) throws IOException {
        OutputStream protocol = new FileOutputStream(FileDescriptor.out);
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
        exitWithParent();
        if (!SLF4JBridgeHandler.isInstalled()) {
            SLF4JBridgeHandler.removeHandlersForRootLogger();
            SLF4JBridgeHandler.install();
        }
        try (DocumentExtractor extractor = factory.apply(limits(args))) {
            serve(extractor, System.in, protocol);
        }
        Runtime.getRuntime().halt(0);
    }

    /**
     * The request loop, separate from {@link #main} so a test worker can wrap the extractor (to
     * simulate a parser that loops or runs out of memory) and reuse the protocol unchanged.
     */
    public static void serve(DocumentExtractor extractor, InputStream requests, OutputStream answers)
            throws IOException {
        answers.write(WorkerProtocol.line(
                WorkerProtocol.Response.ready(ProcessHandle.current().pid())));
        answers.flush();
        BufferedReader in = new BufferedReader(new InputStreamReader(requests, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.isBlank()) {
                continue;
            }
            WorkerProtocol.Response response;
            boolean exitAfter = false;
            try {
                WorkerProtocol.Request r =
                        WorkerProtocol.read(line.getBytes(StandardCharsets.UTF_8), WorkerProtocol.Request.class);
                Extraction x = extractor.extract(Path.of(r.file()), r.source(), r.id());
                response = WorkerProtocol.Response.success(x);
            } catch (IngestException e) {
                // after a timeout the parser thread may still be spinning: answer, then make way for a fresh child
                exitAfter = e.reason() == IngestException.Reason.TIMEOUT;
                response = WorkerProtocol.Response.failure(e, exitAfter);
            } catch (IOException | RuntimeException e) {
                response = WorkerProtocol.Response.failure(
                        new IngestException(
                                IngestException.Reason.IO_ERROR,
                                "bad request to the parser process: " + e.getMessage()),
                        false);
            }
            answers.write(WorkerProtocol.line(response));
            answers.flush();
            if (exitAfter) {
                Runtime.getRuntime().halt(0);
            }
        }
    }

    /** Halts this JVM when the process that started it ends, whatever way it ended. */
    private static void exitWithParent() {
        ProcessHandle.current()
                .parent()
                .ifPresent(parent ->
                        parent.onExit().thenRun(() -> Runtime.getRuntime().halt(0)));
    }

    static ExtractionLimits limits(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq > 0) {
                a.put(arg.substring(0, eq), arg.substring(eq + 1));
            }
        }
        ExtractionLimits d = ExtractionLimits.defaults();
        return new ExtractionLimits(
                Integer.parseInt(a.getOrDefault("maxChars", String.valueOf(d.maxChars()))),
                Integer.parseInt(a.getOrDefault("maxEmbedded", String.valueOf(d.maxEmbedded()))),
                Long.parseLong(a.getOrDefault("maxBytes", String.valueOf(d.maxBytes()))),
                Duration.ofMillis(Long.parseLong(
                        a.getOrDefault("timeoutMs", String.valueOf(d.timeout().toMillis())))),
                OcrSettings.fromArguments(a));
    }

    static String[] arguments(ExtractionLimits limits) {
        List<String> args = new ArrayList<>(List.of(
                "maxChars=" + limits.maxChars(),
                "maxEmbedded=" + limits.maxEmbedded(),
                "maxBytes=" + limits.maxBytes(),
                "timeoutMs=" + limits.timeout().toMillis()));
        args.addAll(limits.ocr().arguments());
        return args.toArray(String[]::new);
    }

    private ExtractionWorker() {}
}
