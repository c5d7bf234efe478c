package dev.standpoint.analysis;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Which implementation each configurable stage of the engine uses. The service maps its
 * {@code standpoint.engine.*} settings to one of these; a Spark job or a test builds one directly.
 */
public record EngineSettings(AttributionStage attribution, StanceStage stance) {

    /** How attributions (who said what) are found. */
    public enum AttributionStage {
        /** The named rule patterns of news copy: fast, precise, blind to what its patterns do not name. */
        RULES,
        /** Rules, then the tagger trained on PolNeAR over the rules' findings and the words (models/attribution). */
        TAGGER,
        /**
         * As {@link #TAGGER}, the tagger's scores joined by those of MiniLM fine-tuned on PolNeAR to tag roles
         * (models/attribution): reads what a sentence means where the tagger has only its words' features.
         */
        TAGGER_AND_NETWORK
    }

    /** How evidence is judged for stance. */
    public enum StanceStage {
        /** Cues and the stance lexicon: a fraction of a millisecond per article. */
        LEXICON,
        /**
         * Cues and lexicon, and for an actor none of whose evidence takes a side by them, the classifier over
         * sentence embeddings: ~1 ms per such evidence, and the model's load at start.
         */
        LEXICON_AND_CLASSIFIER,
        /** The trained cross-encoder reads each actor's evidence in the article's context (models/stance). */
        MODEL
    }

    /** The two engines the service offers ({@code standpoint.engine.mode}). */
    public enum Mode {
        /** Rules in every stage: a fraction of a millisecond per article, fitted to the dev set. */
        FAST,
        /** The trained stages: the attribution tagger and network, the stance model; better on news never seen. */
        ACCURATE
    }

    public EngineSettings {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(stance, "stance");
    }

    /** Rule attribution with the given stance stage. */
    public EngineSettings(StanceStage stance) {
        this(AttributionStage.RULES, stance);
    }

    /** A short name of the stages chosen, for the version that labels stored analyses ("rules-lexicon", "tagger-and-network-model"). */
    public String id() {
        return (attribution.name() + "-" + stance.name()).toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The stages of a mode. */
    public static EngineSettings of(Mode mode) {
        return mode == Mode.FAST ? rules() : trained();
    }

    /** These stages with either one replaced where an override is given. */
    public EngineSettings overriddenBy(Optional<AttributionStage> attributionOverride, Optional<StanceStage> stanceOverride) {
        return new EngineSettings(attributionOverride.orElse(attribution), stanceOverride.orElse(stance));
    }

    /** Rules in every stage: the fast engine. */
    public static EngineSettings rules() {
        return new EngineSettings(AttributionStage.RULES, StanceStage.LEXICON);
    }

    /** The trained stages: the accurate engine. */
    public static EngineSettings trained() {
        return new EngineSettings(AttributionStage.TAGGER_AND_NETWORK, StanceStage.MODEL);
    }
}
