package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;

import java.util.Objects;

/** A piece of evidence with the stance it expresses on its own and the probabilities behind it. */
public record JudgedEvidence(EvidenceItem item, StanceScores scores) {
    public JudgedEvidence {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(scores, "scores");
    }

    public Stance label() {
        return scores.top();
    }

    public double score() {
        return scores.of(label());
    }
}
