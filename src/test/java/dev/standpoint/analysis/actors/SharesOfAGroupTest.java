package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A poll's shares of a group speak for the group: one actor, however many shares the article gives. */
class SharesOfAGroupTest {

    /** The accurate engine's attribution, whose tagger reads "28 percent of voters" as the source. */
    private static final Analyzer TAGGER_AND_NETWORK = new Analyzer(new EngineSettings(
            EngineSettings.AttributionStage.TAGGER_AND_NETWORK, EngineSettings.StanceStage.LEXICON));

    private static List<String> names(String text) {
        return TAGGER_AND_NETWORK.analyze(Article.of(text)).actors().stream().map(Actor::name).toList();
    }

    @Test
    void everyShareOfVotersIsTheVoters() {
        assertEquals(List.of("Voters"), names("A poll came out. Voters said she is not honest. Just 28 percent of "
                + "voters said they had a positive view of her. And 46 percent of voters said her practices were illegal."));
    }

    @Test
    void aGroupThatIsNoShareKeepsItsName() {
        assertEquals(List.of("Voters", "Most analysts"), names("Voters said she is not honest. Most analysts said "
                + "the race was close."));
    }
}
