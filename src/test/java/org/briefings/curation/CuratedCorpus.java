package org.briefings.curation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Three small briefings: a.txt and c.txt name the same person two ways (the tagger keeps them apart:
 * "Abiy Ahmed" and, at the time of writing, "Ahmed Ali"), b.txt another person; a.txt and b.txt
 * share an organisation, b.txt alone mentions Egypt. Tests read the people's values from the index
 * rather than spelling them, so a better tagger does not break them.
 */
public final class CuratedCorpus {

    /** The organisation a.txt and b.txt share, and the one only c.txt has. */
    public static final String AU = "African Union";

    public static final String WFP = "World Food Programme";

    private CuratedCorpus() {}

    /** Writes a.txt (Abiy Ahmed, AU, ET), b.txt (el-Sisi, AU, EG and ET) and c.txt (Abiy Ahmed Ali, WFP, ET). */
    public static void write(Path corpus) throws IOException {
        Files.createDirectories(corpus);
        Files.writeString(
                corpus.resolve("a.txt"),
                "Ethiopia talks\n\nPrime Minister Abiy Ahmed met envoys in Addis Ababa on Monday. "
                        + "The African Union hosted the meeting.");
        Files.writeString(
                corpus.resolve("b.txt"),
                "Dam dispute\n\nEgypt and Ethiopia argued over the Grand Ethiopian Renaissance Dam. "
                        + "President Abdel Fattah el-Sisi spoke to the African Union in Cairo.");
        Files.writeString(
                corpus.resolve("c.txt"),
                "Aid note\n\nPrime Minister Abiy Ahmed Ali visited Mekelle on Tuesday. "
                        + "The World Food Programme resumed deliveries to Tigray, Ethiopia.");
    }
}
