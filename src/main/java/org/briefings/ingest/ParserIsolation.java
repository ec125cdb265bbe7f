package org.briefings.ingest;

/**
 * Where Tika runs: in child JVMs (the default) or in the calling JVM.
 *
 * <p>Why child JVMs: a parser's memory use and run time depend on what a document's bytes say, not
 * on how big the file is. A decompression bomb, a malformed PDF that recurses or a parser bug that
 * loops would otherwise fill the server's heap or pin one of its threads for ever. In a child, the
 * heap has a hard ceiling ({@code -Xmx}), a runaway parse is ended by killing the process, and either
 * costs one document and a process restart. See docs/isolation.md.
 *
 * @param forked    true: parse in child JVMs; false: in this JVM (tests, fallback)
 * @param processes child JVMs kept at most (each parses one document at a time)
 * @param heapMb    heap limit of each child, in MB
 */
public record ParserIsolation(boolean forked, int processes, int heapMb) {

    public static final int DEFAULT_HEAP_MB = 512;

    public ParserIsolation {
        if (forked && (processes < 1 || heapMb < 32)) {
            throw new IllegalArgumentException(
                    "need at least 1 parser process of at least 32 MB, not " + processes + " of " + heapMb + " MB");
        }
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
}
