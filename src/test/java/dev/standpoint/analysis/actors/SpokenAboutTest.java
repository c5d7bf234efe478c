package dev.standpoint.analysis.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.RULES;
import static dev.standpoint.analysis.TestEngines.TAGGER_AND_NETWORK;
import static dev.standpoint.analysis.TestEngines.actorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A person named in the words a cue introduces is spoken about: never the one its pronoun or office stands for. */
class SpokenAboutTest {

    @Test
    void aPronounAfterItsContentIsNotAPersonNamedInIt() {
        assertEquals(List.of("Fraser Kemp"), actorNames(RULES, "Fraser Kemp spoke at a rally. The image simply "
                + "portrayed Michael Howard as a hypnotist, he argued."));
    }

    /** The accurate engine's attribution reads the content on both sides of "..., the vice president said, ...". */
    @Test
    void anOfficeBetweenTwoPartsOfItsContentIsNotAPersonNamedInThem() {
        assertEquals(List.of("Joe Biden"), actorNames(TAGGER_AND_NETWORK, "Joe Biden spoke in Ohio. Donald Trump is "
                + "so reckless, the vice president said, that he could start a war."));
    }
}
