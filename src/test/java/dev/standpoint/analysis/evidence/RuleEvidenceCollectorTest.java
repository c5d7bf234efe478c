package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RuleEvidenceCollectorTest {

    /** The accurate engine's attribution, which reads the reported words on both sides of a cue between commas. */
    private static final Analyzer TAGGER_AND_NETWORK = new Analyzer(new EngineSettings(
            EngineSettings.AttributionStage.TAGGER_AND_NETWORK, EngineSettings.StanceStage.LEXICON));

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
