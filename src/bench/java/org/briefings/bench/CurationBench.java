package org.briefings.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.briefings.Briefing;
import org.briefings.CountryMention;
import org.briefings.DatePrecision;
import org.briefings.EntityMention;
import org.briefings.PublicationDate;
import org.briefings.curation.CurationRequest;
import org.briefings.curation.Curator;
import org.briefings.index.BriefingDocuments;
import org.briefings.search.CountryCodes;
import org.briefings.search.EmbeddedIndex;

/**
 * How long one curation rule takes to apply to an index, from the stored records (no extraction):
 * builds an index of N synthetic briefings (2,000 characters of text, three people from a pool of
 * 500, two organisations, one country; one person, "Common Name", in every briefing), then times a
 * merge that touches 1% of the briefings, a reject that touches all of them, and their undos, each
 * three times, in one warm JVM. A one-off measurement: the figures go into bench/results by hand.
 *
 * <pre>CurationBench WORK_DIR [N]</pre>
 */
public final class CurationBench {

    public static void main(String[] args) throws Exception {
        Path work = Path.of(args[0]);
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        Path corpus = Files.createDirectories(work.resolve("curation-bench/corpus"));
        Path indexDir = work.resolve("curation-bench/index-" + n);
        Files.deleteIfExists(corpus.resolve(".curation/rules.json"));
        CountryCodes codes = new CountryCodes() {
            @Override
            public Optional<String> code(String nameOrCode) {
                return Optional.of(nameOrCode);
            }

            @Override
            public String name(String code) {
                return code;
            }
        };
        try (EmbeddedIndex index = EmbeddedIndex.open(indexDir, codes)) {
            if (index.count() != n) {
                long t0 = System.nanoTime();
                build(index, n);
                System.out.printf("built %,d briefings in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            Curator curator = Curator.open(corpus, index, codes);
            for (int round = 1; round <= 3; round++) {
                time(
                        curator,
                        "merge touching 1%",
                        new CurationRequest("merge", "person", "Person 7", "Person 8", null, null));
                time(
                        curator,
                        "reject touching 100%",
                        new CurationRequest("reject", "person", null, null, "Common Name", null));
            }
        }
    }

    private static void time(Curator curator, String what, CurationRequest request) throws Exception {
        long t0 = System.nanoTime();
        Curator.Applied made = curator.add(request);
        long t1 = System.nanoTime();
        Curator.Applied undone = curator.undo(made.rule().id()).orElseThrow();
        long t2 = System.nanoTime();
        System.out.printf(
                "%-22s apply %,6d briefings %7.0f ms   undo %,6d briefings %7.0f ms%n",
                what, made.briefingsChanged(), (t1 - t0) / 1e6, undone.briefingsChanged(), (t2 - t1) / 1e6);
    }

    private static void build(EmbeddedIndex index, int n) throws Exception {
        Random random = new Random(42);
        String[] words = ("sanctions oil ministry talks election border trade export import budget reform "
                        + "central bank inflation ceasefire envoy summit parliament protest court ruling treaty "
                        + "pipeline grain shipment tariff currency drought harvest aid refugees military exercise")
                .split(" ");
        byte[] idBytes = new byte[32];
        for (int i = 0; i < n; i++) {
            StringBuilder body = new StringBuilder();
            while (body.length() < 2000) {
                body.append(words[random.nextInt(words.length)]).append(random.nextInt(12) == 0 ? ". " : " ");
            }
            List<EntityMention> people = new ArrayList<>();
            people.add(new EntityMention("Common Name", 1, List.of()));
            for (int p = 0; p < 3; p++) {
                people.add(new EntityMention("Person " + (i * 3 + p) % 500, 1, List.of()));
            }
            random.nextBytes(idBytes);
            String id = HexFormat.of().formatHex(idBytes);
            Briefing b = new Briefing(
                    id,
                    "b" + i + ".txt",
                    null,
                    "text/plain",
                    "txt",
                    "Briefing " + i,
                    "",
                    body.toString(),
                    "en",
                    new PublicationDate(LocalDate.of(2020, 1, 1).plusDays(i % 1500), DatePrecision.DAY, "text"),
                    List.of(new CountryMention("ET", "Ethiopia", 1, 0.9, true, List.of())),
                    people,
                    List.of(
                            new EntityMention("Org " + i % 50, 1, List.of()),
                            new EntityMention("Org " + (i + 7) % 50, 1, List.of())),
                    List.of(),
                    java.util.Map.of(),
                    body.length(),
                    Instant.EPOCH);
            index.replaceFile(
                    b.sourcePath(), List.of(b), new BriefingDocuments.FileInfo(id, b.sourcePath(), body.length(), 0));
        }
        index.commit();
        index.refresh();
    }

    private CurationBench() {}
}
