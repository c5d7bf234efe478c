package dev.standpoint.analysis.text;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSegmenterTest {

    private static final String BODY = "\n\nMorton Blackwell, the conservative icon, has endorsed Sen. Ted Cruz for president.";

    private static Optional<String> headline(String firstLine) {
        String text = firstLine + BODY;
        return new RuleSegmenter().segment(text).headline().map(s -> s.of(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Conservative Icon Morton Blackwell Endorses Ted Cruz.", // PolNeAR's title case, closed by a full stop
            "Clinton Wades In, Urges Britain to Stay in the EU.",
            "Blackwell endorses Cruz for president", // a title left open, as the BBC writes them
    })
    void readsATitleAsTheHeadlineEvenWhenAFullStopClosesIt(String title) {
        assertEquals(Optional.of(title), headline(title));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ted Cruz won the Wisconsin primary on Tuesday, his campaign said.", // a sentence of copy
            "\"We Will Win This State,\" Ted Cruz Told Supporters.", // a quotation is copy, whatever its case
            "Blackwell Spoke First. Then Cruz Took The Stage.", // two sentences
    })
    void readsAClosedSentenceAsCopy(String line) {
        assertTrue(headline(line).isEmpty(), line);
    }
}
