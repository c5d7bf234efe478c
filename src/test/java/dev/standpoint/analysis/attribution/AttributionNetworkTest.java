package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.text.RuleSegmenter;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped attribution network and what it reads: WordPieces aligned with the segmentation's tokens. */
class AttributionNetworkTest {

    private static final AttributionNetworkInput INPUT = new AttributionNetworkInput();
    private static final AttributionNetwork NETWORK = AttributionNetwork.load();

    private static Segmentation segment(String text) {
        return new RuleSegmenter().segment(text);
    }

    @Test
    void eachTokenIsReadAtItsFirstPieceBetweenClsAndSep() {
        Segmentation s = segment("Mr Kowalczyk said unbelievably little.");
        Sentence sentence = s.sentences().get(0);
        AttributionNetworkInput.Encoded e = INPUT.encode(s, sentence);
        int[] first = e.firstPiece();
        assertEquals(sentence.toToken() - sentence.fromToken(), first.length);
        assertEquals(1, first[0], "the first token follows [CLS]");
        for (int t = 1; t < first.length; t++) {
            assertTrue(first[t] > first[t - 1], "pieces in token order: " + Arrays.toString(first));
        }
        assertTrue(first[1] - first[0] == 1 && first[2] - first[1] > 1, "'Kowalczyk' is several pieces: " + Arrays.toString(first));
        assertEquals(first[first.length - 1] + 2, e.ids().length, "the full stop is one piece, then [SEP]");
        assertTrue(e.ids()[0] != e.ids()[e.ids().length - 1], "[CLS] and [SEP] differ");
    }

    @Test
    void tokensPastTheLongestInputAreCutOff() {
        String sentence = "word ".repeat(AttributionNetworkInput.MAX_PIECES + 20).trim() + ".";
        Segmentation s = segment(sentence);
        AttributionNetworkInput.Encoded e = INPUT.encode(s, s.sentences().get(0));
        assertEquals(AttributionNetworkInput.MAX_PIECES, e.ids().length);
        int[] first = e.firstPiece();
        assertEquals(AttributionNetworkInput.MAX_PIECES - 2, first[AttributionNetworkInput.MAX_PIECES - 3]);
        assertEquals(-1, first[AttributionNetworkInput.MAX_PIECES - 2]);
        assertEquals(-1, first[first.length - 1]);
        float[][] scores = NETWORK.logProbabilities(s, s.sentences().get(0));
        assertEquals(0f, scores[first.length - 1][Role.O.ordinal()], "a token cut off scores nothing");
    }

    @Test
    void readsWhoSaidWhatInAPlainSentence() {
        Segmentation s = segment("The minister said the plan would cut waiting lists by half.");
        Sentence sentence = s.sentences().get(0);
        float[][] scores = NETWORK.logProbabilities(s, sentence);
        Role[] best = new Role[scores.length];
        for (int t = 0; t < scores.length; t++) {
            double total = 0;
            int arg = 0;
            for (int r = 0; r < scores[t].length; r++) {
                total += Math.exp(scores[t][r]);
                arg = scores[t][r] > scores[t][arg] ? r : arg;
            }
            assertEquals(1.0, total, 1e-4, "log-probabilities of token " + t);
            best[t] = Role.ALL[arg];
        }
        assertTrue(best[1].isSource(), "'minister': " + Arrays.toString(best));
        assertTrue(best[2].isCue(), "'said': " + Arrays.toString(best));
        assertTrue(best[5].isContent() && best[8].isContent(), "'plan ... cut': " + Arrays.toString(best));
    }
}
