package dev.standpoint.analysis;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;

import java.util.List;

/**
 * Engines the stage tests share, loaded once per test JVM rather than once per test class: the rules alone, and
 * the accurate engine's attribution (tagger and network, whose model files take seconds to load) with the lexicon.
 */
public final class TestEngines {

    public static final Analyzer RULES = new Analyzer(EngineSettings.rules());
    public static final Analyzer TAGGER_AND_NETWORK = new Analyzer(new EngineSettings(
            EngineSettings.AttributionStage.TAGGER_AND_NETWORK, EngineSettings.StanceStage.LEXICON));

    private TestEngines() {
    }

    /** The names of the actors the engine finds in the text, in its order. */
    public static List<String> actorNames(Analyzer engine, String text) {
        return engine.analyze(Article.of(text)).actors().stream().map(Actor::name).toList();
    }
}
