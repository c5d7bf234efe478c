package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A person named in the words a cue introduces is spoken about: never the one its pronoun or office stands for. */
class SpokenAboutTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());
    /** The accurate engine's attribution, which reads the content on both sides of "..., the vice president said, ...". */
    private static final Analyzer TAGGER_AND_NETWORK = new Analyzer(new EngineSettings(
            EngineSettings.AttributionStage.TAGGER_AND_NETWORK, EngineSettings.StanceStage.LEXICON));

    private static List<String> names(Analyzer engine, String text) {
        return engine.analyze(Article.of(text)).actors().stream().map(Actor::name).toList();
    }

    @Test
    void aPronounAfterItsContentIsNotAPersonNamedInIt() {
        assertEquals(List.of("Fraser Kemp"), names(RULES, "Fraser Kemp spoke at a rally. The image simply portrayed "
                + "Michael Howard as a hypnotist, he argued."));
    }

    @Test
    void anOfficeBetweenTwoPartsOfItsContentIsNotAPersonNamedInThem() {
        assertEquals(List.of("Joe Biden"), names(TAGGER_AND_NETWORK, "Joe Biden spoke in Ohio. Donald Trump is so reckless, the vice "
                + "president said, that he could start a war."));
    }
}
