package dev.standpoint.store;

import dev.standpoint.analysis.model.Analysis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An analysis with its identity and article. The id is empty for an analysis that was not persisted
 * (persist=false); the text is kept because every offset points into it.
 */
public record StoredAnalysis(Optional<String> id, Instant createdAt, ArticleMetadata article, String text,
                             Analysis analysis) {
    public StoredAnalysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
    }
}
