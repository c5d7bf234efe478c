package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.actors.ActorCluster;
import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.StanceScores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stance by the trained model: each actor's evidence read together, in the article's context, by
 * {@link StanceModel}; the probabilities it gives are the actor's scores. Each piece of evidence keeps the
 * lexicon's reading of its own words, and sentiment is the lexicon's, as in {@link LexiconStanceJudge}.
 */
public final class ModelStanceJudge implements StanceJudge {

    private final StanceModel model;
    private final StanceModelInput input;
    private final LexiconStanceJudge lexicon = new LexiconStanceJudge();

    public ModelStanceJudge(StanceModel model, StanceModelInput input) {
        this.model = model;
        this.input = input;
    }

    @Override
    public Map<Integer, ActorJudgement> judge(StanceQuestion question) {
        Map<Integer, ActorJudgement> byLexicon = lexicon.judge(question);
        List<Integer> order = new ArrayList<>(question.evidence().keySet());
        List<StanceModelInput.Encoded> inputs = new ArrayList<>();
        for (int actor : order) {
            inputs.add(encode(question, question.actors().get(actor), question.evidence().get(actor)));
        }
        double[][] p = model.probabilities(inputs);
        Map<Integer, ActorJudgement> judgements = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            StanceScores scores = StanceScores.normalised(p[i][0], p[i][1], p[i][2], p[i][3]);
            ActorStance stance = new ActorStance(scores.top(), scores.of(scores.top()), scores);
            ActorJudgement rules = byLexicon.get(order.get(i));
            judgements.put(order.get(i), new ActorJudgement(stance, rules.sentiment(), rules.evidence(),
                    Provenance.model(model.name(), stance.confidence())));
        }
        return judgements;
    }

    private StanceModelInput.Encoded encode(StanceQuestion q, ActorCluster actor, List<EvidenceItem> evidence) {
        List<StanceModelInput.Piece> pieces = evidence.stream()
                .map(e -> new StanceModelInput.Piece(e.kind(), e.text())).toList();
        return input.encode(q.topic().text(), q.lead(), actor.name(), pieces);
    }
}
