package dev.standpoint.spark;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;

import java.util.EnumMap;
import java.util.Map;

/**
 * One engine per executor JVM and mode, built on first use inside a task and shared by every task of that JVM (the
 * analyzer is thread-safe, the service shares one across its threads). The accurate engine's models (the attribution
 * tagger, the ONNX stance model) load once per executor, not once per partition or article.
 */
public final class Engines {

    private static final Map<EngineSettings.Mode, Analyzer> ENGINES = new EnumMap<>(EngineSettings.Mode.class);

    private Engines() {
    }

    public static synchronized Analyzer get(EngineSettings.Mode mode) {
        return ENGINES.computeIfAbsent(mode, m -> new Analyzer(EngineSettings.of(m)));
    }
}
