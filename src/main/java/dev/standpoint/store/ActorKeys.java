package dev.standpoint.store;

import dev.standpoint.analysis.model.Actor;

/**
 * The key that files an actor's row in timelines. A named actor ("President Alexander Lukashenko") gets its
 * normalised name, so it merges across articles. A generic or anonymous one ("critics", "a spokesman", "a senior
 * EU official") is someone else in every article, so its key carries the analysis id: `a-spokesman--{analysisId}`.
 * Names never hold "--" (ActorNameKey joins words with one dash), so the two kinds cannot collide.
 */
public final class ActorKeys {

    /** The column size of analysis_actor.name_key (V1). */
    private static final int MAX_KEY = 500;

    private ActorKeys() {
    }

    public static String of(Actor actor, String analysisId) {
        String name = ActorNameKey.of(actor.name());
        String key = name.isEmpty() ? actor.id() : name;
        if (actor.type().isGeneric(actor.name())) {
            return AnalysisStore.fit(key, MAX_KEY - 2 - analysisId.length()) + "--" + analysisId;
        }
        return AnalysisStore.fit(key, MAX_KEY);
    }
}
