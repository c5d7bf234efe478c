package dev.standpoint.eval;

import dev.standpoint.analysis.EngineSettings;

import java.util.Locale;
import java.util.Optional;

/** The engine the evaluation scores, chosen with the same names the service's settings use. */
final class EngineSettingsFromProperties {

    private EngineSettingsFromProperties() {
    }

    /** {@code standpoint.engine.mode} (default accurate, as in the service), then the per-stage overrides. */
    static EngineSettings read() {
        return EngineSettings.of(EngineSettings.Mode.valueOf(name("standpoint.engine.mode").orElse("ACCURATE")))
                .overriddenBy(name("standpoint.engine.attribution").map(EngineSettings.AttributionStage::valueOf),
                        name("standpoint.engine.stance").map(EngineSettings.StanceStage::valueOf));
    }

    private static Optional<String> name(String property) {
        return Optional.ofNullable(System.getProperty(property)).map(v -> v.toUpperCase(Locale.ROOT).replace('-', '_'));
    }
}
