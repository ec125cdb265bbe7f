package org.briefings.engine;

import java.text.Normalizer;

/**
 * Makes a file name given by a client safe to write inside the corpus: no folders, no ".."
 * parts, no control or shell-special characters, a bounded length. The result is a plain name.
 */
public final class FileNames {

    private static final int MAX_LENGTH = 120;

    public static String sanitise(String name) {
        if (name == null) {
            name = "";
        }
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        n = Normalizer.normalize(n, Normalizer.Form.NFKC);
        n = n.replaceAll("[^\\p{L}\\p{N}._ -]", "_").replaceAll("\\s+", "-").replaceAll("\\.{2,}", ".");
        n = n.replaceAll("^[.\\-_]+", "");
        if (n.isBlank()) {
            n = "upload";
        }
        if (n.length() > MAX_LENGTH) {
            int dot = n.lastIndexOf('.');
            String ext = dot > 0 && n.length() - dot <= 10 ? n.substring(dot) : "";
            n = n.substring(0, MAX_LENGTH - ext.length()) + ext;
        }
        return n;
    }

    private FileNames() {}
}
