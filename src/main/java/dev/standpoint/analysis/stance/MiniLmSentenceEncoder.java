package dev.standpoint.analysis.stance;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * all-MiniLM-L6-v2 (quantised), run in process by ONNX Runtime from the model langchain4j ships inside
 * its jar: nothing is downloaded at run time. 384 dimensions, about a millisecond a sentence on one core.
 *
 * <p>The stock langchain4j model opens its ONNX session with default options, which give every call a
 * pool of threads, one per core, that spin while they wait for work. A short sentence gains almost
 * nothing from that (1.05 against 1.12 ms here) and concurrent requests then fight over the cores, so
 * this encoder runs each call on the caller's thread without spinning: a service answering two requests
 * at once on two cores gets both cores' worth of work.
 */
public final class MiniLmSentenceEncoder implements SentenceEncoder {

    private static final String MODEL = "all-minilm-l6-v2-q.onnx";
    private static final String TOKENIZER = "all-minilm-l6-v2-q-tokenizer.json";

    private final Model model;

    public MiniLmSentenceEncoder() {
        ClassLoader jar = AllMiniLmL6V2QuantizedEmbeddingModel.class.getClassLoader();
        try (InputStream onnx = jar.getResourceAsStream(MODEL); InputStream tokenizer = jar.getResourceAsStream(TOKENIZER)) {
            if (onnx == null || tokenizer == null) {
                throw new IllegalStateException("the all-MiniLM-L6-v2-q model is missing from the classpath");
            }
            OrtEnvironment environment = OrtEnvironment.getEnvironment();
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            OrtSession session = environment.createSession(onnx.readAllBytes(), options);
            // Same pooling as the stock model, so the trained classifier's weights still fit.
            this.model = new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the sentence model", e);
        }
    }

    @Override
    public float[] encode(String text) {
        return model.embed(text).content().vector();
    }

    @Override
    public int dimensions() {
        return 384;
    }

    /** langchain4j's embedding model over our own session: it handles tokenising, long texts and pooling. */
    private static final class Model extends AbstractInProcessEmbeddingModel {
        private final OnnxBertBiEncoder encoder;

        Model(OnnxBertBiEncoder encoder) {
            super(Runnable::run); // one text per call, on the caller's thread
            this.encoder = encoder;
        }

        @Override
        protected OnnxBertBiEncoder model() {
            return encoder;
        }

        @Override
        protected Integer knownDimension() {
            return 384;
        }
    }
}
