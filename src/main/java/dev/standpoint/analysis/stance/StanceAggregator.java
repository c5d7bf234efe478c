package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Sentiment;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;

import java.util.List;

/**
 * Combines an actor's evidence into one stance: the weighted mean of the evidence distributions, where
 * a narrator's description of a reaction weighs more than a single quoted phrase. Neutral wins only
 * when no other stance holds a clear share, since an actor quoted at all usually takes a side.
 */
public final class StanceAggregator {

    private static final double DESCRIPTION_WEIGHT = 1.5;
    private static final double NEUTRAL_DISCOUNT = 0.75;

    public record Aggregate(ActorStance stance, Sentiment sentiment) {
    }

    public record Scored(Evidence evidence, StanceScorer.Weights weights, double relevance) {
    }

    public Aggregate aggregate(List<Scored> items) {
        double[] sum = new double[4];
        double total = 0, positive = 0, negative = 0;
        for (Scored item : items) {
            StanceScores s = item.weights().scores();
            double weight = (item.evidence().kind() == EvidenceKind.DESCRIPTION ? DESCRIPTION_WEIGHT : 1.0)
                    * item.relevance();
            for (Stance stance : Stance.values()) {
                sum[stance.ordinal()] += weight * s.of(stance);
            }
            total += weight;
            positive += item.weights().positive();
            negative += item.weights().negative();
        }
        if (total == 0) {
            return new Aggregate(new ActorStance(Stance.NEUTRAL, 1.0, new StanceScores(0, 0, 0, 1)), Sentiment.NONE);
        }
        sum[Stance.NEUTRAL.ordinal()] *= NEUTRAL_DISCOUNT;
        StanceScores scores = StanceScores.normalised(sum[0], sum[1], sum[2], sum[3]);
        Stance label = scores.top();
        double polarity = (positive - negative) / (positive + negative + 1.0);
        double magnitude = (positive + negative) / items.size();
        return new Aggregate(new ActorStance(label, scores.of(label), scores),
                new Sentiment(Math.max(-1, Math.min(1, polarity)), magnitude));
    }
}
