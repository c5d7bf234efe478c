package dev.standpoint.analysis.stance;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * The trained stance model (src/main/resources/models/stance, its card beside it): MiniLM fine-tuned as a
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
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            options.setInterOpNumThreads(1);
            options.addConfigEntry("session.intra_op.allow_spinning", "0");
            this.session = environment.createSession(onnx.readAllBytes(), options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException("ONNX Runtime could not open the stance model", e);
        }
    }

    /** The model's name and version, as provenance reports it ("stance-minilm-1"). */
    public String name() {
        return name;
    }

    /** Calibrated probabilities per input, in {@link dev.standpoint.analysis.model.Stance} order. */
    public double[][] probabilities(List<StanceModelInput.Encoded> inputs) {
        if (inputs.isEmpty()) {
            return new double[0][];
        }
        int n = inputs.size();
        int width = inputs.stream().mapToInt(StanceModelInput.Encoded::length).max().orElse(0);
        long[] ids = new long[n * width];
        long[] mask = new long[n * width];
        long[] types = new long[n * width];
        for (int r = 0; r < n; r++) {
            StanceModelInput.Encoded in = inputs.get(r);
            for (int t = 0; t < in.length(); t++) {
                ids[r * width + t] = in.ids()[t];
                types[r * width + t] = in.typeIds()[t];
                mask[r * width + t] = 1;
            }
        }
        long[] shape = {n, width};
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, LongBuffer.wrap(types), shape);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            float[][] logits = (float[][]) result.get(0).getValue();
            double[][] p = new double[n][];
            for (int r = 0; r < n; r++) {
                p[r] = softmax(logits[r], temperature);
            }
            return p;
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
