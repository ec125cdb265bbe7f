package org.briefings.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.tika.langdetect.optimaize.OptimaizeLangDetector;
import org.apache.tika.language.detect.LanguageDetector;
import org.apache.tika.language.detect.LanguageResult;
import org.briefings.testing.SharedData;
import org.junit.jupiter.api.Test;

/**
 * {@link NgramLanguageModel} gives Tika's Optimaize detector's answer, and the same score to the
 * last bit of its float, on whatever text: every UN speech, slices of them of every length
 * (through the short-text algorithm below 31 characters), country names in 23 languages and
 * scripts, Tika's own test texts, and made-up edge cases.
 */
class NgramLanguageModelTest {

    private static final List<String> BUILT_IN = List.of(
            "The General Assembly discussed the situation in the region and called on all parties to talks.",
            "L'Assemblée générale a examiné la situation dans la région et appelé toutes les parties au dialogue.",
            "La Asamblea General examinó la situación en la región y pidió a todas las partes que dialoguen.",
            "Die Generalversammlung erörterte die Lage in der Region und rief alle Parteien zu Gesprächen auf.",
            "A Assembleia Geral discutiu a situação na região e apelou a todas as partes para o diálogo.",
            "Генеральная Ассамблея обсудила положение в регионе и призвала все стороны к переговорам.",
            "الجمعية العامة ناقشت الوضع في المنطقة ودعت جميع الأطراف إلى الحوار.",
            "大会讨论了该地区的局势，并呼吁各方进行对话。",
            "総会は地域の情勢について議論し、すべての当事者に対話を呼びかけた。",
            "총회는 지역 상황을 논의하고 모든 당사자에게 대화를 촉구했다.",
            "Η Γενική Συνέλευση συζήτησε την κατάσταση στην περιοχή.",
            "Genel Kurul bölgedeki durumu görüştü ve tüm tarafları diyaloğa çağırdı.",
            "Zgromadzenie Ogólne omówiło sytuację w regionie i wezwało strony do rozmów.",
            "12345 67890 2024-05-01 3.14159 100% ... !!! ???",
            "    leading spaces and trailing spaces    ",
            " a b c d e f g h i j k l m n o p q r s t u v w x y z ",
            "Emoji 😀😃😄 and symbols ∑∫∂ mixed with words of English text here",
            "mixed English and français et Deutsch und español y русский текст");

    private static final Map<String, LanguageDetector> TIKA = new LinkedHashMap<>();

    /** Tika's answer for the text as {@link LanguageGuesser} used to ask it: name and raw score, or null. */
    private static String tika(String text) {
        LanguageDetector detector = TIKA.computeIfAbsent("d", k -> new OptimaizeLangDetector().loadModels());
        detector.reset();
        detector.addText(text);
        LanguageResult r = detector.detect();
        return r.isUnknown() ? null : r.getLanguage() + " " + r.getRawScore() + " " + r.isReasonablyCertain();
    }

    private static String ours(String text) {
        NgramLanguageModel.Guess g = NgramLanguageModel.shared().best(text + " ");
        return g == null ? null : g.name() + " " + (float) g.probability() + " " + (g.probability() > 0.9);
    }

    /** Every text, and its prefixes of 20 to 40 characters (the short-text algorithm and its edge). */
    private static void assertSameAsTika(List<String> texts) {
        List<String> differ = new ArrayList<>();
        int checked = 0;
        for (String text : texts) {
            List<String> samples = new ArrayList<>();
            samples.add(text.length() > 4000 ? text.substring(0, 4000) : text);
            for (int n = 20; n <= 40 && n < text.length(); n += 5) {
                samples.add(text.substring(0, n));
            }
            for (String s : samples) {
                String expected = tika(s);
                String got = ours(s);
                checked++;
                if (!java.util.Objects.equals(expected, got)) {
                    differ.add(s.substring(0, Math.min(60, s.length())) + ": Tika " + expected + ", ours " + got);
                }
            }
        }
        assertEquals(List.of(), differ, "answers that differ from Tika's, of " + checked);
    }

    @Test
    void answersAsTikaDoesOnTextsInManyLanguagesAndOnOddOnes() {
        assertSameAsTika(BUILT_IN);
        LanguageGuesser guesser = new LanguageGuesser();
        assertEquals("ru", guesser.detect(BUILT_IN.get(5)));
        assertEquals("ar", guesser.detect(BUILT_IN.get(6)));
        assertEquals("und", guesser.detect(BUILT_IN.get(13)), "numbers are no language");
    }

    @Test
    void answersAsTikaDoesOnEverySpeechAndOnSlicesOfThem() throws Exception {
        List<Path> files = SharedData.regularFiles(SharedData.folderOrSkip("ungdc/TXT"));
        List<String> texts = new ArrayList<>();
        for (Path f : files) {
            texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
        Random random = new Random(7);
        List<String> slices = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            String t = texts.get(random.nextInt(texts.size()));
            int from = random.nextInt(Math.max(1, t.length() - 50));
            int length = 20 + random.nextInt(Math.min(4000, t.length() - from) - 19);
            slices.add(t.substring(from, from + length));
        }
        assertTrue(texts.size() > 2000, "the speeches are there: " + texts.size());
        assertSameAsTika(texts);
        assertSameAsTika(slices);
    }

    @Test
    void answersAsTikaDoesOnCountryNamesInTwentyThreeLanguagesAndOnTikasTestTexts() throws Exception {
        Path countries = SharedData.folderOrSkip("gazetteer/world-countries").resolve("countries.json");
        Map<String, StringBuilder> byLanguage = new LinkedHashMap<>();
        for (JsonNode country : new ObjectMapper().readTree(countries.toFile())) {
            for (Iterator<Map.Entry<String, JsonNode>> it =
                            country.path("translations").fields();
                    it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                byLanguage
                        .computeIfAbsent(e.getKey(), k -> new StringBuilder())
                        .append(e.getValue().path("official").asText())
                        .append(". ");
            }
        }
        List<String> texts = new ArrayList<>();
        byLanguage.values().forEach(b -> texts.add(b.toString()));
        assertEquals(23, texts.size());
        for (Path f : SharedData.regularFiles(SharedData.folderOrSkip("tika-test-documents"))) {
            if (f.getFileName().toString().endsWith(".txt")) {
                texts.add(new String(Files.readAllBytes(f), StandardCharsets.UTF_8));
            }
        }
        assertSameAsTika(texts);
    }
}
