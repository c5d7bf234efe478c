package dev.standpoint.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SentenceSplitterTest {

    private static List<String> sentences(String text) {
        List<Token> tokens = Tokenizer.tokenize(text, List.of());
        return new SentenceSplitter().split(tokens, q -> false).stream()
                .map(r -> text.substring(tokens.get(r.fromToken()).span().start(), tokens.get(r.toToken() - 1).span().end()))
                .toList();
    }

    @Test
    void keepsANameBrokenByAParagraphBreakAfterDrInOneSentence() {
        List<String> s = sentences("It is unproven, noted Dr.\n\nElena Kovalenko, a historian. She left.");
        assertEquals(2, s.size());
        assertEquals("It is unproven, noted Dr.\n\nElena Kovalenko, a historian.", s.get(0));
    }

    @Test
    void neverEndsASentenceInsideANumber() {
        assertEquals(List.of("The bank approved a EUR 2.1 billion loan to 1,500 firms.", "It was signed."),
                sentences("The bank approved a EUR 2.1 billion loan to 1,500 firms. It was signed."));
    }

    @Test
    void doesNotSplitAfterTitlesInitialsOrInitialisms() {
        assertEquals(1, sentences("Mr. Smith met Gen. Jones and John E. Kelly in the U.S. capital today.").size());
    }

    @Test
    void splitsAtTerminalPunctuationBeforeACapitalAndAtParagraphBreaks() {
        assertEquals(List.of("Headline here", "First one.", "Second one?", "Third!"),
                sentences("Headline here\n\nFirst one. Second one? Third!"));
    }

    @Test
    void keepsDecimalsInsideASentence() {
        assertEquals(1, sentences("Inflation would be 1.75% next year, he said.").size());
    }

    @Test
    void endsADatelineBeforeTheSentenceItOpens() {
        assertEquals(List.of("Headline", "WASHINGTON (AP) \u2014", "Sen. Chuck Grassley said it was fine."),
                sentences("Headline\n\nWASHINGTON (AP) \u2014 Sen. Chuck Grassley said it was fine."));
        assertEquals(List.of("MANCHESTER, N.H. -", "Voters came out."), sentences("MANCHESTER, N.H. - Voters came out."));
        assertEquals(List.of("DES MOINES --", "Voters came out."), sentences("DES MOINES -- Voters came out."));
    }

    @Test
    void keepsCapitalsThatAreNotADatelineInTheirSentence() {
        assertEquals(List.of("NATO - the alliance - met today."), sentences("NATO - the alliance - met today."));
        assertEquals(List.of("The US - China talks - ended."), sentences("The US - China talks - ended."));
    }
}
