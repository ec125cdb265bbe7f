package org.briefings.ingest;

import java.util.List;

/**
 * Where Tika runs: in child JVMs (the default) or in the calling JVM.
 *
 * <p>Why child JVMs: a parser's memory use and run time depend on what a document's bytes say, not
 * on how big the file is. A decompression bomb, a malformed PDF that recurses or a parser bug that
 * loops would otherwise fill the server's heap or pin one of its threads for ever. In a child, the
 * heap has a hard ceiling ({@code -Xmx}), a runaway parse is ended by killing the process, and either
 * costs one document and a process restart. See docs/isolation.md.
 *
 * @param forked     true: parse in child JVMs; false: in this JVM (tests, fallback)
 * @param processes  child JVMs kept at most (each parses one document at a time)
 * @param heapMb     heap limit of each child, in MB
 * @param jvmOptions extra options on each child's command line, after the engine's own (so they win
 *                   where they overlap); {@code -X} or {@code -D} options only, the heap excepted
 */
public record ParserIsolation(boolean forked, int processes, int heapMb, List<String> jvmOptions) {

    public static final int DEFAULT_HEAP_MB = 512;

    /**
     * The system property that gives the children a class path other than this JVM's: the
     * benchmark harness, which runs from the build's folders, points it at the build's jar so that
     * its parser processes run as {@code briefings index}'s do, from jars and so with the class-data
     * archive ({@code fork.ClassArchive}), which a class path with folders cannot have.
     */
    public static final String CLASS_PATH_PROPERTY = "briefings.parserClassPath";

    /**
     * The children's options by default: C1 alone ({@code -XX:TieredStopAtLevel=1}). Why: a child
     * compiles Tika for itself, and C2's compilations compete with the parsing on a machine without
     * a spare core (one child per core, and the engine's own JVM beside them); C1 compiles little
     * and soon. A reconcile of 200 speeches ran 2.3-2.6x as fast with C1-only children, on 1 and
     * on 2 threads (bench/results/2026-12-02-ingest-parallel.md). Also, by default, children share
     * a class-data archive (fork.ClassArchive) where the class path is made of jars.
     */
    public static final List<String> DEFAULT_JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1");

    /**
     * The options of a server's children ({@code serve}): none, the JVM's own C1 then C2. A server's
     * child parses for days; once warm, C2's code parsed the same PDFs 10-23% faster than C1's.
     */
    public static final List<String> SERVER_JVM_OPTIONS = List.of();

    public ParserIsolation {
        if (forked && (processes < 1 || heapMb < 32)) {
            throw new IllegalArgumentException(
                    "need at least 1 parser process of at least 32 MB, not " + processes + " of " + heapMb + " MB");
        }
        jvmOptions = List.copyOf(jvmOptions == null ? DEFAULT_JVM_OPTIONS : jvmOptions);
        for (String o : jvmOptions) {
            checkJvmOption(o);
        }
    }

    /** With the default JVM options for the children. */
    public ParserIsolation(boolean forked, int processes, int heapMb) {
        this(forked, processes, heapMb, DEFAULT_JVM_OPTIONS);
    }

    /** Child JVMs, one per core, each with {@value #DEFAULT_HEAP_MB} MB. */
    public static ParserIsolation defaults() {
        return new ParserIsolation(true, Math.max(1, Runtime.getRuntime().availableProcessors()), DEFAULT_HEAP_MB);
    }

    /** Tika in this JVM: no process start-up or copying, and no protection. */
    public static ParserIsolation inProcess() {
        return new ParserIsolation(false, 0, 0);
    }

    public static ParserIsolation forked(int processes, int heapMb) {
        return new ParserIsolation(true, processes, heapMb);
    }

    /** The same isolation with {@code options} on the children's command lines instead. */
    public ParserIsolation withJvmOptions(List<String> options) {
        return new ParserIsolation(forked, processes, heapMb, options);
    }

    /**
     * Options split at white space, as {@code --parser-jvm-options} takes them; empty or blank gives
     * none.
     */
    public static List<String> parseJvmOptions(String options) {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return List.of(options.strip().split("\\s+"));
    }

    /**
     * An option is a JVM setting ({@code -X...} or {@code -D...}): anything else (a class path, a
     * jar, a main class) would change what the child runs, and the heap has its own setting, which
     * the out-of-memory message quotes.
     */
    private static void checkJvmOption(String o) {
        if (o == null || !(o.startsWith("-X") || o.startsWith("-D")) || o.startsWith("-Xmx")) {
            throw new IllegalArgumentException(
                    "not a parser JVM option (-X... or -D..., heap by --parser-heap-mb): " + o);
        }
    }
}
