package dev.standpoint.analysis.attribution;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.standpoint.analysis.text.OnnxSessions;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.Map;

/**
 * MiniLM fine-tuned as a token classifier over {@link Role}s on PolNeAR train (src/train; card:
 * models/attribution/MODEL_CARD.md): for each token of a sentence, the log-probability of each role, read
 * from the token's first WordPiece. The tagger adds them to its own scores, so the network brings what a
 * sentence means and the tagger's features what the rules found. int8, run in process by ONNX Runtime on
 * the caller's thread, one sentence at a time (in a padded batch the quantised activations would depend on
 * the other sentences).
 */
public final class AttributionNetwork {

    static final String MODEL = "/models/attribution/attribution-minilm.onnx";
    static final String NAME = "attribution-minilm-1";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final AttributionNetworkInput input = new AttributionNetworkInput();

    public AttributionNetwork(byte[] onnx) {
        try {
            this.session = OnnxSessions.singleThreaded(environment, onnx);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the attribution network", e);
        }
    }

    /** The shipped network. */
    public static AttributionNetwork load() {
        try (InputStream in = AttributionNetwork.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the attribution network is missing from the classpath: " + MODEL);
            }
            return new AttributionNetwork(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each token's log-probability per role ([token][role]); a token cut off scores 0 for every role. */
    public float[][] logProbabilities(Segmentation s, Sentence sentence) {
        AttributionNetworkInput.Encoded in = input.encode(s, sentence);
        float[][] logits = logits(in.ids());
        float[][] out = new float[in.firstPiece().length][Role.ALL.length];
        for (int t = 0; t < out.length; t++) {
            if (in.firstPiece()[t] >= 0) {
                logSoftmax(logits[in.firstPiece()[t]], out[t]);
            }
        }
        return out;
    }

    private float[][] logits(long[] ids) {
        long[] shape = {1, ids.length};
        long[] mask = new long[ids.length];
        Arrays.fill(mask, 1);
        long[] types = new long[ids.length];
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            return ((float[][][]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException("the attribution network failed", e);
        }
    }

    static void logSoftmax(float[] logits, float[] into) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z);
        }
        double sum = 0;
        for (float z : logits) {
            sum += Math.exp(z - max);
        }
        double log = max + Math.log(sum);
        for (int r = 0; r < logits.length; r++) {
            into[r] = (float) (logits[r] - log);
        }
    }
}
