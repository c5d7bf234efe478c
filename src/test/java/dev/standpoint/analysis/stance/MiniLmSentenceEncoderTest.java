package dev.standpoint.analysis.stance;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MiniLmSentenceEncoderTest {

    private static final MiniLmSentenceEncoder ENCODER = new MiniLmSentenceEncoder();
    private static final AllMiniLmL6V2QuantizedEmbeddingModel STOCK = new AllMiniLmL6V2QuantizedEmbeddingModel();

    /** The classifier was trained on langchain4j's vectors; this encoder must give exactly those. */
    @Test
    void givesTheStockModelsVectors() {
        for (String sentence : new String[] {"The union expressed deep concern about the proposed cuts to hospital staffing",
                "\u201CIt\u2019s a disgrace,\u201D she said.", "ok"}) {
            float[] ours = ENCODER.encode(sentence);
            assertEquals(384, ours.length);
            assertArrayEquals(STOCK.embed(sentence).content().vector(), ours, 1e-5f, sentence);
        }
    }

    /** The model has 512 positions; a longer text must be cut to fit, not crash ONNX Runtime. */
    @Test
    void cutsTextLongerThanTheModelReads() {
        String longText = "The council warned that the plan would cost jobs. ".repeat(200);
        float[] vector = ENCODER.encode(longText);
        assertEquals(384, vector.length);
        double norm = 0;
        for (float x : vector) {
            norm += x * x;
        }
        assertEquals(1.0, norm, 1e-4);
    }
}
