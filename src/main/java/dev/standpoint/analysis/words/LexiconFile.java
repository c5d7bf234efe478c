package dev.standpoint.analysis.words;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a tab-separated word file shipped on the classpath. Lines starting with '#' document it, and
 * that header must say where the words came from ("Source:") and under what terms ("Licence:"): word
 * knowledge without a source cannot be checked or maintained.
 */
public final class LexiconFile {

    /** Where the engine's word files live on the classpath. */
    public static final String FOLDER = "/dev/standpoint/analysis/words/";

    private LexiconFile() {
    }

    /** The rows of {@code FOLDER + name}, each split on tabs. */
    public static List<String[]> rows(String name) {
        String resource = name.startsWith("/") ? name : FOLDER + name;
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("word file missing from the classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#")) {
                    header.append(line.toLowerCase(Locale.ROOT)).append('\n');
                    continue;
                }
                if (!line.isBlank()) {
                    rows.add(line.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read word file " + resource, e);
        }
        if (!header.toString().contains("source:") || !header.toString().contains("licence:")) {
            throw new IllegalStateException("word file " + resource + " must name its Source: and Licence: in its header");
        }
        return rows;
    }
}
