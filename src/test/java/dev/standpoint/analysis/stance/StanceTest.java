package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceTest {

    private static final Analyzer ANALYZER = new Analyzer();
    private static final StanceScorer SCORER = new StanceScorer(new StanceLexicon());

    private static Stance stanceOfOnlyActor(String text) {
        var actors = ANALYZER.analyze(Article.of(text)).actors();
        assertEquals(1, actors.size(), () -> "actors: " + actors);
        Actor actor = actors.get(0);
        assertEquals(1.0, actor.stance().scores().approval() + actor.stance().scores().concern()
                + actor.stance().scores().skepticism() + actor.stance().scores().neutral(), 1e-9);
        return actor.stance().label();
    }

    @Test
    void readsAWelcomeAsApproval() {
        assertEquals(Stance.APPROVAL, stanceOfOnlyActor("Business groups have welcomed the plan."));
    }

    @Test
    void readsExpressedConcernAsConcern() {
        assertEquals(Stance.CONCERN, stanceOfOnlyActor("Western diplomats expressed concern about the deployment."));
    }

    @Test
    void readsNotConvincedAsSkepticism() {
        assertEquals(Stance.SKEPTICISM, stanceOfOnlyActor("However, not all experts are convinced of its value."));
    }

    @Test
    void weighsTheMainClauseOverAConcession() {
        StanceScorer.Weights w = SCORER.score("While these systems are impressive, their readiness remains unproven",
                EvidenceKind.DIRECT_QUOTE, Stance.NEUTRAL, false);
        assertEquals(Stance.SKEPTICISM, w.scores().top());
    }

    @Test
    void turnsNegatedApprovalIntoSkepticism() {
        StanceScorer.Weights w = SCORER.score("this is not a success", EvidenceKind.REPORTED, Stance.NEUTRAL, false);
        assertEquals(Stance.SKEPTICISM, w.scores().top());
    }

    @Test
    void readsContractedNegationLikeTheFullForm() {
        assertEquals(List.of("he", "was", "not", "interested"), StanceScorer.words("he wasn\u2019t interested"));
        StanceScorer.Weights w = SCORER.score("he really wasn't interested in our proposals", EvidenceKind.DIRECT_QUOTE,
                Stance.NEUTRAL, false);
        assertEquals(Stance.SKEPTICISM, w.scores().top());
    }

    @Test
    void doesNotReadWordsWithACommonNeutralSenseAsStance() {
        // "firm" (the company), "interest" (rates) and "step" are listed only in the phrases that carry a stance
        StanceScorer.Weights w = SCORER.score("the firm will take the next step on interest payments",
                EvidenceKind.REPORTED, Stance.NEUTRAL, false);
        assertEquals(Stance.NEUTRAL, w.scores().top());
        assertEquals(Stance.APPROVAL, SCORER.score("this is a step forward", EvidenceKind.REPORTED, Stance.NEUTRAL,
                false).scores().top());
    }

    @Test
    void refusesScoresThatDoNotSumToOne() {
        assertThrows(IllegalArgumentException.class, () -> new StanceScores(0.5, 0.5, 0.5, 0));
    }

    @Test
    void readsRejectingAnAllegationAsDefence() {
        StanceScorer.Weights w = SCORER.score("rejected the allegation that the chancellor had been sidelined",
                EvidenceKind.DESCRIPTION, Stance.SKEPTICISM, false);
        assertEquals(Stance.APPROVAL, w.scores().top());
    }

    @Test
    void strengthensIntensifiedWordsAndSoftensHedgedOnes() {
        double plain = SCORER.score("a concern", EvidenceKind.REPORTED, Stance.NEUTRAL, false).concern();
        double intense = SCORER.score("a very serious concern", EvidenceKind.REPORTED, Stance.NEUTRAL, false).concern();
        double hedged = SCORER.score("it may harm", EvidenceKind.REPORTED, Stance.NEUTRAL, false).concern();
        double unhedged = SCORER.score("it will harm", EvidenceKind.REPORTED, Stance.NEUTRAL, false).concern();
        assertTrue(intense > plain, intense + " vs " + plain);
        assertTrue(hedged < unhedged, hedged + " vs " + unhedged);
    }

    @Test
    void readsWordsWhoseLowerCaseIsLongerThanThemselves() {
        // "İ" (Turkish capital I with dot) lower-cases to two chars; found by fuzzing
        assertEquals(java.util.List.of("i̇stanbul", ",", "welcomed"), StanceScorer.words("İSTANBUL, welcomed"));
    }

    @Test
    void summarisesAGroupInThePluralWithItsStrongestEvidence() {
        Actor actor = ANALYZER.analyze(Article.of("Western diplomats expressed concern about the deployment.")).actors().get(0);
        assertEquals("Western diplomats are concerned, as the article puts it, "
                + "\u201CWestern diplomats expressed concern about the deployment\u201D (one piece of evidence).",
                actor.summary());
    }

    @Test
    void doesNotDoubleTheFullStopOfAQuotedSentence() {
        Actor actor = ANALYZER.analyze(Article.of("\"This could destabilize the region.\" said Jane Smith.")).actors().get(0);
        assertTrue(actor.summary().endsWith("region.\u201D (one piece of evidence)."), actor.summary());
    }
}
