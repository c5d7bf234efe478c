package dev.standpoint.analysis.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads a tab-separated lexicon shipped on the classpath; lines starting with '#' document its source. */
public final class LexiconFile {
    private LexiconFile() {
    }

    public static List<String[]> rows(String resource) {
        InputStream in = LexiconFile.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("lexicon missing from the classpath: " + resource);
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                rows.add(line.split("\t"));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read lexicon " + resource, e);
        }
        return rows;
    }
}
