package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.RULES;
import static dev.standpoint.analysis.TestEngines.TAGGER_AND_NETWORK;
import static dev.standpoint.analysis.TestEngines.actorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A poll's shares of a group speak for the group: one actor, however many shares the article gives, and a share
 * that names no group ("46 percent said") goes on with the group of the poll.
 */
class SharesOfAGroupTest {

    @Test
    void everyShareOfVotersIsTheVoters() {
        assertEquals(List.of("Voters"), actorNames(TAGGER_AND_NETWORK, "A poll came out. Voters said she is not "
                + "honest. Just 28 percent of voters said they had a positive view of her. And 46 percent of voters "
                + "said her practices were illegal."));
    }

    @Test
    void aGroupThatIsNoShareKeepsItsName() {
        assertEquals(List.of("Voters", "Most analysts"), actorNames(TAGGER_AND_NETWORK, "Voters said she is not "
                + "honest. Most analysts said the race was close."));
    }

    @Test
    void aShareThatNamesNoGroupGoesOnWithThePollsGroup() {
        List<Actor> actors = RULES.analyze(Article.of("Just 28 percent of voters said they had a positive view of her. "
                + "Analysts said that was low. Twenty-four percent said she did nothing wrong.")).actors();
        assertEquals(List.of("voters", "Analysts"), actors.stream().map(Actor::name).toList());
        assertEquals(List.of("they had a positive view of her", "she did nothing wrong"),
                actors.get(0).evidence().stream().map(Evidence::text).toList()); // not the analysts'
    }

    @Test
    void aShareWithNoPollGroupGoesOnWithTheGroupThatSpokeLast() {
        assertEquals(List.of("Young voters"), actorNames(RULES, "Young voters said the economy was unfair. In all, "
                + "53% said they were liberal on social issues."));
    }

    @Test
    void sharesWithNoGroupAnywhereAreOneUnnamedGroup() {
        assertEquals(List.of("34%", "Acme Corp"), actorNames(RULES, "The survey came out on Monday. In it, 34% said "
                + "the plan was fair. Acme Corp said it was pleased. Later, 53% said they would vote for it."));
    }
}
