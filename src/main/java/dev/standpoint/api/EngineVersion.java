package dev.standpoint.api;

/**
 * Which engine made an analysis: the application version and {@code EngineSettings.id()}. A text stored by the
 * same engine is not analysed again (dedupe); after an upgrade or another choice of stages it is.
 */
public record EngineVersion(String label) {
    public EngineVersion {
        if (label == null || label.isBlank() || label.length() > 100) {
            throw new IllegalArgumentException("engine version must be 1 to 100 characters: " + label);
        }
    }
}
