package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.actors.ActorCluster;
import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stance by the trained model: each actor's evidence read together, in the article's context, by
 * {@link StanceModel}; the probabilities it gives are the actor's scores. Each piece of evidence keeps the
 * lexicon's reading of its own words, and sentiment is the lexicon's, as in {@link LexiconStanceJudge}.
 */
public final class ModelStanceJudge implements StanceJudge {

    /**
     * With a requested target, an actor none of whose evidence names it takes no side on it as a rule: its
     * neutral share is this, the rest the model's scores. The model learnt stance toward articles' own topics
     * only; of the actors of src/train/data/second-targets whose evidence never names the target, 47 of 60
     * (0.78) are neutral toward it.
     */
    static final double NEUTRAL_SHARE_WHEN_TARGET_UNNAMED = 0.78;
    static final String TARGET_NOT_NAMED = "target-not-named";

    private final StanceModel model;
    private final StanceModelInput input;
    private final LexiconStanceJudge lexicon = new LexiconStanceJudge();

    public ModelStanceJudge(StanceModel model, StanceModelInput input) {
        this.model = model;
        this.input = input;
    }

    @Override
    public Optional<String> modelName() {
        return Optional.of(model.name());
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
        TargetRelevance relevance = lexicon.relevanceTo(question);
        Map<Integer, ActorJudgement> judgements = new LinkedHashMap<>();
        for (int i = 0; i < order.size(); i++) {
            boolean targetUnnamed = question.target().isPresent() && question.evidence().get(order.get(i)).stream()
                    .noneMatch(e -> relevance.names(e.text()));
            double[] q = targetUnnamed ? towardNeutral(p[i]) : p[i];
            StanceScores scores = StanceScores.normalised(q[0], q[1], q[2], q[3]);
            ActorStance stance = new ActorStance(scores.top(), scores.of(scores.top()), scores);
            ActorJudgement rules = byLexicon.get(order.get(i));
            Provenance decided = targetUnnamed ? Provenance.rule(TARGET_NOT_NAMED, stance.confidence())
                    : Provenance.model(model.name(), stance.confidence());
            judgements.put(order.get(i), new ActorJudgement(stance, rules.sentiment(), rules.evidence(), decided));
        }
        return judgements;
    }

    private StanceModelInput.Encoded encode(StanceQuestion q, ActorCluster actor, List<EvidenceItem> evidence) {
        List<StanceModelInput.Piece> pieces = evidence.stream()
                .map(e -> new StanceModelInput.Piece(e.kind(), e.text())).toList();
        // a requested target is the whole context: the lead would anchor the model to the article's own topic
        String lead = q.target().isPresent() ? "" : q.lead();
        return input.encode(q.topic().text(), lead, actor.name(), pieces);
    }

    /** Probabilities in Stance order, moved toward neutral by {@link #NEUTRAL_SHARE_WHEN_TARGET_UNNAMED}. */
    private static double[] towardNeutral(double[] p) {
        double[] q = new double[p.length];
        for (int c = 0; c < p.length; c++) {
            q[c] = (1 - NEUTRAL_SHARE_WHEN_TARGET_UNNAMED) * p[c];
        }
        q[Stance.NEUTRAL.ordinal()] += NEUTRAL_SHARE_WHEN_TARGET_UNNAMED;
        return q;
    }
}
