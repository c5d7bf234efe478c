package dev.standpoint.store;

import dev.standpoint.analysis.model.Analysis;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An analysis with its identity and article. The id is empty for an analysis that was not persisted
 * (persist=false); the text is kept because every offset points into it. `found` is how many actors and
 * quotes the engine found, which is more than the analysis holds when standpoint.caps cut it. `engineVersion`
 * names the engine that made it (empty for analyses stored before it was recorded).
 */
public record StoredAnalysis(Optional<String> id, Instant createdAt, ArticleMetadata article, String text,
                             Analysis analysis, Found found, Optional<String> engineVersion) {
    public StoredAnalysis {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(analysis, "analysis");
        Objects.requireNonNull(found, "found");
        Objects.requireNonNull(engineVersion, "engineVersion");
    }

    /** An analysis by an engine of unknown version. */
    public StoredAnalysis(Optional<String> id, Instant createdAt, ArticleMetadata article, String text,
                          Analysis analysis, Found found) {
        this(id, createdAt, article, text, analysis, found, Optional.empty());
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
