package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private static final List<String> TEXTS = List.of(
            "The General Assembly discussed the situation in the region and called on all parties to talks.",
            "L'Assemblée générale a examiné la situation dans la région et appelé toutes les parties au dialogue.",
            "La Asamblea General examinó la situación en la región y pidió a todas las partes que dialoguen.",
            "Die Generalversammlung erörterte die Lage in der Region und rief alle Parteien zu Gesprächen auf.",
            "A Assembleia Geral discutiu a situação na região e apelou a todas as partes para o diálogo.");

    @Test
    void namesTheLanguageOfEachText() {
        LanguageGuesser guesser = new LanguageGuesser();
        assertEquals(
                List.of("en", "fr", "es", "de", "pt"),
                TEXTS.stream().map(guesser::detect).toList());
        assertEquals("und", guesser.detect("too short"));
    }

    /** Each thread has its own detector: texts detected side by side get the answers they get one by one. */
    @Test
    void threadsDetectingAtOnceGetTheSameAnswersAsOne() throws Exception {
        LanguageGuesser guesser = new LanguageGuesser();
        List<String> expected = TEXTS.stream().map(guesser::detect).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                runs.add(pool.submit(() -> {
                    List<String> seen = new ArrayList<>();
                    for (int i = 0; i < 2000; i++) {
                        String text = TEXTS.get((i + offset) % TEXTS.size());
                        String got = guesser.detect(text);
                        if (!got.equals(expected.get((i + offset) % TEXTS.size()))) {
                            seen.add(text + " -> " + got);
                        }
                    }
                    return seen;
                }));
            }
            for (Future<List<String>> run : runs) {
                assertEquals(List.of(), run.get(), "answers that differ from one thread's");
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
