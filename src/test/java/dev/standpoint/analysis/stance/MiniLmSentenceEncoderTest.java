package dev.standpoint.analysis.stance;

import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class MiniLmSentenceEncoderTest {

    /** The classifier was trained on the stock model's vectors; the single-threaded session must give the same ones. */
    @Test
    void givesTheStockModelsVectors() {
        String sentence = "The union expressed deep concern about the proposed cuts to hospital staffing";
        float[] ours = new MiniLmSentenceEncoder().encode(sentence);
        float[] stock = new AllMiniLmL6V2QuantizedEmbeddingModel().embed(sentence).content().vector();
        assertEquals(384, ours.length);
        assertArrayEquals(stock, ours, 1e-5f);
    }
}
