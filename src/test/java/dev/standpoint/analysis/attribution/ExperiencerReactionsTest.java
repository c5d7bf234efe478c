package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Reactions whose source is the one who feels them, after the verb (the rules engine, so the cue's prior shows). */
class ExperiencerReactionsTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    private static List<Actor> actors(String text) {
        return RULES.analyze(Article.of(text)).actors();
    }

    private static Actor only(List<Actor> actors) {
        assertEquals(1, actors.size(), actors::toString);
        return actors.get(0);
    }

    @Test
    void aReactionDrawnFromAGroupIsThatGroupsDescribedReaction() {
        Actor crowd = only(actors("The remarks prompted outrage among Muslim groups."));
        assertEquals("Muslim groups", crowd.name());
        Evidence e = crowd.evidence().get(0);
        assertEquals(EvidenceKind.DESCRIPTION, e.kind());
        assertEquals("The remarks prompted outrage among Muslim groups", e.text());
        assertEquals(Stance.CONCERN, e.stance());
    }

    @Test
    void aParticipleReactionOpensItsOwnClause() {
        Actor crowd = only(actors("Trump wavered in answering a question, drawing boos from the crowd."));
        assertEquals(List.of("drawing boos from the crowd"), crowd.evidence().stream().map(Evidence::text).toList());
    }

    @Test
    void aListOfReactingSourcesIsOneGroup() {
        Actor group = only(actors("The firm was facing stiff opposition from activists and farmers who were "
                + "campaigning against its plans."));
        assertEquals("activists and farmers", group.name());
        assertEquals(ActorType.GROUP, group.type());
    }

    @Test
    void toTheFeelingOfSomeoneSaysHowTheyTookIt() {
        Actor groups = only(actors("The plan would move detainees into the United States, to the chagrin of human "
                + "rights groups."));
        assertEquals("human rights groups", groups.name());
        assertEquals(Stance.CONCERN, groups.evidence().get(0).stance());
    }

    @Test
    void theObjectOfAnExperiencerVerbReactsInTheActiveVoiceOnly() {
        Actor democrats = only(actors("Mrs. Clinton's position has angered some Democrats on the left."));
        assertEquals("some Democrats", democrats.name());
        assertEquals(List.of("Mrs. Clinton's position has angered some Democrats on the left"),
                democrats.evidence().stream().map(Evidence::text).toList());
        // after "be" the verb is the adjective of the subject's state: "was shocked voters had" leaves voters be
        assertEquals(List.of("Ms Hale"), actors("Ms Hale said she was shocked voters had stayed at home.").stream()
                .map(Actor::name).toList());
        // what is upset is no source: "travel plans" feel nothing
        assertEquals(List.of(), actors("The storm upset travel plans across the region."));
    }

    @Test
    void aGroupThatAnotherCueOfTheSentenceNamesASourceInSpeaksThroughThatCue() {
        List<Actor> found = actors("The licensing changes have sparked concern among some MPs, councils and some senior "
                + "police officers, who say they could exacerbate drinking problems.");
        assertEquals(List.of("some senior police officers"), found.stream().map(Actor::name).toList());
    }
}
