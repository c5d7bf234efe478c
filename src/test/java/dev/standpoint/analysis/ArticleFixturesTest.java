package dev.standpoint.analysis;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Stance;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on the article Standpoint started from, and the invariants every analysis must keep. */
class ArticleFixturesTest {

    private static String article(String name) throws IOException {
        try (InputStream in = ArticleFixturesTest.class.getResourceAsStream("/articles/" + name)) {
            assertNotNull(in, name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void everySpanSlicesToItsTextInTheBelarusArticle() throws IOException {
        String text = article("belarus-oreshnik.txt");
        Analysis analysis = new Analyzer().analyze(Article.of(text));
        for (Actor a : analysis.actors()) {
            assertTrue(!a.evidence().isEmpty(), a.name() + " has no evidence");
            for (Mention m : a.mentions()) {
                assertEquals(m.text(), m.span().of(text));
            }
            for (Evidence e : a.evidence()) {
                assertEquals(e.text(), e.span().of(text));
            }
        }
        for (Quote q : analysis.quotes()) {
            assertEquals(q.text(), q.span().of(text));
        }
    }

    @Test
    void findsTheBelarusSourcesWithTheirStances() throws IOException {
        Analysis analysis = new Analyzer().analyze(Article.of(article("belarus-oreshnik.txt")));
        Map<String, Stance> stances = analysis.actors().stream()
                .collect(Collectors.toMap(Actor::name, a -> a.stance().label(), (x, y) -> x));
        assertEquals(Stance.APPROVAL, stances.get("Victor Khrenin"));
        assertEquals(Stance.APPROVAL, stances.get("Alexander Lukashenko"));
        assertEquals(Stance.CONCERN, stances.get("a senior EU official"));
        assertEquals(Stance.CONCERN, stances.get("Western diplomats"));
        // The gold annotation reads Kovalenko as skeptical with concern as her secondary stance.
        assertTrue(Set.of(Stance.SKEPTICISM, Stance.CONCERN).contains(stances.get("Dr. Elena Kovalenko")),
                () -> "Kovalenko: " + stances.get("Dr. Elena Kovalenko"));
        List<String> unattributed = analysis.quotes().stream().filter(q -> q.speakerId().isEmpty())
                .map(Quote::text).toList();
        assertEquals(List.of(), unattributed);
        assertTrue(analysis.quotes().stream().noneMatch(q -> q.text().equals("Oreshnik")), "a name is not speech");
    }

    @Test
    void sameInputGivesTheSameAnalysis() throws IOException {
        String text = article("belarus-oreshnik.txt");
        assertEquals(new Analyzer().analyze(Article.of(text)), new Analyzer().analyze(Article.of(text)));
    }
}
