package dev.standpoint.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The fixed texts every benchmark reads: the dev-set articles, read at run time from
 * {@code ../shared/eval/dev/texts} (or {@code -Dstandpoint.bench.texts=DIR}), in path order, and long
 * articles built deterministically from them.
 */
public final class BenchCorpus {

    /** Where the dev texts are unless {@code standpoint.bench.texts} says otherwise (from the repo root). */
    public static final String DEFAULT_TEXTS = "../shared/eval/dev/texts";

    private BenchCorpus() {
    }

    public static Path textsDir() {
        Path dir = Path.of(System.getProperty("standpoint.bench.texts", DEFAULT_TEXTS));
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("dev texts not found at " + dir.toAbsolutePath()
                    + " (run from the repo root, or pass -Dstandpoint.bench.texts=DIR)");
        }
        return dir;
    }

    /** The dev articles, sorted by relative path so every run reads them in the same order. */
    public static List<String> devArticles() {
        Path dir = textsDir();
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt"))
                    .sorted()
                    .map(BenchCorpus::read)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An article of about {@code chars} UTF-16 units: the dev articles joined by blank lines, repeated
     * as often as needed, cut at the last whitespace before the size (so no word is split). The same
     * size always gives the same text.
     */
    public static String longArticle(int chars) {
        List<String> dev = devArticles();
        StringBuilder sb = new StringBuilder(chars + 8192);
        for (int i = 0; sb.length() < chars; i++) {
            if (sb.length() > 0) {
                sb.append("\n\n");
            }
            sb.append(dev.get(i % dev.size()).strip());
        }
        int cut = chars;
        while (cut > 0 && !Character.isWhitespace(sb.charAt(cut - 1))) {
            cut--;
        }
        return sb.substring(0, cut).stripTrailing();
    }

    private static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
