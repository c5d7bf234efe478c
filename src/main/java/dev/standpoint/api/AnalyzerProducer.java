package dev.standpoint.api;

import dev.standpoint.analysis.Analyzer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The engine is framework-free, so the one shared (thread-safe) instance is produced here. */
@ApplicationScoped
public class AnalyzerProducer {

    @Produces
    @ApplicationScoped
    Analyzer analyzer(StandpointConfig config) {
        return new Analyzer(config.engine().settings());
    }
}
