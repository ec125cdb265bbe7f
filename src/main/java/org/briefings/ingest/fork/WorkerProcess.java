package org.briefings.ingest.fork;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.briefings.ingest.ExtractionLimits;
import org.briefings.ingest.ParserIsolation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One child JVM running an {@link ExtractionWorker}: the process, a reader thread that turns its
 * stdout into {@link #messages} (protocol lines, then {@link #EOF} or {@link #TOO_LONG}), and a
 * drain that keeps the last lines of its stderr for the log when it dies (a full pipe would block
 * it). What a message means is {@link ForkedExtractor}'s business.
 */
final class WorkerProcess {

    /**
     * How long past the document time limit the parent waits before it kills the child: a quarter of
     * the limit, between 1 and 5 s (the child normally answers TIMEOUT itself, right at the limit).
     */
    static Duration grace(Duration timeout) {
        Duration q = timeout.dividedBy(4);
        return q.compareTo(Duration.ofSeconds(1)) < 0
                ? Duration.ofSeconds(1)
                : q.compareTo(Duration.ofSeconds(5)) > 0 ? Duration.ofSeconds(5) : q;
    }

    private static final Logger log = LoggerFactory.getLogger(WorkerProcess.class);

    /** Queued after the last line: stdout is closed, the child is gone or going. */
    static final Object EOF = new Object();
    /** Queued instead of a line over the answer bound; nothing more is read. */
    static final Object TOO_LONG = new Object();

    final Process process;
    final long pid;
    final OutputStream stdin;
    final BlockingQueue<Object> messages = new LinkedBlockingQueue<>();
    /**
     * True when the child was started without the class archive it names, so it writes one as it
     * exits ({@link ClassArchive}): closing gives it time to finish.
     */
    final boolean writesArchive;

    private final long maxAnswerBytes;
    /** The child's own temporary folder, or null where none could be made. */
    private final Path folder;

    private final Deque<String> stderr = new ArrayDeque<>();

    private WorkerProcess(Process process, long maxAnswerBytes, boolean writesArchive, Path folder) {
        this.process = process;
        this.folder = folder;
        this.writesArchive = writesArchive;
        this.pid = process.pid();
        this.stdin = process.getOutputStream();
        this.maxAnswerBytes = maxAnswerBytes;
        Thread out = new Thread(this::readAnswers, "parser-" + pid + "-out");
        out.setDaemon(true);
        out.start();
        Thread err = new Thread(this::drainErrors, "parser-" + pid + "-err");
        err.setDaemon(true);
        err.start();
    }

    /**
     * Starts a child with {@code command}, in a temporary folder of its own that is deleted when it
     * exits ({@link ChildTempFolders}); its answers are read with the byte bound given. Where no
     * folder can be made (a temporary folder that is full or read-only), the child shares this
     * JVM's, as before such folders existed: parsing goes on.
     */
    static WorkerProcess start(List<String> command, long maxAnswerBytes) throws IOException {
        Path folder = null;
        try {
            folder = ChildTempFolders.create(ChildTempFolders.base(command));
        } catch (IOException | RuntimeException e) {
            log.warn("parser process started without a temporary folder of its own: {}", e.toString());
        }
        ProcessBuilder builder =
                new ProcessBuilder(folder == null ? command : ChildTempFolders.withFolder(command, folder));
        // Tesseract, started by the child, would otherwise run one OpenMP thread per core in every
        // child: with one child per core that is cores x cores threads fighting over the cores
        builder.environment().putIfAbsent("OMP_THREAD_LIMIT", "1");
        boolean writesArchive = ClassArchive.missing(command);
        Process process;
        try {
            process = builder.start();
        } catch (IOException | RuntimeException e) {
            if (folder != null) {
                ChildTempFolders.delete(folder);
            }
            throw e;
        }
        WorkerProcess child = new WorkerProcess(process, maxAnswerBytes, writesArchive, folder);
        process.onExit().thenRun(child::deleteFolder);
        return child;
    }

    /**
     * Deletes the child's temporary folder once it has exited (again is harmless): called when the
     * process ends, and by {@link ForkedExtractor#close} so that an engine exiting right after
     * closing does not leave the folder to the next one's sweep.
     */
    void deleteFolder() {
        if (folder != null && !process.isAlive()) {
            ChildTempFolders.delete(folder);
        }
    }

    /**
     * The child's command line: this JVM's java and class path, a heap limit, exit on the first
     * OutOfMemoryError, and the JVM's own messages kept off stdout (the protocol's channel); then
     * {@code jvmOptions} (after the engine's own, so they win where both set the same thing).
     */
    static List<String> command(int heapMb, List<String> jvmOptions, String workerMainClass, ExtractionLimits limits) {
        List<String> cmd = new ArrayList<>();
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classPath = classPath();
        cmd.add(java);
        cmd.add("-Xmx" + heapMb + "m");
        cmd.add("-XX:+ExitOnOutOfMemoryError");
        cmd.add("-XX:+DisplayVMOutputToStderr"); // "Terminating due to ..." stays off the protocol
        // the JVM's own log (class-data archive warnings among others) writes to stdout by default
        cmd.add("-Xlog:disable");
        cmd.add("-Xlog:all=warning:stderr");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Xss4m");
        cmd.add("-Djava.awt.headless=true");
        cmd.add("--add-opens=java.base/java.lang=ALL-UNNAMED");
        if (Runtime.version().feature() >= 23) {
            // JDK 24+ warns on sun.misc.Unsafe memory access by the parsers' libraries (JEP 498); the
            // child is this JVM's java, so the option exists exactly when this JVM is 23 or newer
            cmd.add("--sun-misc-unsafe-memory-access=allow");
        }
        cmd.addAll(ClassArchive.options(java, classPath));
        cmd.addAll(jvmOptions);
        cmd.add("-cp");
        cmd.add(classPath);
        cmd.add(workerMainClass);
        cmd.addAll(List.of(ExtractionWorker.arguments(limits)));
        return List.copyOf(cmd);
    }

    /**
     * This JVM's class path (or {@link ParserIsolation#CLASS_PATH_PROPERTY}'s) with absolute
     * entries, so the child finds the same classes from any folder.
     */
    private static String classPath() {
        String given = System.getProperty(ParserIsolation.CLASS_PATH_PROPERTY, "");
        String classPath = given.isBlank() ? System.getProperty("java.class.path") : given;
        List<String> entries = new ArrayList<>();
        for (String e : classPath.split(File.pathSeparator, -1)) {
            if (!e.isBlank()) {
                entries.add(Path.of(e).toAbsolutePath().toString());
            }
        }
        return String.join(File.pathSeparator, entries);
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** Waits up to {@code d} for the child to exit: its exit status, or {@code Integer.MIN_VALUE}. */
    int awaitExit(Duration d) {
        try {
            if (process.waitFor(d.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Integer.MIN_VALUE;
    }

    /** Closes the child's stdin: an idle child exits when it reads the end. */
    void closeStdin() {
        try {
            stdin.close();
        } catch (IOException e) {
            // already gone
        }
    }

    private void readAnswers() {
        try (InputStream in = process.getInputStream()) {
            LineReader reader = new LineReader(in, maxAnswerBytes);
            while (true) {
                byte[] line = reader.next();
                if (line == null) {
                    break;
                }
                messages.add(line);
            }
        } catch (LineReader.TooLong e) {
            messages.add(TOO_LONG);
            return;
        } catch (IOException e) {
            // the pipe broke: the child is gone
        }
        messages.add(EOF);
    }

    private void drainErrors() {
        try (BufferedReader r =
                new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                log.debug("parser {}: {}", pid, line);
                synchronized (stderr) {
                    stderr.addLast(line.length() > 500 ? line.substring(0, 500) : line);
                    if (stderr.size() > 20) {
                        stderr.removeFirst();
                    }
                }
            }
        } catch (IOException e) {
            // gone
        }
    }

    /** The last lines the child wrote to stderr, joined with " | ". */
    String stderrTail() {
        synchronized (stderr) {
            return String.join(" | ", stderr);
        }
    }
}
