package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Sentiment;

import java.util.List;
import java.util.Objects;

/** One actor's stance and sentiment, its evidence judged one by one, and what decided the stance. */
public record ActorJudgement(ActorStance stance, Sentiment sentiment, List<JudgedEvidence> evidence,
                             Provenance provenance) {
    public ActorJudgement {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(sentiment, "sentiment");
        evidence = List.copyOf(evidence);
        Objects.requireNonNull(provenance, "provenance");
    }
}
