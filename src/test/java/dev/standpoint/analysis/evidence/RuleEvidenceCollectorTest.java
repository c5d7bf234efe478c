package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.standpoint.analysis.TestEngines.TAGGER_AND_NETWORK;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Read with the accurate engine's attribution, which reads the reported words on both sides of a cue between commas. */
class RuleEvidenceCollectorTest {

    private static List<String> evidenceOf(String text, String actor) {
        return TAGGER_AND_NETWORK.analyze(Article.of(text)).actors().stream().filter(a -> a.name().equals(actor))
                .flatMap(a -> a.evidence().stream()).map(Evidence::text).toList();
    }

    @Test
    void reportedWordsOnBothSidesOfTheirCueAreOneContent() {
        assertEquals(List.of("The allure of simplicity itself, Mr. Furman argued, is largely a chimera"),
                evidenceOf("Jason Furman spoke. The allure of simplicity itself, Mr. Furman argued, is largely a "
                        + "chimera.", "Jason Furman"));
    }

    @Test
    void twoCuesKeepTheirContentsApart() {
        List<String> evidence = evidenceOf("Jason Furman spoke. Mr. Furman said taxes would rise, and Mr. Furman "
                + "argued spending would fall.", "Jason Furman");
        assertEquals(2, evidence.size(), evidence.toString());
    }
}
