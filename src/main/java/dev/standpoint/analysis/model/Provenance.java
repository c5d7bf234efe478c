package dev.standpoint.analysis.model;

import java.util.Objects;

/**
 * Which rule or trained model made a decision, and how sure it was: every attribution, actor link and
 * stance carries one, so each can be scored on its own (README, "How the engine works").
 *
 * @param decidedBy  a stable name: {@code rule:subject-cue}, {@code model:stance-bge-small-1}
 * @param confidence in [0, 1]; rules give a fixed figure measured for them
 */
public record Provenance(String decidedBy, double confidence) {
    public Provenance {
        Objects.requireNonNull(decidedBy, "decidedBy");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }

    public static Provenance rule(String name, double confidence) {
        return new Provenance("rule:" + name, confidence);
    }

    public static Provenance model(String name, double confidence) {
        return new Provenance("model:" + name, confidence);
    }
}
