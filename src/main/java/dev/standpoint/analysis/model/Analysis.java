package dev.standpoint.analysis.model;

import java.util.List;
import java.util.Objects;

/** The engine's answer for one article. */
public record Analysis(Topic topic, List<Actor> actors, List<Quote> quotes) {
    public Analysis {
        Objects.requireNonNull(topic, "topic");
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
    }
}
