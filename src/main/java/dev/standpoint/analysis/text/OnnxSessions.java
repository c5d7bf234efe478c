package dev.standpoint.analysis.text;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * How every model of the engine is opened in ONNX Runtime: one thread, the caller's, and no spinning pool, so
 * concurrent requests use the cores side by side instead of fighting over them. Beside {@link MiniLmTokenizer},
 * in the earliest stage package any model-reading stage may use.
 */
public final class OnnxSessions {

    private OnnxSessions() {
    }

    public static OrtSession singleThreaded(OrtEnvironment environment, byte[] onnx) throws OrtException {
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setIntraOpNumThreads(1);
        options.setInterOpNumThreads(1);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        return environment.createSession(onnx, options);
    }
}
