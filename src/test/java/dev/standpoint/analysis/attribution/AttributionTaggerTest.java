package dev.standpoint.analysis.attribution;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributionTaggerTest {

    private static final int ROLES = Role.values().length;
    private static final long WORD = AttributionFeatures.hash("w=word");

    /** One feature that votes for the inside of a content, and nothing else. */
    private static AttributionTagger insideContentEverywhere() {
        float[] weights = new float[ROLES];
        weights[Role.I_CONTENT.ordinal()] = 5;
        weights[Role.B_CONTENT.ordinal()] = 1;
        return new AttributionTagger(new long[] {WORD}, weights, new float[(ROLES + 1) * ROLES]);
    }

    @Test
    void aSpanOpensWithItsBeginTagEvenWhenTheInsideScoresHigher() {
        Role[] roles = insideContentEverywhere().tag(new long[][] {{WORD}, {WORD}, {WORD}});
        assertArrayEquals(new Role[] {Role.B_CONTENT, Role.I_CONTENT, Role.I_CONTENT}, roles);
    }

    @Test
    void aBiasOnContentAndCueShiftsTheTrade() {
        float[] weights = new float[ROLES];
        weights[Role.O.ordinal()] = 2;
        weights[Role.B_CONTENT.ordinal()] = 0.5f;
        AttributionTagger tagger = new AttributionTagger(new long[] {WORD}, weights, new float[(ROLES + 1) * ROLES]);
        assertEquals(Role.O, tagger.tag(new long[][] {{WORD}})[0]);
        assertEquals(Role.B_CONTENT, tagger.withContentAndCueBias(3).tag(new long[][] {{WORD}})[0]);
    }

    @Test
    void anotherModelsScoresCountByTheirWeight() {
        float[] weights = new float[ROLES];
        weights[Role.O.ordinal()] = 2;
        AttributionTagger tagger = new AttributionTagger(new long[] {WORD}, weights, new float[(ROLES + 1) * ROLES]);
        float[][] network = {new float[ROLES]};
        network[0][Role.B_CUE.ordinal()] = 1;
        long[][] sentence = {{WORD}};
        assertEquals(Role.O, tagger.tag(sentence, network, 1)[0], "1 x 1 does not outweigh the tagger's 2");
        assertEquals(Role.B_CUE, tagger.tag(sentence, network, 3)[0]);
        assertEquals(Role.O, tagger.tag(sentence, null, 3)[0], "no scores: the tagger alone");
    }

    @Test
    void aWrittenTaggerReadsBackTheSame() throws IOException {
        AttributionTagger tagger = insideContentEverywhere().withContentAndCueBias(0.5f);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        tagger.write(out);
        AttributionTagger read = AttributionTagger.read(new ByteArrayInputStream(out.toByteArray()));
        long[][] sentence = {{WORD}, {AttributionFeatures.hash("unseen")}, {WORD}};
        assertArrayEquals(tagger.tag(sentence), read.tag(sentence));
        assertEquals(1, read.features());
    }
}
