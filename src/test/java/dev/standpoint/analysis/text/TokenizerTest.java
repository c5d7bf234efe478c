package dev.standpoint.analysis.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TokenizerTest {

    private static List<String> words(String text) {
        return Tokenizer.tokenize(text, List.of()).stream().map(Token::text).toList();
    }

    @Test
    void keepsAnAmpersandBetweenCapitalsInsideTheName() {
        assertEquals(List.of("B&B", "said", "AT&T", "and", "R&B", "grew", "."), words("B&B said AT&T and R&B grew."));
    }

    @Test
    void splitsASpacedAmpersandAndOneAfterALowerCaseLetter() {
        assertEquals(List.of("Marks", "&", "Spencer", "and", "rock", "&", "roll"), words("Marks & Spencer and rock&roll"));
        assertEquals(List.of("AT", "&", "t"), words("AT&t"));
    }

    @Test
    void keepsDecimalsThousandsAndInnerHyphensInOneWord() {
        assertEquals(List.of("Kilroy-Silk", "lent", "2.1", "billion", "to", "1,500", "firms"),
                words("Kilroy-Silk lent 2.1 billion to 1,500 firms"));
    }
}
