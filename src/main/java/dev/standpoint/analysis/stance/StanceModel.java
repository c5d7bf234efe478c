package dev.standpoint.analysis.stance;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.standpoint.analysis.text.OnnxSessions;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The trained stance model (src/main/resources/models/stance, its card beside it): bge-small-en-v1.5 fine-tuned as a
 * cross-encoder over {@link StanceModelInput}, int8, run in process by ONNX Runtime on the caller's thread.
 * Gives calibrated probabilities over the four stances: its logits divided by a temperature fitted on
 * held-out folds.
 */
public final class StanceModel {

    static final String FOLDER = "/models/stance/";

    private final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final double temperature;
    private final String name;

    public StanceModel() {
        Properties card = new Properties();
        try (InputStream props = StanceModel.class.getResourceAsStream(FOLDER + "stance-model.properties")) {
            if (props == null) {
                throw new IllegalStateException("the stance model is missing from the classpath: " + FOLDER);
            }
            card.load(props);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.temperature = Double.parseDouble(card.getProperty("temperature"));
        this.name = card.getProperty("name");
        try (InputStream onnx = StanceModel.class.getResourceAsStream(FOLDER + card.getProperty("file"))) {
            if (onnx == null) {
                throw new IllegalStateException("the stance model file is missing: " + card.getProperty("file"));
            }
            this.session = OnnxSessions.singleThreaded(environment, onnx.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the stance model", e);
        }
    }

    /** The model's name and version, as provenance reports it ("stance-bge-small-1"). */
    public String name() {
        return name;
    }

    /**
     * Calibrated probabilities per input, in {@link dev.standpoint.analysis.model.Stance} order. Each input runs
     * alone: in a padded batch the int8 model's activation ranges would depend on the other inputs, and an
     * actor's stance on who else the article quotes.
     */
    public double[][] probabilities(List<StanceModelInput.Encoded> inputs) {
        double[][] p = new double[inputs.size()][];
        for (int r = 0; r < inputs.size(); r++) {
            p[r] = softmax(logits(inputs.get(r)), temperature);
        }
        return p;
    }

    /** The model's raw scores for one input. */
    float[] logits(StanceModelInput.Encoded in) {
        long[] shape = {1, in.length()};
        long[] mask = new long[in.length()];
        java.util.Arrays.fill(mask, 1);
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(in.ids()), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(in.typeIds()), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            return ((float[][]) result.get(0).getValue())[0];
        } catch (OrtException e) {
            throw new IllegalStateException("the stance model failed", e);
        }
    }

    static double[] softmax(float[] logits, double temperature) {
        double max = Double.NEGATIVE_INFINITY;
        for (float z : logits) {
            max = Math.max(max, z / temperature);
        }
        double[] p = new double[logits.length];
        double sum = 0;
        for (int c = 0; c < logits.length; c++) {
            p[c] = Math.exp(logits[c] / temperature - max);
            sum += p[c];
        }
        for (int c = 0; c < p.length; c++) {
            p[c] /= sum;
        }
        return p;
    }
}
