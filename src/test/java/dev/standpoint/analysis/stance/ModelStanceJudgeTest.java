package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The accurate engine's stance stage with the shipped model (models/stance). */
class ModelStanceJudgeTest {

    private static final Analyzer ACCURATE = new Analyzer(EngineSettings.trained());
    private static final String HEADLINE = "Council approves plan to close city centre to cars\n\n";

    private static Actor only(String body) {
        Analysis analysis = ACCURATE.analyze(Article.of(HEADLINE + body));
        assertEquals(1, analysis.actors().size(), () -> "actors: " + analysis.actors());
        return analysis.actors().get(0);
    }

    @Test
    void readsPraiseOfThePlanAsApproval() {
        Actor a = only("\"This is the best decision the council has made in years and it will save lives,\" "
                + "said Maria Lopez, the cycling campaigner.");
        assertEquals(Stance.APPROVAL, a.stance().label(), a::toString);
    }

    @Test
    void readsFearOfHarmAsConcern() {
        Actor a = only("Residents said they were deeply worried that the closure would drive customers away "
                + "and cost hundreds of jobs.");
        assertEquals(Stance.CONCERN, a.stance().label(), a::toString);
    }

    @Test
    void givesCalibratedProbabilitiesWhoseTopIsTheLabelAndNamesTheModel() {
        Analysis analysis = ACCURATE.analyze(Article.of(HEADLINE
                + "\"It will not work,\" said Tom Reed, an opposition councillor."));
        Actor a = analysis.actors().get(0);
        StanceScores s = a.stance().scores();
        assertEquals(1.0, s.approval() + s.concern() + s.skepticism() + s.neutral(), 1e-9);
        assertEquals(s.top(), a.stance().label());
        assertEquals(s.of(s.top()), a.stance().confidence(), 1e-12);
        // temperature-scaled, so never the 1.00 the rules give an actor with no signal
        assertTrue(a.stance().confidence() < 0.99, () -> "confidence " + a.stance().confidence());
        assertEquals("model:stance-bge-small-1", analysis.trace().stances().get(0).decided().decidedBy());
        // the engine names its model beside its stages, the rules none
        assertEquals(List.of("attribution-tagger-1+attribution-minilm-1", "stance-bge-small-1"), ACCURATE.modelNames());
        assertEquals(List.of(), new Analyzer().modelNames());
    }

    @Test
    void takesNoSideOnARequestedTargetTheActorNeverNames() {
        String text = HEADLINE + "\"This is the best decision the council has made in years,\" said Maria Lopez, "
                + "the cycling campaigner. Tom Reed, an opposition councillor, said the new tram line was a waste of money.";
        Analysis analysis = ACCURATE.analyze(new Article(text, Optional.empty(), Optional.of("the new tram line")));
        Actor lopez = analysis.actors().stream().filter(x -> x.name().equals("Maria Lopez")).findFirst().orElseThrow();
        assertEquals(Stance.NEUTRAL, lopez.stance().label(), lopez::toString);
        assertTrue(lopez.stance().confidence() >= ModelStanceJudge.NEUTRAL_SHARE_WHEN_TARGET_UNNAMED);
        assertEquals(List.of("rule:target-not-named", "model:stance-bge-small-1"),
                analysis.trace().stances().stream().map(t -> t.decided().decidedBy()).toList());
        // asked about the article's own topic, her praise is approval again
        assertEquals(Stance.APPROVAL, ACCURATE.analyze(Article.of(text)).actors().get(0).stance().label());
    }

    @Test
    void keepsTheContextInTheFirstSegmentAndCutsAtTheServingLength() {
        StanceModelInput input = new StanceModelInput();
        String longQuote = "the plan is a mistake ".repeat(100);
        StanceModelInput.Encoded e = input.encode("Council approves plan", "The council voted on Monday.", "Tom Reed",
                List.of(new StanceModelInput.Piece(EvidenceKind.DIRECT_QUOTE, longQuote)));
        assertEquals(StanceModelInput.SERVING_TOKENS, e.length());
        assertEquals(0, e.typeIds()[1], "the headline is context");
        assertEquals(1, e.typeIds()[e.length() - 2], "the evidence is the actor's segment");
        assertEquals(StanceModelInput.TRAINING_TOKENS,
                new StanceModelInput(StanceModelInput.TRAINING_TOKENS).encode("Council approves plan", "", "Tom Reed",
                        List.of(new StanceModelInput.Piece(EvidenceKind.DIRECT_QUOTE, longQuote))).length());
    }
}
