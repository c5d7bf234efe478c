package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class StanceAggregatorTest {

    private static final StanceAggregator AGGREGATOR = new StanceAggregator();
    private static final StanceScorer.Weights NO_SIDE = new StanceScorer.Weights(0.1, 0.1, 0.1, 0.6, 0, 0);
    private static final StanceScorer.Weights CLEAR_APPROVAL = new StanceScorer.Weights(1.0, 0, 0, 0.3, 1, 0);

    private static StanceAggregator.Scored item(StanceScorer.Weights weights) {
        EvidenceItem evidence = new EvidenceItem(0, EvidenceKind.DIRECT_QUOTE, new Span(0, 4), "text", "said",
                Stance.NEUTRAL, false, Provenance.rule("test", 1.0));
        return new StanceAggregator.Scored(evidence, weights, 1.0);
    }

    private static Stance label(List<StanceAggregator.Scored> items) {
        return AGGREGATOR.aggregate(items, Optional.empty()).stance().label();
    }

    @Test
    void oneClearSignalIsNotDrownedByManyItemsWithoutOne() {
        List<StanceAggregator.Scored> items = new java.util.ArrayList<>(Collections.nCopies(5, item(NO_SIDE)));
        items.add(item(CLEAR_APPROVAL));
        assertEquals(Stance.APPROVAL, label(items));
    }

    @Test
    void anActorWhoseEveryItemTakesNoSideIsNeutralHoweverManyThereAre() {
        assertEquals(Stance.NEUTRAL, label(List.of(item(NO_SIDE))));
        assertEquals(Stance.NEUTRAL, label(Collections.nCopies(8, item(NO_SIDE))));
    }

    @Test
    void leansExplainersTowardNeutral() {
        StanceScorer.Weights faint = new StanceScorer.Weights(0.8, 0, 0, 0.3, 0.8, 0);
        assertEquals(Stance.APPROVAL, AGGREGATOR.aggregate(List.of(item(faint)), Optional.of("spokesman")).stance().label());
        assertEquals(Stance.NEUTRAL, AGGREGATOR.aggregate(List.of(item(faint)), Optional.of("BBC political correspondent"))
                .stance().label());
    }
}
