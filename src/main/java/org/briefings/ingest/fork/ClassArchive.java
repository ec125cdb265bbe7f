package org.briefings.ingest.fork;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A class-data sharing archive (AppCDS) of the classes a parser child loads, so later children map
 * Tika's parsers and their dependencies ready-parsed and verified instead of loading each class
 * from its jar: a child is ready sooner and spends less CPU getting there, which counts most where
 * a reconcile starts one child per core on a machine with no core to spare.
 *
 * <p>The JVM does the work ({@code -XX:+AutoCreateSharedArchive}, JDK 19+): a child that finds no
 * usable archive runs without one and writes it when it exits; the next children map it. The file's
 * name carries a hash of the java executable, its version and the class path, so a new build or
 * another JDK gets an archive of its own rather than one the JVM would refuse. The JVM writes a new
 * archive under a new inode (it removes the old name first), so two children exiting at once
 * cannot leave a mixed file, and a child that finds a half-written one ignores it (its header is
 * written last). Archives live in the user's own cache folder ({@code ~/.cache/briefings/parsers}),
 * not in a shared temporary folder where another user could put an archive of their making;
 * deleting them is always safe. Where that folder cannot be made, children run without an archive.
 * {@code --parser-jvm-options -Xshare:off} turns it off.
 *
 * <p>The hash also covers each jar's size and modification time (those on the class path and those
 * their manifests name), as the JVM checks them: a jar rebuilt in place (an update, a new build)
 * makes the JVM refuse the old archive ("shared class paths mismatch"), and it does not write a new
 * one over a file that exists, so without them every child of a rebuilt engine ran without an
 * archive for good (found 2026-12-04: the archive in use was one from the morning's jar). A new
 * archive is the occasion to delete those not written for {@link #PRUNE_AFTER}: each rebuild
 * leaves one behind.
 */
final class ClassArchive {

    /** The first JDK with {@code -XX:+AutoCreateSharedArchive}. */
    static final int FIRST_JDK = 19;

    private static final String FILE_OPTION = "-XX:SharedArchiveFile=";

    /** Archives older than this are deleted when a new one is about to be written (each some 30 MB). */
    static final Duration PRUNE_AFTER = Duration.ofDays(14);

    private ClassArchive() {}

    /**
     * The options that make a child use (or create) the archive for this class path; none before
     * JDK 19, where the cache folder cannot be made, or where the class path holds a folder (the
     * classes of a build tree, as in tests: the JVM archives classes from jars only, and would try
     * and fail at every exit).
     */
    static List<String> options(String java, String classPath) {
        if (Runtime.version().feature() < FIRST_JDK) {
            return List.of();
        }
        List<Path> reached;
        try {
            reached = reachedEntries(classPath);
        } catch (NotArchivable e) {
            return List.of();
        }
        if (reached.stream().anyMatch(Files::isDirectory)) {
            return List.of();
        }
        Path file = file(java, classPath, fingerprint(reached));
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException | RuntimeException e) {
            return List.of();
        }
        if (!Files.exists(file)) {
            pruneBeside(file, Instant.now());
        }
        return List.of(FILE_OPTION + file, "-XX:+AutoCreateSharedArchive");
    }

    /** Where the archive for this java and class path, and these jars' sizes and times, lives. */
    static Path file(String java, String classPath) {
        String fingerprint;
        try {
            fingerprint = fingerprint(reachedEntries(classPath));
        } catch (NotArchivable e) {
            fingerprint = "not archivable";
        }
        return file(java, classPath, fingerprint);
    }

    private static Path file(String java, String classPath, String fingerprint) {
        Path folder = Path.of(System.getProperty("user.home"), ".cache", "briefings", "parsers");
        return folder.resolve(
                "parsers-" + key(java + "\n" + Runtime.version() + "\n" + classPath + "\n" + fingerprint) + ".jsa");
    }

    /**
     * Size and modification time of every jar the class path reaches (its entries and the jars
     * their manifests name, {@link #reachedEntries}): what the JVM compares before it maps an archive.
     */
    private static String fingerprint(List<Path> reached) {
        StringBuilder out = new StringBuilder();
        for (Path jar : reached) {
            try {
                out.append(jar)
                        .append(' ')
                        .append(Files.size(jar))
                        .append(' ')
                        .append(Files.getLastModifiedTime(jar).toMillis())
                        .append('\n');
            } catch (IOException e) {
                out.append(jar).append(" absent\n");
            }
        }
        return out.toString();
    }

    /**
     * Deletes the archives in {@code keep}'s folder, other than {@code keep}, last written more than
     * {@link #PRUNE_AFTER} ago. Safe while a child maps one: the mapping outlives the name, and a
     * child that finds none writes it again.
     */
    static void pruneBeside(Path keep, Instant now) {
        FileTime before = FileTime.from(now.minus(PRUNE_AFTER));
        try (Stream<Path> files = Files.list(keep.getParent())) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!f.equals(keep)
                        && name.startsWith("parsers-")
                        && name.endsWith(".jsa")
                        && Files.getLastModifiedTime(f).compareTo(before) < 0) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException | RuntimeException e) {
            // a cache: what cannot be pruned now can be later
        }
    }

    private static String key(String s) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(h, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether {@code command} names an archive that does not exist yet (the child will write it as it exits). */
    static boolean missing(List<String> command) {
        for (String o : command) {
            if (o.startsWith(FILE_OPTION)) {
                return !Files.exists(Path.of(o.substring(FILE_OPTION.length())));
            }
        }
        return false;
    }

    /**
     * The class path's entries and, after each jar, the entries its manifest's Class-Path names (a
     * test runner's class path is one jar naming the build's folders); {@link NotArchivable} where
     * a manifest names a folder or cannot be read.
     */
    private static List<Path> reachedEntries(String classPath) {
        List<Path> out = new ArrayList<>();
        for (String e : classPath.split(java.io.File.pathSeparator)) {
            if (e.isEmpty()) {
                continue;
            }
            Path entry = Path.of(e);
            out.add(entry);
            if (Files.isRegularFile(entry)) {
                out.addAll(manifestEntries(entry));
            }
        }
        return out;
    }

    private static List<Path> manifestEntries(Path jar) {
        try (java.util.jar.JarFile file = new java.util.jar.JarFile(jar.toFile())) {
            java.util.jar.Manifest m = file.getManifest();
            String cp = m == null ? null : m.getMainAttributes().getValue(java.util.jar.Attributes.Name.CLASS_PATH);
            if (cp == null) {
                return List.of();
            }
            List<Path> out = new ArrayList<>();
            for (String ref : cp.trim().split("\\s+")) {
                Path p = ref.startsWith("file:")
                        ? Path.of(java.net.URI.create(ref))
                        : jar.toAbsolutePath()
                                .getParent()
                                .resolve(java.net.URLDecoder.decode(ref, StandardCharsets.UTF_8));
                if (ref.endsWith("/")) {
                    throw new NotArchivable(); // a folder by its name, whether or not it exists yet
                }
                out.add(p);
            }
            return out;
        } catch (IOException | RuntimeException e) {
            throw new NotArchivable();
        }
    }

    /** A jar whose manifest names a folder or cannot be read: its class path gets no archive. */
    private static final class NotArchivable extends RuntimeException {
        NotArchivable() {
            super(null, null, false, false);
        }
    }
}
