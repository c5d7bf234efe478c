package dev.standpoint.analysis.model;

import java.util.Objects;

/** An actor's overall stance: the label, how sure the engine is of it, and the full distribution. */
public record ActorStance(Stance label, double confidence, StanceScores scores) {
    public ActorStance {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(scores, "scores");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
