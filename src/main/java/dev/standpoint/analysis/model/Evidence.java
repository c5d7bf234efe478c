package dev.standpoint.analysis.model;

import java.util.Objects;

/**
 * A span of the text that shows an actor's view, with the cue that ties it to the actor
 * ("said", "warned", "welcomed") and the stance it expresses on its own.
 */
public record Evidence(EvidenceKind kind, Span span, String text, String cue, Stance stance, double score) {
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(stance, "stance");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text does not fit its span");
        }
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score out of [0, 1]: " + score);
        }
    }
}
