package dev.standpoint.analysis.stance;

import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised), run in process by ONNX Runtime from the model langchain4j ships inside
 * its jar: nothing is downloaded at run time. 384 dimensions, a few milliseconds a sentence on one core.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    private final EmbeddingModel model = new AllMiniLmL6V2QuantizedEmbeddingModel();

    @Override
    public float[] encode(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public int dimensions() {
        return 384;
    }
}
