package dev.standpoint.eval;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.actors.ActorCluster;
import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.analysis.stance.ActorJudgement;
import dev.standpoint.analysis.stance.StanceQuestion;
import dev.standpoint.analysis.text.Segmentation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The stance stage alone: asked about the gold actors with their gold evidence, so its figures do not
 * carry the errors of attribution and actor resolution. Also measures calibration: the expected
 * calibration error of the actor's stance confidence (ten equal-width bins).
 */
final class StanceGivenGold {

    private static final Provenance GOLD = new Provenance("gold", 1.0);
    private static final int BINS = 10;

    final Confusion confusion = new Confusion();
    private final double[] binConfidence = new double[BINS];
    private final int[] binRight = new int[BINS];
    private final int[] binCount = new int[BINS];
    /** One row per judged actor: article, gold actor, gold stance, then the four probabilities in Stance order. */
    final List<String> rows = new ArrayList<>();

    void add(Analyzer.Stages stages, Gold gold) {
        Segmentation segmentation = stages.segmenter().segment(gold.text());
        Topic topic = stages.topic().find(gold.article(), segmentation);
        Map<Integer, ActorCluster> actors = new HashMap<>();
        Map<Integer, List<EvidenceItem>> evidence = new LinkedHashMap<>();
        for (int i = 0; i < gold.actors().size(); i++) {
            Gold.Actor g = gold.actors().get(i);
            List<EvidenceItem> items = new ArrayList<>();
            for (Gold.GoldEvidence e : g.evidence()) {
                int at = gold.text().indexOf(e.text());
                if (at >= 0) {
                    items.add(new EvidenceItem(i, kind(e.kind()), new Span(at, at + e.text().length()), e.text(), "",
                            Stance.NEUTRAL, false, GOLD));
                }
            }
            if (items.isEmpty()) {
                continue;
            }
            actors.put(i, new ActorCluster(i, g.name(), type(g.type()), Optional.ofNullable(g.role()), List.of()));
            evidence.put(i, items);
        }
        Map<Integer, ActorJudgement> judged = stages.stance().judge(new StanceQuestion(gold.text(), topic,
                stages.topic().lead(segmentation), gold.target(), actors, evidence));
        judged.forEach((i, j) -> {
            String label = j.stance().label().name().toLowerCase(Locale.ROOT);
            String want = gold.actors().get(i).stance();
            confusion.add(want, label);
            int bin = Math.min(BINS - 1, (int) (j.stance().confidence() * BINS));
            binConfidence[bin] += j.stance().confidence();
            binRight[bin] += label.equals(want) ? 1 : 0;
            binCount[bin]++;
            var p = j.stance().scores();
            rows.add(String.format(Locale.ROOT, "%s\t%s\t%s\t%.9f\t%.9f\t%.9f\t%.9f", gold.name(),
                    gold.actors().get(i).name().replace('\t', ' '), want, p.approval(), p.concern(), p.skepticism(),
                    p.neutral()));
        });
    }

    /** Expected calibration error: the count-weighted gap between confidence and accuracy per bin. */
    double expectedCalibrationError() {
        int n = 0;
        double gap = 0;
        for (int b = 0; b < BINS; b++) {
            if (binCount[b] > 0) {
                gap += Math.abs(binConfidence[b] / binCount[b] - binRight[b] / (double) binCount[b]) * binCount[b];
                n += binCount[b];
            }
        }
        return n == 0 ? 0 : gap / n;
    }

    static EvidenceKind kind(String goldKind) {
        return switch (goldKind) {
            case "direct_quote" -> EvidenceKind.DIRECT_QUOTE;
            case "description" -> EvidenceKind.DESCRIPTION;
            default -> EvidenceKind.REPORTED;
        };
    }

    private static ActorType type(String goldType) {
        try {
            return ActorType.valueOf(goldType);
        } catch (IllegalArgumentException e) {
            return ActorType.PERSON;
        }
    }
}
