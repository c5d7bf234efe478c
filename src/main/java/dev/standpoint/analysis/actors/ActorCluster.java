package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Mention;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One actor as the resolution stage found it: its fullest name, kind, role, and every place the text
 * refers to it (the source phrases joined to it, and each later use of its name).
 *
 * @param index the actor's number within its {@link ActorResolution}
 */
public record ActorCluster(int index, String name, ActorType type, Optional<String> role, List<Mention> mentions) {
    public ActorCluster {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(role, "role");
        mentions = List.copyOf(mentions);
    }
}
