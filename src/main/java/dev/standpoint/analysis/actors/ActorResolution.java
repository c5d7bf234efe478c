package dev.standpoint.analysis.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Stage 4's answer: the actors, and every attribution with the actor it belongs to, in text order. */
public record ActorResolution(List<ActorCluster> actors, List<ResolvedAttribution> attributions) {
    public ActorResolution {
        actors = List.copyOf(actors);
        attributions = List.copyOf(attributions);
    }

    /** The actors by their index. */
    public Map<Integer, ActorCluster> byIndex() {
        Map<Integer, ActorCluster> map = new HashMap<>();
        for (ActorCluster a : actors) {
            map.put(a.index(), a);
        }
        return map;
    }
}
