package dev.standpoint.api;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.ConfigProvider;

/** The engine is framework-free, so the one shared (thread-safe) instance is produced here (records: @Singleton). */
@ApplicationScoped
public class AnalyzerProducer {

    /** The stages of standpoint.engine.mode, with any per-stage override. */
    @Produces
    @Singleton
    EngineSettings settings(StandpointConfig config) {
        return config.engine().settings();
    }

    @Produces
    @ApplicationScoped
    Analyzer analyzer(EngineSettings settings) {
        return new Analyzer(settings);
    }

    /**
     * The application's version, the stages chosen and the trained models that run
     * ("0.1.0/tagger-and-network-model/attribution-tagger-1+attribution-minilm-1/stance-bge-small-1"): what dedupe
     * compares, so a text stored by another model is analysed again.
     */
    @Produces
    @Singleton
    EngineVersion engineVersion(EngineSettings settings, Analyzer analyzer) {
        String app = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .orElse("unknown");
        StringBuilder version = new StringBuilder(app).append('/').append(settings.id());
        analyzer.modelNames().forEach(m -> version.append('/').append(m));
        return new EngineVersion(version.toString());
    }
}
