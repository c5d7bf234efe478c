package dev.standpoint.analysis.model;

import java.util.Objects;
import java.util.Optional;

/**
 * What the engine reads: the exact text (offsets point into it), an optional headline kept apart from
 * the text, and an optional target that stance is judged toward instead of the detected topic.
 */
public record Article(String text, Optional<String> title, Optional<String> target) {
    public Article {
        Objects.requireNonNull(text, "text");
        title = Objects.requireNonNull(title, "title").filter(t -> !t.isBlank());
        target = Objects.requireNonNull(target, "target").filter(t -> !t.isBlank());
    }

    public static Article of(String text) {
        return new Article(text, Optional.empty(), Optional.empty());
    }
}
