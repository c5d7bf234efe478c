package dev.standpoint.analysis.model;

import java.util.Objects;
import java.util.Optional;

/** The central issue the actors react to; the span is present when the text was taken from the article. */
public record Topic(String text, Optional<Span> span) {
    public Topic {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(span, "span");
    }
}
