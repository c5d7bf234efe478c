package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** An abbreviated office ("the PM") is the person the text names with it in full. */
class OfficeAbbreviationsTest {

    private static final Analyzer RULES = new Analyzer(EngineSettings.rules());

    @Test
    void thePmIsThePrimeMinisterTheTextNamed() {
        List<Actor> found = RULES.analyze(Article.of("Prime Minister Tony Blair visited Leeds on Monday. The PM insisted "
                + "nothing would derail Labour's campaign.")).actors();
        assertEquals(List.of("Tony Blair"), found.stream().map(Actor::name).toList());
    }
}
