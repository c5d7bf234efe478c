package dev.standpoint.analysis.summary;

import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import dev.standpoint.analysis.stance.JudgedEvidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryWriterTest {

    private static final SummaryWriter WRITER = new SummaryWriter();

    private static JudgedEvidence quote(String text, StanceScores scores) {
        return new JudgedEvidence(new EvidenceItem(0, EvidenceKind.DIRECT_QUOTE, new Span(0, text.length()), text,
                "said", Stance.NEUTRAL, false, Provenance.rule("test", 1.0)), scores);
    }

    private static ActorStance stance(double approval, double concern, double skepticism, double neutral) {
        StanceScores s = StanceScores.normalised(approval, concern, skepticism, neutral);
        return new ActorStance(s.top(), s.of(s.top()), s);
    }

    @Test
    void statesAConfidentLabelPlainly() {
        ActorStance sure = stance(0.8, 0.1, 0.05, 0.05);
        List<JudgedEvidence> two = List.of(quote("It works", sure.scores()), quote("It is a fine plan", sure.scores()));
        assertEquals("Anna Berg approves, saying \u201CIt works\u201D.", WRITER.summary("Anna Berg", ActorType.PERSON, sure, two));
    }

    @Test
    void hedgesALabelTheScoresDoNotBackAndSaysWhenThereIsOneStatement() {
        ActorStance unsure = stance(0.2, 0.4, 0.3, 0.1);
        assertEquals("Critics seem concerned, saying \u201CWe will see\u201D (one piece of evidence).",
                WRITER.summary("Critics", ActorType.GROUP, unsure, List.of(quote("We will see", unsure.scores()))));
    }
}
