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

    @Produces
    @Singleton
    EngineSettings settings(StandpointConfig config) {
        return new EngineSettings(config.engine().stanceModel()
                ? EngineSettings.StanceStage.LEXICON_AND_CLASSIFIER : EngineSettings.StanceStage.LEXICON);
    }

    @Produces
    @ApplicationScoped
    Analyzer analyzer(EngineSettings settings) {
        return new Analyzer(settings);
    }

    /** The application's version and the stages chosen ("0.1.0/rules-lexicon"): what dedupe compares. */
    @Produces
    @Singleton
    EngineVersion engineVersion(EngineSettings settings) {
        String app = ConfigProvider.getConfig().getOptionalValue("quarkus.application.version", String.class)
                .orElse("unknown");
        return new EngineVersion(app + "/" + settings.id());
    }
}
