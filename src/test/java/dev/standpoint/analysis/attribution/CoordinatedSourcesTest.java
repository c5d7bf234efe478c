package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CoordinatedSourcesTest {

    private static final Analyzer RULES = new Analyzer(new EngineSettings(EngineSettings.AttributionStage.RULES,
            EngineSettings.StanceStage.LEXICON));

    private static List<String> speakers(String text) {
        return RULES.analyze(Article.of(text)).actors().stream().filter(a -> !a.evidence().isEmpty())
                .map(Actor::name).sorted().toList();
    }

    @Test
    void givesEachSourceOfACoordinatedSubjectTheAttribution() {
        assertEquals(List.of("AFL-CIO", "United Steelworkers"),
                speakers("Unions back plan\n\nThe AFL-CIO and the United Steelworkers welcomed the decision on Friday."));
        assertEquals(List.of("Angela Merkel", "Emmanuel Macron", "Mark Rutte"),
                speakers("Leaders meet\n\nAngela Merkel, Mark Rutte and Emmanuel Macron said the deal was fair."));
    }

    @Test
    void takesNoObjectBeforeAndForASource() {
        List<String> speakers = speakers("Debate\n\nClinton attacked Trump and Sanders said the plan was weak.");
        assertTrue(speakers.contains("Sanders"), speakers::toString);
        assertTrue(!speakers.contains("Trump"), speakers::toString);
    }

    @Test
    void readsAnAndInsideARoleAsNoCoordination() {
        assertEquals(List.of("Clive Woodward"), speakers("Lions blow\n\nBritish and Irish Lions coach Clive Woodward says"
                + " he is unlikely to select any players not involved in the Six Nations."));
        assertEquals(List.of("Bill Nelson", "Marco Rubio"),
                speakers("Florida\n\nMarco Rubio and Senator Bill Nelson said the plan was weak."));
    }
}
