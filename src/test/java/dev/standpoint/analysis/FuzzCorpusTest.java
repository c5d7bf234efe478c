package dev.standpoint.analysis;

import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Replays every input in src/test/resources/fuzz/engine/: texts that once broke something, or that stand
 * for a hostile family (unbalanced quotes, lone surrogates, HTML...). Add a file to add a case. Files named
 * *.escaped.txt hold \\uXXXX escapes, for texts (lone surrogates) that UTF-8 cannot store.
 */
class FuzzCorpusTest {

    private static final Pattern ESCAPE = Pattern.compile("\\\\u([0-9A-Fa-f]{4})");
    private static final Analyzer ANALYZER = new Analyzer();

    static Stream<Path> corpus() throws IOException, URISyntaxException {
        Path dir = Path.of(Objects.requireNonNull(FuzzCorpusTest.class.getResource("/fuzz/engine")).toURI());
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void replaysTheInputWithTheInvariantsIntact(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (file.getFileName().toString().endsWith(".escaped.txt")) {
            text = unescape(text);
        }
        Analysis analysis = ANALYZER.analyze(Article.of(text));
        AnalysisInvariants.check(text, analysis);
        assertEquals(analysis, ANALYZER.analyze(Article.of(text)), "the same input gives the same output");
    }

    static String unescape(String text) {
        Matcher m = ESCAPE.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
        }
        return m.appendTail(b).toString();
    }
}
