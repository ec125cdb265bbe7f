package org.briefings.eval.entities;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefings.Json;
import org.briefings.eval.reuters.ReutersCorpus;
import org.briefings.eval.reuters.ReutersStory;

/**
 * Reads the entity gold and resolves each passage's text. Passages of files we may not copy are
 * stored as references and read at run time: {@code corpus/...} from the repository, anything
 * else from the shared data folder, a Reuters story's BODY decoded exactly as {@link
 * ReutersCorpus} does. A passage whose file is missing or whose SHA-1 differs is skipped with its
 * reason, never scored as empty: an unreadable passage would otherwise count as a perfect miss.
 */
public final class EntityGold {

    /** Where the gold lives on the class path. */
    public static final String RESOURCE = "/org/briefings/eval/entities/gold.jsonl";

    /** The passages that could be read, and the ones that could not with the reason. */
    public record Loaded(List<GoldPassage> passages, Map<String, String> skipped) {}

    private final Path dataRoot;
    private final Path repositoryRoot;
    private final Map<Path, Map<String, ReutersStory>> reutersFiles = new HashMap<>();

    /**
     * @param dataRoot       the shared data folder ({@code ../shared/data})
     * @param repositoryRoot the repository, for references into {@code corpus/}
     */
    public EntityGold(Path dataRoot, Path repositoryRoot) {
        this.dataRoot = dataRoot;
        this.repositoryRoot = repositoryRoot;
    }

    /** Every passage of the gold as stored, texts of references unresolved. */
    public static List<GoldPassage> read() throws IOException {
        List<GoldPassage> out = new ArrayList<>();
        try (InputStream in = EntityGold.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IOException("entity gold not on the class path: " + RESOURCE);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    out.add(Json.MAPPER.readValue(line, GoldPassage.class));
                }
            }
        }
        return out;
    }

    /** Every passage with its text, in file order, and the ones skipped. */
    public Loaded load() throws IOException {
        List<GoldPassage> passages = new ArrayList<>();
        Map<String, String> skipped = new LinkedHashMap<>();
        for (GoldPassage p : read()) {
            if (p.text() != null) {
                passages.add(p);
                continue;
            }
            try {
                passages.add(p.withText(resolve(p.ref())));
            } catch (SkipException e) {
                skipped.put(p.id(), e.getMessage());
            }
        }
        return new Loaded(passages, skipped);
    }

    private String resolve(GoldPassage.Ref ref) throws IOException, SkipException {
        if (ref == null || ref.file() == null) {
            throw new SkipException("neither text nor ref");
        }
        Path file =
                ref.file().startsWith("corpus/") ? repositoryRoot.resolve(ref.file()) : dataRoot.resolve(ref.file());
        if (!Files.isRegularFile(file)) {
            throw new SkipException("file not found: " + file);
        }
        String whole;
        if (ref.newid() != null) {
            ReutersStory story = reutersStories(file).get(ref.newid());
            if (story == null) {
                throw new SkipException("no story NEWID=" + ref.newid() + " in " + ref.file());
            }
            whole = story.body();
        } else {
            whole = Files.readString(file, StandardCharsets.UTF_8);
        }
        if (ref.start() < 0 || ref.end() > whole.length() || ref.start() > ref.end()) {
            throw new SkipException("offsets [" + ref.start() + ", " + ref.end() + ") outside " + ref.file());
        }
        String text = whole.substring(ref.start(), ref.end());
        if (!sha1(text).equals(ref.sha1())) {
            throw new SkipException("SHA-1 mismatch: " + ref.file() + " changed");
        }
        return text;
    }

    private Map<String, ReutersStory> reutersStories(Path file) throws IOException {
        Map<String, ReutersStory> stories = reutersFiles.get(file);
        if (stories == null) {
            stories = new HashMap<>();
            for (ReutersStory s : ReutersCorpus.read(file)) {
                stories.put(s.newId(), s);
            }
            reutersFiles.put(file, stories);
        }
        return stories;
    }

    static String sha1(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-1", e);
        }
    }

    /** A passage that cannot be scored, with the reason. */
    private static final class SkipException extends Exception {
        private static final long serialVersionUID = 1L;

        SkipException(String reason) {
            super(reason);
        }
    }
}
