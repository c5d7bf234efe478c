package dev.standpoint.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotationFinderTest {

    private static List<String> quoted(String text) {
        return new QuotationFinder().find(text).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void findsCurlyDoubleAndSingleQuotations() {
        assertEquals(List.of("We will win.", "It is over,"), quoted("“We will win.” ‘It is over,’ he said."));
    }

    @Test
    void readsTwoApostrophesAsOneDoubleMarkWholeInTheOuterSpan() {
        String text = "''It is the case,'' said Brian Fallon. ''We won,'' he added, ''and that's it.''";
        List<Quotation> found = new QuotationFinder().find(text);
        assertEquals(List.of("It is the case,", "We won,", "and that's it."),
                found.stream().map(q -> q.inner().of(text)).toList());
        assertEquals("''It is the case,''", found.get(0).outer().of(text));
    }

    @Test
    void readsApostrophesInsideWordsAsApostrophes() {
        assertEquals(List.of("The nation’s sovereignty isn’t in doubt,"),
                quoted("‘The nation’s sovereignty isn’t in doubt,’ Khrenin stated."));
    }

    @Test
    void keepsANestedNameInsideItsQuotation() {
        assertEquals(List.of("The ‘Oreshnik’ in particular is a game-changer."),
                quoted("‘The ‘Oreshnik’ in particular is a game-changer.’"));
    }

    @Test
    void closesAQuotationLeftOpenWhenTheNextOneOpens() {
        assertEquals(List.of("We are being advised by the police...", "What they say is clear."),
                quoted("Mr Blair said: \"We are being advised by the police... \"What they say is clear.\""));
    }

    @Test
    void endsAQuotationLeftOpenAtTheEndOfItsParagraph() {
        assertEquals(List.of("The US market is the holy grail.", "It is still important,"),
                quoted("\"The US market is the holy grail.\n\n\"It is still important,\" he added."));
    }

    @Test
    void findsBothHalvesOfASplitQuotation() {
        assertEquals(List.of("For instance,", "older people use SMS."),
                quoted("\"For instance,\" he said, \"older people use SMS.\""));
    }

    @Test
    void ignoresPossessivePluralsAndStrayMarks() {
        assertEquals(List.of(), quoted("The Musicians' Union met the players' agents. 5\" rain"));
    }

    @Test
    void findsStraightSingleQuotationsAndGuillemets() {
        assertEquals(List.of("goodbye", "bonjour"), quoted("it was nice knowing him, now 'goodbye', « bonjour »"));
    }
}
