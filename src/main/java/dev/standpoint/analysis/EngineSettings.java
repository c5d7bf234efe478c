package dev.standpoint.analysis;

import java.util.Objects;

/**
 * Which implementation each configurable stage of the engine uses. The service maps its
 * {@code standpoint.engine.*} settings to one of these; a Spark job or a test builds one directly.
 */
public record EngineSettings(StanceStage stance) {

    /** How evidence is judged for stance. */
    public enum StanceStage {
        /** Cues and the stance lexicon: a fraction of a millisecond per article. */
        LEXICON,
        /**
         * Cues and lexicon, and for an actor none of whose evidence takes a side by them, the classifier over
         * sentence embeddings: ~1 ms per such evidence, and the model's load at start.
         */
        LEXICON_AND_CLASSIFIER
    }

    public EngineSettings {
        Objects.requireNonNull(stance, "stance");
    }

    /** A short name of the stages chosen, for the version that labels stored analyses ("lexicon"). */
    public String id() {
        return stance.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    /** Rules in every stage. */
    public static EngineSettings rules() {
        return new EngineSettings(StanceStage.LEXICON);
    }
}
