package dev.standpoint.api;

import java.time.Instant;
import java.util.Optional;

/** A request that passed validation: what the service analyses and stores. */
record ArticleSubmission(String text, Optional<String> title, Optional<String> url, Optional<Instant> publishedAt,
                         Optional<String> language, Optional<String> target) {
}
