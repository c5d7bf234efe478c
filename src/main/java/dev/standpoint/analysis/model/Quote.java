package dev.standpoint.analysis.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A direct quotation: the words inside the marks (not the marks), the actor who said them when the
 * text supports one, the cue that attributes it ("said", "according to", a continued paragraph) and
 * how confident that attribution is.
 */
public record Quote(Span span, String text, Optional<String> speakerId, String cue, double confidence) {
    public Quote {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(speakerId, "speakerId");
        Objects.requireNonNull(cue, "cue");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("quote text does not fit its span");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
