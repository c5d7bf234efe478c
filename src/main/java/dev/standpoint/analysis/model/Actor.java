package dev.standpoint.analysis.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A source whose view the article conveys, with every mention of it and the evidence of its stance. */
public record Actor(String id, String name, ActorType type, Optional<String> role, List<Mention> mentions,
                    ActorStance stance, Sentiment sentiment, String summary, List<Evidence> evidence) {
    public Actor {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(sentiment, "sentiment");
        Objects.requireNonNull(summary, "summary");
        mentions = List.copyOf(mentions);
        evidence = List.copyOf(evidence);
    }
}
