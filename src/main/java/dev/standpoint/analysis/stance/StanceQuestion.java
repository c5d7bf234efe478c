package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.actors.ActorCluster;
import dev.standpoint.analysis.evidence.EvidenceItem;
import dev.standpoint.analysis.model.Topic;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the stance stage is asked: the article, its topic (or the caller's target) and lead, and each actor
 * with its evidence. The engine builds it from the stages before; the evaluation builds it from gold actors
 * and gold evidence, so a stance model is scored apart from upstream errors.
 *
 * @param lead     the article's first paragraph after the headline, empty when there is none
 * @param evidence each actor's evidence by actor index, actors in the order they are reported
 */
public record StanceQuestion(String text, Topic topic, String lead, Optional<String> target,
                             Map<Integer, ActorCluster> actors, Map<Integer, List<EvidenceItem>> evidence) {
    public StanceQuestion {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(lead, "lead");
        Objects.requireNonNull(target, "target");
        actors = Map.copyOf(actors);
        Map<Integer, List<EvidenceItem>> copy = new LinkedHashMap<>();
        for (Map.Entry<Integer, List<EvidenceItem>> e : evidence.entrySet()) {
            if (!actors.containsKey(e.getKey())) {
                throw new IllegalArgumentException("evidence for an unknown actor " + e.getKey());
            }
            copy.put(e.getKey(), List.copyOf(e.getValue()));
        }
        evidence = Collections.unmodifiableMap(copy);
    }
}
