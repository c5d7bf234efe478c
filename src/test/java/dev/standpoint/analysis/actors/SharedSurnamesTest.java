package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.phrases.PersonNames;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Two persons of one surname are two actors, and a surname alone goes to the one the text means. */
class SharedSurnamesTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    private static List<Actor> actors(String text) {
        return RULES.analyze(Article.of(text)).actors();
    }

    /** Each actor's evidence texts, by actor name. */
    private static Map<String, List<String>> evidence(String text) {
        return actors(text).stream().collect(Collectors.toMap(Actor::name,
                a -> a.evidence().stream().map(Evidence::text).toList()));
    }

    @Test
    void keepsTwoPersonsOfOneSurnameApart() {
        Map<String, List<String>> said = evidence("Hillary Clinton said the plan would pass. Bill Clinton said it would fail.");
        assertEquals(List.of("the plan would pass"), said.get("Hillary Clinton"));
        assertEquals(List.of("it would fail"), said.get("Bill Clinton"));
    }

    @Test
    void aSurnameAloneIsThePersonNamedInFullJustBeforeElseTheOneNamedFirst() {
        String text = "Hillary Clinton said the plan would pass. Voters in Ohio were divided. Bill Clinton said it "
                + "would fail. Clinton added that the vote was close. The rally ended late. Many voters left early. "
                + "Clinton said later that she would win.";
        Map<String, List<String>> said = evidence(text);
        assertEquals(List.of("it would fail", "the vote was close"), said.get("Bill Clinton"));
        assertTrue(said.get("Hillary Clinton").stream().anyMatch(e -> e.endsWith("she would win")), said.toString());
    }

    @Test
    void aCourtesyTitleTellsWhichPersonOfTheSurname() {
        Map<String, List<String>> said = evidence("Hillary Clinton said the plan would pass. Bill Clinton said it "
                + "would fail. Mrs. Clinton said the vote was close.");
        assertEquals(List.of("the plan would pass", "the vote was close"), said.get("Hillary Clinton"));
    }

    @Test
    void aShortGivenNameAndParticlesKeepOnePerson() {
        assertEquals(1, actors("Ken Starr said the report was fair. Kenneth Starr said he regretted nothing.").size());
        assertEquals(List.of("Julio De Vido"), actors("Julio De Vido said the contract was void. Mr De Vido "
                + "said the firm had failed.").stream().map(Actor::name).toList());
    }

    @Test
    void theSurnameInsideAnotherPersonsFullNameIsNotAMention() {
        Actor bill = actors("Bill Clinton said it would fail. He praised Hillary Clinton.").stream()
                .filter(a -> a.name().equals("Bill Clinton")).findFirst().orElseThrow();
        assertEquals(List.of("Bill Clinton", "He"), bill.mentions().stream().map(Mention::text).toList());
    }

    @Test
    void anOfficeGivenBeforeANameIsNotAnotherOffice() {
        // "the former first lady, Laura Bush" is not "the former president"
        Map<String, List<String>> said = evidence("Jeb Bush brought his older brother, George W. Bush, and the "
                + "former first lady, Laura Bush, to the rally. \"Labels are for soup cans,\" the former president told "
                + "a crowd.");
        assertEquals(List.of("Labels are for soup cans,"), said.get("George W. Bush"));
    }

    @Test
    void aKnightIsKnownByTheTitleAndGivenName() {
        Map<String, List<String>> said = evidence("Metropolitan Police Commissioner Sir Ian Blair said the threat was "
                + "real. Tony Blair said he agreed. Sir Ian said the debate was one for politicians.");
        assertEquals(List.of("the threat was real", "the debate was one for politicians"), said.get("Sir Ian Blair"));
        assertEquals(List.of("he agreed"), said.get("Tony Blair"));
    }

    @Test
    void aGenerationalSuffixIsNoSurname() {
        // "Mr. Biden" is "Joseph R. Biden Jr.": both are filed under "biden"
        assertEquals("biden", PersonNames.surnameOf("Joseph R. Biden Jr."));
        assertEquals("King", PersonNames.surnameWord("Martin Luther King Jr"));
        assertEquals("joseph", PersonNames.givenNameOf("Joseph R. Biden Jr."));
        assertEquals("", PersonNames.givenNameOf("Mr. Biden"));
    }

    @Test
    void aCollegeIsAnOrganisation() {
        Actor college = actors("Nashua Community College said the gym was full.").get(0);
        assertEquals(ActorType.ORGANIZATION, college.type());
    }
}
