package dev.standpoint.analysis.text;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The WordPiece tokenizer of all-MiniLM-L6-v2, which langchain4j ships inside its jar: every model of the
 * engine (the stance model, the attribution network, the sentence encoder) reads its ids.
 */
public final class MiniLmTokenizer {

    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private MiniLmTokenizer() {
    }

    /** A fresh tokenizer with the given options (DJL's: "padding", "truncation", "maxLength"). */
    public static HuggingFaceTokenizer open(Map<String, String> options) {
        ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream vocabulary = jar.getResourceAsStream(TOKENIZER)) {
            if (vocabulary == null) {
                throw new IllegalStateException("the all-MiniLM-L6-v2 tokenizer is missing from the classpath");
            }
            return HuggingFaceTokenizer.newInstance(vocabulary, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
