package dev.standpoint.analysis.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.RULES;
import static dev.standpoint.analysis.TestEngines.actorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** A role that only says whom a person speaks for ("for the Tories") states no office of its own. */
class AffiliationsTest {

    @Test
    void anOfficeAfterAnAffiliatedSpeakerIsThatSpeaker() {
        assertEquals(List.of("Oliver Letwin"), actorNames(RULES, "But Oliver Letwin, for the Tories, attacked "
                + "government debt, dubbing Gordon Brown \"Sir Wastealot\". The shadow chancellor said the rule had "
                + "\"turned to dross in his hands\"."));
    }

    @Test
    void anOfficeAfterASpeakerWithAnotherOfficeIsSomeoneElse() {
        assertEquals(List.of("Oliver Letwin", "The shadow chancellor"), actorNames(RULES, "But Oliver Letwin, the "
                + "party chairman, attacked government debt. The shadow chancellor said the rule had failed."));
    }
}
