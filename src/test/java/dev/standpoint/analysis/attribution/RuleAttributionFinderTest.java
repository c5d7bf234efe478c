package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The rule attribution stage (the fast engine): where its spans begin and end, and what it leaves out. */
class RuleAttributionFinderTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    private static List<Actor> actors(String text) {
        return RULES.analyze(Article.of(text)).actors();
    }

    private static List<String> evidenceOf(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).flatMap(a -> a.evidence().stream())
                .map(Evidence::text).toList();
    }

    @Test
    void aDescribedReactionRunsPastAnAbbreviation() {
        List<Actor> found = actors("Senator Mary Hughes endorsed Mrs. Clinton on Tuesday.");
        assertEquals(List.of("Senator Mary Hughes endorsed Mrs. Clinton on Tuesday"), evidenceOf(found, "Mary Hughes"));
    }

    @Test
    void aDescribedReactionEndsWhereAContrastOpensAnotherVoice() {
        List<Actor> found = actors("IBM has supported the operating system Linux although critics have said this was "
                + "done only to undermine Microsoft.");
        assertEquals(List.of("IBM has supported the operating system Linux"), evidenceOf(found, "IBM"));
        assertEquals(List.of("this was done only to undermine Microsoft"), evidenceOf(found, "critics"));
    }

    @Test
    void anIndefiniteThatARestrictiveClauseDefinesIsNoSource() {
        List<Actor> found = actors("Jane Fonda said she wanted a candidate who had not accepted money from Wall Street.");
        assertEquals(List.of("Jane Fonda"), found.stream().map(Actor::name).toList());
        assertEquals(List.of("she wanted a candidate who had not accepted money from Wall Street"),
                evidenceOf(found, "Jane Fonda"));
        // set off by a comma, the clause says what someone particular did
        List<Actor> appositive = actors("A consultant, who had not accepted the offer, said the plan was flawed.");
        assertEquals(List.of("A consultant"), appositive.stream().map(Actor::name).toList());
    }
}
