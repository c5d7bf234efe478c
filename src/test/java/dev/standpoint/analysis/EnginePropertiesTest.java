package dev.standpoint.analysis;

import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Property tests over generated news-like text: for every input the engine answers without an exception,
 * its output keeps the invariants of {@link AnalysisInvariants}, and the same input gives the same output.
 * Seeds are fixed so a run is repeatable; -Dstandpoint.properties.tries=N runs more (a failure prints the
 * seed and the text, which belongs in src/test/resources/fuzz/engine/ afterwards).
 */
class EnginePropertiesTest {

    private static final int TRIES = Integer.getInteger("standpoint.properties.tries", 400);
    private static final long FIRST_SEED = Long.getLong("standpoint.properties.seed", 20_251_127L);

    private final Analyzer analyzer = new Analyzer();
    private final Analyzer another = new Analyzer();

    @Test
    void everyGeneratedArticleKeepsTheInvariantsAndAnalysesTheSameTwice() {
        for (int i = 0; i < TRIES; i++) {
            long seed = FIRST_SEED + i;
            String text = new NewsLikeText(seed).article();
            holds(seed, text, Optional.empty());
        }
    }

    @Test
    void aTargetOrTitleNeverBreaksTheInvariants() {
        for (int i = 0; i < TRIES / 4; i++) {
            long seed = FIRST_SEED - 1 - i;
            NewsLikeText generator = new NewsLikeText(seed);
            String text = generator.article();
            holds(seed, text, Optional.of(generator.article()));
        }
    }

    @Test
    void randomCharactersFromEveryPlaneKeepTheInvariants() {
        Random random = new Random(FIRST_SEED);
        for (int i = 0; i < TRIES; i++) {
            StringBuilder b = new StringBuilder();
            for (int n = random.nextInt(300); n > 0; n--) {
                switch (random.nextInt(4)) {
                    case 0 -> b.append((char) random.nextInt(0x80));                 // ASCII, incl. controls
                    case 1 -> b.append((char) random.nextInt(0x10000));              // any UTF-16 unit, lone surrogates too
                    case 2 -> b.appendCodePoint(0x10000 + random.nextInt(0x100000)); // outside the BMP
                    default -> b.append(" \"\u201C\u201D'.,:\n".charAt(random.nextInt(9)));
                }
            }
            holds(i, b.toString(), Optional.empty());
        }
    }

    private void holds(long seed, String text, Optional<String> targetOrTitle) {
        Article article = new Article(text, targetOrTitle, targetOrTitle.filter(t -> seed % 2 == 0));
        try {
            Analysis first = analyzer.analyze(article);
            AnalysisInvariants.check(text, first);
            assertEquals(first, another.analyze(article), "the same input must give the same output");
        } catch (AssertionError | RuntimeException e) {
            fail("seed " + seed + " broke a property on text: " + escaped(text), e);
        }
    }

    static String escaped(String text) {
        StringBuilder b = new StringBuilder("\"");
        text.chars().forEach(c -> b.append(c >= 0x20 && c < 0x7F && c != '"' && c != '\\' ? String.valueOf((char) c)
                : String.format("\\u%04X", c)));
        return b.append('"').toString();
    }
}
