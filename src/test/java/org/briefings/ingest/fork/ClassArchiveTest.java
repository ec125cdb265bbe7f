package org.briefings.ingest.fork;

import static org.junit.jupiter.api.Assertions.*;

import java.io.File;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the parser children share a class-data archive: only on a class path of jars (the JVM
 * archives nothing from a folder and would try again at every exit), one archive per java and
 * class path, and a child is known to write it when it does not exist yet.
 */
class ClassArchiveTest {

    @TempDir
    Path dir;

    private Path jar(String name, String classPath) throws Exception {
        Manifest m = new Manifest();
        m.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        if (classPath != null) {
            m.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath);
        }
        Path jar = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream j = new JarOutputStream(out, m)) {
            j.flush();
        }
        return jar;
    }

    @Test
    void aClassPathOfJarsGetsAnArchiveOfItsOwn() throws Exception {
        String cp = jar("app.jar", "lib/a.jar") + File.pathSeparator + jar("b.jar", null);
        List<String> options = ClassArchive.options("/jdk/bin/java", cp);
        assertEquals(2, options.size(), options.toString());
        assertEquals("-XX:SharedArchiveFile=" + ClassArchive.file("/jdk/bin/java", cp), options.get(0));
        assertEquals("-XX:+AutoCreateSharedArchive", options.get(1));
        assertTrue(Files.isDirectory(ClassArchive.file("/jdk/bin/java", cp).getParent()), "its folder is made");
        assertNotEquals(ClassArchive.file("/jdk/bin/java", cp), ClassArchive.file("/jdk/bin/java", cp + "x"));
        assertNotEquals(ClassArchive.file("/jdk/bin/java", cp), ClassArchive.file("/other/bin/java", cp));
    }

    @Test
    void aFolderOnTheClassPathOrInAJarsManifestMeansNoArchive() throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.writeString(classes.resolve("A.class"), "x");
        assertEquals(List.of(), ClassArchive.options("java", jar("a.jar", null) + File.pathSeparator + classes));
        // a test runner's class path: one jar whose manifest names the build's folders
        Path booter = jar("booter.jar", classes.toUri().toString());
        assertEquals(List.of(), ClassArchive.options("java", booter.toString()));
    }

    @Test
    void aChildStartedWithoutItsArchiveIsTheOneThatWritesIt() throws Exception {
        Path archive = dir.resolve("p.jsa");
        List<String> command = List.of("java", "-XX:SharedArchiveFile=" + archive, "-cp", "x", "Main");
        assertTrue(ClassArchive.missing(command));
        Files.writeString(archive, "archive");
        assertFalse(ClassArchive.missing(command));
        assertFalse(ClassArchive.missing(List.of("java", "-cp", "x", "Main")), "no archive asked for");
    }

    @Test
    void aJarRebuiltInPlaceGetsANewArchive() throws Exception {
        // the JVM refuses an archive whose jars changed size or time, and does not write over it
        Path lib = Files.createDirectories(dir.resolve("lib"));
        Path dependency = lib.resolve("a.jar");
        Files.writeString(dependency, "one");
        String cp = jar("app.jar", "lib/a.jar").toString();
        Path before = ClassArchive.file("java", cp);
        assertEquals(before, ClassArchive.file("java", cp), "same jars, same archive");
        Files.setLastModifiedTime(
                dependency,
                FileTime.fromMillis(Files.getLastModifiedTime(dependency).toMillis() - 60_000));
        Path touched = ClassArchive.file("java", cp);
        assertNotEquals(before, touched, "a jar its manifest names was rewritten");
        Files.writeString(dir.resolve("app.jar"), "rebuilt", StandardOpenOption.APPEND);
        assertNotEquals(touched, ClassArchive.file("java", cp), "the jar itself was rebuilt");
    }

    @Test
    void aNewArchivePrunesOldOnesAndNothingElse() throws Exception {
        Path keep = dir.resolve("parsers-new.jsa");
        Path old = Files.writeString(dir.resolve("parsers-old.jsa"), "x");
        Path recent = Files.writeString(dir.resolve("parsers-recent.jsa"), "x");
        Path other = Files.writeString(dir.resolve("notes.txt"), "x");
        Instant now = Instant.now();
        Files.setLastModifiedTime(
                old, FileTime.from(now.minus(ClassArchive.PRUNE_AFTER).minusSeconds(60)));
        Files.setLastModifiedTime(
                other, FileTime.from(now.minus(ClassArchive.PRUNE_AFTER).minusSeconds(60)));
        ClassArchive.pruneBeside(keep, now);
        assertFalse(Files.exists(old), "an archive not written for longer than the limit");
        assertTrue(Files.exists(recent));
        assertTrue(Files.exists(other), "not an archive");
    }
}
