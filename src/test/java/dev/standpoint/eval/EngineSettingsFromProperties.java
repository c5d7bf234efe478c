package dev.standpoint.eval;

import dev.standpoint.analysis.EngineSettings;

import java.util.Locale;

/** The engine the evaluation scores, chosen with the same names the service's settings use. */
final class EngineSettingsFromProperties {

    private EngineSettingsFromProperties() {
    }

    /** {@code standpoint.engine.mode} (default accurate, as in the service), then the per-stage overrides. */
    static EngineSettings read() {
        EngineSettings base = EngineSettings.of(EngineSettings.Mode.valueOf(name("standpoint.engine.mode", "accurate")));
        String attribution = name("standpoint.engine.attribution", base.attribution().name());
        String stance = name("standpoint.engine.stance", base.stance().name());
        return new EngineSettings(EngineSettings.AttributionStage.valueOf(attribution),
                EngineSettings.StanceStage.valueOf(stance));
    }

    private static String name(String property, String fallback) {
        return System.getProperty(property, fallback).toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
