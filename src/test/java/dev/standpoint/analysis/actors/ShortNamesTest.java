package dev.standpoint.analysis.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.RULES;
import static dev.standpoint.analysis.TestEngines.actorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** An actor named again in short is the same actor: an organisation by its opening words, a group without its quantifier. */
class ShortNamesTest {

    @Test
    void theOpeningWordsOfAnOrganisationsNameAreThatOrganisation() {
        assertEquals(List.of("Continental Airlines"), actorNames(RULES, "Airline\n\nContinental Airlines said it would "
                + "cut jobs. Later Continental said it had cash."));
    }

    @Test
    void aPlaceIsNotTheOrganisationItsNameOpens() {
        assertEquals(List.of("New York Times", "New York"), actorNames(RULES, "Deal\n\nThe New York Times reported "
                + "a deal. New York said it would sue."));
    }

    @Test
    void aGroupWithAQuantifierOrAPossessiveIsTheGroup() {
        assertEquals(List.of("Some analysts", "critics"), actorNames(RULES, "Oil\n\nSome analysts said prices would "
                + "rise. Analysts said the cartel was split. The critics said no. Their critics said it again."));
    }
}
