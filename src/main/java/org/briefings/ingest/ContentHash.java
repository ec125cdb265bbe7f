package org.briefings.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 content hashes. A briefing's id is the hash of its original bytes, so the same bytes
 * dropped in twice, under any name, are one briefing.
 */
public final class ContentHash {

    /** Hash of a file's bytes, streamed: never holds the file in memory. */
    public static String of(Path file) throws IOException {
        MessageDigest digest = sha256();
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Hash of a string (UTF-8), used to derive ids of embedded documents from their container. */
    public static String of(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    /** True when {@code id} looks like one of our ids: 64 lower-case hex characters. */
    public static boolean isValidId(String id) {
        return id != null && id.matches("[0-9a-f]{64}");
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    private ContentHash() {}
}
