package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Sentiment;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;

import java.util.List;
import java.util.Optional;

/**
 * Combines an actor's evidence into one stance: the side weights of all its evidence added up, where a
 * narrator's description of a reaction weighs more than a quoted phrase, against the average neutral
 * weight, so every signal counts and evidence without one does not dilute it.
 */
final class StanceAggregator {

    private static final double DESCRIPTION_WEIGHT = 1.5;
    /**
     * Sides add up over the evidence, neutral is averaged: evidence without a signal neither dilutes one
     * clear signal nor piles up against it, and an actor whose every item is neutral stays neutral. The
     * scale was chosen on the dev set; a leave-one-article-out run, choosing it on 12 articles and scoring
     * the 13th, picked the same value 12 times of 13 (README, Accuracy).
     */
    private static final double NEUTRAL_SCALE = 1.75;
    private static final java.util.regex.Pattern EXPLAINER_ROLE = java.util.regex.Pattern.compile(
            "(?i)\\b(correspondent|editor|reporter|analyst|commentator|columnist|presenter)\\b");
    private static final double EXPLAINER_NEUTRAL_WEIGHT = 1.5;

    record Aggregate(ActorStance stance, Sentiment sentiment) {
    }

    record Scored(EvidenceItem item, StanceScorer.Weights weights, double relevance) {
    }

    Aggregate aggregate(List<Scored> items, Optional<String> role) {
        double[] sum = new double[4];
        double positive = 0, negative = 0, totalWeight = 0;
        for (Scored item : items) {
            StanceScorer.Weights w = item.weights();
            double weight = (item.item().kind() == EvidenceKind.DESCRIPTION ? DESCRIPTION_WEIGHT : 1.0)
                    * item.relevance();
            sum[0] += weight * w.approval();
            sum[1] += weight * w.concern();
            sum[2] += weight * w.skepticism();
            sum[3] += weight * w.neutral();
            totalWeight += weight;
            positive += w.positive();
            negative += w.negative();
        }
        if (items.isEmpty()) {
            return new Aggregate(new ActorStance(Stance.NEUTRAL, 1.0, new StanceScores(0, 0, 0, 1)), Sentiment.NONE);
        }
        sum[3] = NEUTRAL_SCALE * sum[3] / Math.max(totalWeight, 1e-9);
        // Those whose job is to report or explain (correspondents, editors, analysts) mostly take no side.
        if (role.map(r -> EXPLAINER_ROLE.matcher(r).find()).orElse(false)) {
            sum[3] += EXPLAINER_NEUTRAL_WEIGHT;
        }
        StanceScores scores = StanceScores.normalised(sum[0], sum[1], sum[2], sum[3]);
        Stance label = scores.top();
        double polarity = (positive - negative) / (positive + negative + 1.0);
        double magnitude = (positive + negative) / items.size();
        return new Aggregate(new ActorStance(label, scores.of(label), scores),
                new Sentiment(Math.max(-1, Math.min(1, polarity)), magnitude));
    }
}
