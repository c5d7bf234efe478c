package dev.standpoint.analysis.model;

import java.util.List;
import java.util.Objects;

/**
 * The engine's answer for one article.
 *
 * @param trace which rule or model decided what; {@link Trace#NONE} once stored (a stored document has none)
 */
public record Analysis(Topic topic, List<Actor> actors, List<Quote> quotes, Trace trace) {
    public Analysis {
        Objects.requireNonNull(topic, "topic");
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        trace = trace == null ? Trace.NONE : trace;
    }

    public Analysis(Topic topic, List<Actor> actors, List<Quote> quotes) {
        this(topic, actors, quotes, Trace.NONE);
    }

    /** The same analysis without its debug trace, as it is stored. */
    public Analysis withoutTrace() {
        return new Analysis(topic, actors, quotes, Trace.NONE);
    }
}
