package dev.standpoint.analysis.model;

import java.util.Objects;

/** One place where the text refers to an actor: a name, a title, a group phrase or a pronoun. */
public record Mention(Span span, String text) {
    public Mention {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("mention text does not fit its span");
        }
    }
}
