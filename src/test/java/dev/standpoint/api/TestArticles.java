package dev.standpoint.api;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Sentiment;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.store.ArticleMetadata;
import dev.standpoint.store.StoredAnalysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/** Test articles from src/test/resources/articles and hand-made analyses for store-level tests. */
final class TestArticles {

    private TestArticles() {
    }

    static String belarus() {
        try (InputStream in = TestArticles.class.getResourceAsStream("/articles/belarus-oreshnik.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A hand-made analysis of `text` in which `speaker` (a substring of the text) holds `stance` and the
     * quote is `quoted` (also a substring). Lets store and actor tests run without depending on the engine.
     */
    static StoredAnalysis analysis(String text, String speaker, Stance stance, String quoted, Instant publishedAt) {
        int s = text.indexOf(speaker);
        int q = text.indexOf(quoted);
        if (s < 0 || q < 0) {
            throw new IllegalArgumentException("speaker and quote must occur in the text");
        }
        Span mention = new Span(s, s + speaker.length());
        Span quote = new Span(q, q + quoted.length());
        StanceScores scores = switch (stance) {
            case APPROVAL -> new StanceScores(0.7, 0.1, 0.1, 0.1);
            case CONCERN -> new StanceScores(0.1, 0.7, 0.1, 0.1);
            case SKEPTICISM -> new StanceScores(0.1, 0.1, 0.7, 0.1);
            case NEUTRAL -> new StanceScores(0.1, 0.1, 0.1, 0.7);
        };
        Actor actor = new Actor("a1", speaker, ActorType.PERSON, Optional.of("spokesperson"),
                List.of(new Mention(mention, speaker)), new ActorStance(stance, 0.7, scores),
                new Sentiment(0.2, 0.4), speaker + " is quoted once.",
                List.of(new Evidence(EvidenceKind.DIRECT_QUOTE, quote, quoted, "said", stance, 0.8)));
        Analysis analysis = new Analysis(new Topic("a test topic", Optional.of(mention)), List.of(actor),
                List.of(new Quote(quote, quoted, Optional.of("a1"), "said", 0.9)));
        ArticleMetadata meta = new ArticleMetadata(Optional.of("Test: " + speaker), Optional.empty(),
                Optional.ofNullable(publishedAt), Optional.of("en"), Optional.empty(), text.length(),
                AnalysisService.contentHash(text));
        return new StoredAnalysis(Optional.empty(), Instant.now().truncatedTo(ChronoUnit.MICROS), meta, text,
                analysis);
    }
}
