package dev.standpoint.store;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What the client told us about the article besides its text, plus facts derived from the text. */
public record ArticleMetadata(Optional<String> title, Optional<String> url, Optional<Instant> publishedAt,
                              Optional<String> language, Optional<String> target, int length,
                              String contentHash) {
    public ArticleMetadata {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publishedAt, "publishedAt");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(contentHash, "contentHash");
    }
}
