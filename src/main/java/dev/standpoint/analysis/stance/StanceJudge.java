package dev.standpoint.analysis.stance;

import java.util.Map;
import java.util.Optional;

/** Stage 6: each actor's stance toward the topic, from its evidence; answers for every actor asked about. */
public interface StanceJudge {

    /** @return a judgement per actor index of {@code question.evidence()}, in the same order */
    Map<Integer, ActorJudgement> judge(StanceQuestion question);

    /** The trained model's name and version where one judges ("stance-bge-small-1"); empty for rules alone. */
    default Optional<String> modelName() {
        return Optional.empty();
    }
}
