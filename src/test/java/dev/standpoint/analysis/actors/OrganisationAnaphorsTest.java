package dev.standpoint.analysis.actors;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.RULES;
import static dev.standpoint.analysis.TestEngines.actorNames;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * "The company", "the union organisation", "the newspaper": an organisation noun that refers back to the last to
 * speak, or to the organisation just named.
 */
class OrganisationAnaphorsTest {

    private static List<String> names(String text) {
        return actorNames(RULES, text);
    }

    @Test
    void anOrganisationNounAfterOneLowerCaseWordRefersBack() {
        assertEquals(List.of("TUC"), names("The TUC said safety rules were weak. Representatives were often ignored, "
                + "claimed the union organisation."));
        assertEquals(List.of("FT"), names("The FT said the bid would come soon. The newspaper said the board "
                + "would meet on Friday."));
    }

    @Test
    void aModifierThatSetsItApartOrALongerDescriptionIsAnotherOrganisation() {
        assertEquals(List.of("BP", "rival firm"), names("BP said profits rose. A rival firm said the market was weak."));
        assertEquals(List.of("BP", "international oil company"), names("BP said profits rose. The international oil "
                + "company said the market was weak."));
    }

    @Test
    void withNoOrganisationSpeakingBeforeItRefersToTheOrganisationJustNamed() {
        assertEquals(List.of("Continental Airlines"), names("Continental Airlines is in trouble. Its debt is large. "
                + "The company said it would cut jobs."));
        // named three sentences before: too far to be sure it is the one meant
        assertEquals(List.of("company"), names("Continental Airlines is in trouble. Its debt is large. Fuel is dear. "
                + "Fares are low. The company said it would cut jobs."));
    }
}
