package dev.standpoint.store;

import dev.standpoint.analysis.model.Analysis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An analysis with its identity and article. The id is empty for an analysis that was not persisted
 * (persist=false); the text is kept because every offset points into it. `found` is how many actors and
 * quotes the engine found, which is more than the analysis holds when standpoint.caps cut it.
 */
public record StoredAnalysis(Optional<String> id, Instant createdAt, ArticleMetadata article, String text,
                             Analysis analysis, Found found) {
    public StoredAnalysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(found, "found");
    }

    /** An analysis nothing was cut from. */
    public StoredAnalysis(Optional<String> id, Instant createdAt, ArticleMetadata article, String text,
                          Analysis analysis) {
        this(id, createdAt, article, text, analysis, new Found(analysis.actors().size(), analysis.quotes().size()));
    }

    /** How many actors and quotes the engine found in the article. */
    public record Found(int actors, int quotes) {
    }
}
