package dev.standpoint.eval;

import dev.standpoint.analysis.EngineSettings;

import java.util.Locale;

/** The engine the evaluation scores, chosen with the same names the service's settings use. */
final class EngineSettingsFromProperties {

    private EngineSettingsFromProperties() {
    }

    static EngineSettings read() {
        String stance = System.getProperty("standpoint.engine.stance", "lexicon").toUpperCase(Locale.ROOT).replace('-', '_');
        String attribution = System.getProperty("standpoint.engine.attribution", "rules").toUpperCase(Locale.ROOT)
                .replace('-', '_');
        return new EngineSettings(EngineSettings.AttributionStage.valueOf(attribution),
                EngineSettings.StanceStage.valueOf(stance));
    }
}
