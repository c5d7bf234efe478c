package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A transcript's speaker label makes the paragraph that person's words. */
class TranscriptSpeakersTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    private static Map<String, List<String>> evidence(String text) {
        return RULES.analyze(Article.of(text)).actors().stream().collect(Collectors.toMap(Actor::name,
                a -> a.evidence().stream().map(Evidence::text).toList()));
    }

    @Test
    void aLabelledParagraphIsTheLabelledPersonsWords() {
        Map<String, List<String>> said = evidence("Fallin backs Trump\n\nOklahoma Gov. Mary Fallin spoke to CNN on "
                + "Sunday.\n\nJAKE TAPPER: Do you think he has campaigned as a healer?\n\nFALLIN: I think he is trying "
                + "to campaign as a racial healer. I trust him with his words.");
        assertEquals(List.of("I think he is trying to campaign as a racial healer.", "I trust him with his words."),
                said.get("Mary Fallin"));
        assertEquals(List.of("Do you think he has campaigned as a healer?"), said.get("Jake Tapper"));
    }

    @Test
    void aLabelThatNamesNoPersonIsNoSpeaker() {
        Map<String, List<String>> said = evidence("Listing removed\n\nThe rifle was listed for auction on Monday.\n\n"
                + "UPDATE: The website removed the listing.\n\nEXCLUSIVE WORLD: The buyer paid a record sum.");
        assertEquals(Map.of(), said);
    }
}
