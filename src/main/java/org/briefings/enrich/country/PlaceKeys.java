package org.briefings.enrich.country;

/**
 * The folded key under which the gazetteer keeps a whole place or country name, so that a
 * dateline's "SANTA CRUZ", a text's "Santa Cruz" and a run the entity taggers ask about all look
 * up the same entry. Kept apart from {@link Gazetteer} because every tagger asks for keys of many
 * capitalised runs per text: the ASCII path below is on that hot path.
 */
final class PlaceKeys {

    private PlaceKeys() {}

    /** Folded key of a whole place name as a dateline writes it ("SANTA CRUZ" -> "santa cruz"). */
    static String of(String form) {
        String ascii = asciiKey(form);
        if (ascii != null) {
            return ascii;
        }
        String[] words = Tokens.words(form);
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            if (!Character.isLetterOrDigit(w.charAt(0))) {
                continue; // "ST LOUIS" is "St. Louis", "N.Y" is "N.Y."
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(Tokens.fold(w));
        }
        return sb.toString();
    }

    /**
     * {@link #of} of an ASCII form in one pass, or null for any other form: for ASCII, the
     * tokens that start with a letter or digit are the runs of letters and digits, and folding
     * lower-cases A-Z. The organisation and person taggers ask {@link #codeFor} about many
     * capitalised runs of every text ("Pew Research"), nearly all of them ASCII.
     */
    private static String asciiKey(String form) {
        StringBuilder sb = null;
        boolean inWord = false;
        for (int k = 0; k < form.length(); k++) {
            char c = form.charAt(k);
            if (c >= 0x80) {
                return null;
            }
            boolean alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (alnum) {
                if (sb == null) {
                    sb = new StringBuilder(form.length());
                } else if (!inWord) {
                    sb.append(' ');
                }
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            inWord = alnum;
        }
        return sb == null ? "" : sb.toString();
    }
}
