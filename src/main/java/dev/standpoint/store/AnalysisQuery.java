package dev.standpoint.store;

import dev.standpoint.analysis.model.Stance;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** Filters and page size for listing stored analyses; the cursor is the opaque token of the previous page. */
public record AnalysisQuery(Optional<String> actorKey, Optional<Stance> stance, Optional<Instant> since,
                            int limit, Optional<String> cursor) {
    public AnalysisQuery {
        Objects.requireNonNull(actorKey, "actorKey");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(cursor, "cursor");
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1");
        }
    }
}
