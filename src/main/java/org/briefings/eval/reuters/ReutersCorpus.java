package org.briefings.eval.reuters;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads Reuters-21578 ({@code reut2-NNN.sgm}) leniently. The files are SGML, not XML: they are
 * latin-1, contain control-character references such as {@code &#3;}, and some stories lack
 * a body, so a regular-expression reader per {@code <REUTERS>} block is sturdier than an XML parser.
 * Stories are streamed one file at a time.
 */
public final class ReutersCorpus {

    private static final Pattern STORY = Pattern.compile("<REUTERS([^>]*)>(.*?)</REUTERS>", Pattern.DOTALL);
    private static final Pattern ATTR = Pattern.compile("(\\w+)=\"([^\"]*)\"");
    private static final Pattern D = Pattern.compile("<D>(.*?)</D>", Pattern.DOTALL);

    private final Path folder;

    public ReutersCorpus(Path folder) {
        this.folder = folder;
    }

    /** Every story in every file, in file order. */
    public void forEach(Consumer<ReutersStory> action) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(p -> p.getFileName().toString().matches("reut2-\\d{3}\\.sgm"))
                    .sorted()
                    .toList();
        }
        if (files.isEmpty()) {
            throw new IOException("no reut2-NNN.sgm files in " + folder);
        }
        for (Path file : files) {
            read(file).forEach(action);
        }
    }

    /** The stories of one {@code reut2-NNN.sgm} file, in file order. */
    public static List<ReutersStory> read(Path file) throws IOException {
        String sgml = Files.readString(file, StandardCharsets.ISO_8859_1);
        List<ReutersStory> stories = new ArrayList<>();
        Matcher m = STORY.matcher(sgml);
        while (m.find()) {
            stories.add(parse(m.group(1), m.group(2)));
        }
        return stories;
    }

    /** Stories of one LEWISSPLIT value (TRAIN, TEST). */
    public List<ReutersStory> split(String split) {
        List<ReutersStory> out = new ArrayList<>();
        try {
            forEach(s -> {
                if (s.split().equals(split)) {
                    out.add(s);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static ReutersStory parse(String attrs, String inner) {
        String newId = "";
        String split = "";
        Matcher a = ATTR.matcher(attrs);
        while (a.find()) {
            switch (a.group(1)) {
                case "NEWID" -> newId = a.group(2);
                case "LEWISSPLIT" -> split = a.group(2);
                default -> {}
            }
        }
        return new ReutersStory(
                newId,
                split,
                element(inner, "DATE").strip(),
                labels(inner, "PLACES"),
                labels(inner, "PEOPLE"),
                labels(inner, "ORGS"),
                clean(element(inner, "TITLE")).strip(),
                clean(element(inner, "DATELINE")),
                clean(element(inner, "BODY")));
    }

    private static List<String> labels(String inner, String tag) {
        String block = element(inner, tag);
        List<String> out = new ArrayList<>();
        Matcher m = D.matcher(block);
        while (m.find()) {
            out.add(m.group(1).strip());
        }
        return out;
    }

    private static String element(String inner, String tag) {
        int start = inner.indexOf("<" + tag + ">");
        if (start < 0) {
            return "";
        }
        start += tag.length() + 2;
        int end = inner.indexOf("</" + tag + ">", start);
        return end < 0 ? inner.substring(start) : inner.substring(start, end);
    }

    /** Drops control-character references and decodes the few entities the files use. */
    static String clean(String s) {
        return s.replaceAll("&#\\d+;", "")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .replaceAll("(?s)\\s*Reuter\\s*$", "");
    }
}
