package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.phrases.NounPhraseReader;
import dev.standpoint.analysis.phrases.SourceWords;
import dev.standpoint.analysis.text.RuleSegmenter;
import dev.standpoint.analysis.text.Segmentation;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class InitialismsTest {

    private static final SourceWords WORDS = new SourceWords();

    private static Optional<String> expansion(String initialism, String text) {
        Segmentation segmentation = new RuleSegmenter().segment(text);
        return Initialisms.expansion(initialism, segmentation, new NounPhraseReader(WORDS, segmentation));
    }

    @Test
    void spellsOutAnOrganisationsInitialismWhereTheTextDoes() {
        assertEquals(Optional.of("International Monetary Fund"),
                expansion("IMF", "The International Monetary Fund said growth would slow. The IMF added a warning."));
        assertEquals(Optional.of("Bradford & Bingley"),
                expansion("B&B", "Lending at Bradford & Bingley rose. B&B said the market was strong."));
        assertEquals(Optional.of("Institute for Fiscal Studies"),
                expansion("IFS", "The Institute for Fiscal Studies (IFS) said taxes would rise. The IFS said so."));
    }

    @Test
    void leavesAPersonsInitialsAndAnUnspelledInitialismAlone() {
        assertEquals(Optional.empty(), expansion("BB", "Bob Brown said the market was strong. BB agreed."));
        assertEquals(Optional.empty(), expansion("BT", "BT said it would appeal."));
        // "Monetary Fund Group" goes on past the initials: not the name they spell
        assertEquals(Optional.empty(), expansion("IMF", "The International Monetary Fund Group met. IMF agreed."));
    }

    @Test
    void namesTheActorInFull() {
        List<Actor> actors = new Analyzer().analyze(Article.of("Growth slows\n\nThe International Monetary Fund (IMF) "
                + "said growth would slow. The IMF added that risks remained.")).actors();
        assertEquals(List.of("International Monetary Fund"), actors.stream().map(Actor::name).toList());
    }

    @Test
    void anInitialismThatSpeaksJoinsTheNameItSpellsWhereThatSpeaksToo() {
        List<Actor> actors = new Analyzer().analyze(Article.of("Memorial\n\nClinton laid flowers at the club, the "
                + "Associated Press reported. She met victims, AP reported.")).actors();
        assertEquals(List.of("Associated Press"), actors.stream().map(Actor::name).toList());
        assertEquals(ActorType.ORGANIZATION, actors.get(0).type()); // "Press" names a newspaper, not a person
        assertEquals(2, actors.get(0).evidence().size());
    }
}
