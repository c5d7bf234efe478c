package dev.standpoint.analysis.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.TAGGER_AND_NETWORK;
import static dev.standpoint.analysis.TestEngines.actorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A poll's shares of a group speak for the group: one actor, however many shares the article gives. Read with the
 * accurate engine's attribution, whose tagger reads "28 percent of voters" as the source.
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
}
