package dev.standpoint.analysis.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which rule or model decided each attribution, actor link, quote speaker and stance of an analysis: the
 * opt-in debug view ({@code ?debug=true}). Never stored.
 */
public record Trace(List<AttributionTrace> attributions, List<QuoteTrace> quotes, List<StanceTrace> stances) {

    public static final Trace NONE = new Trace(List.of(), List.of(), List.of());

    public Trace {
        attributions = List.copyOf(attributions);
        quotes = List.copyOf(quotes);
        stances = List.copyOf(stances);
    }

    /**
     * One attribution: its cue, source and content in the text, the actor its source joined (absent when a
     * pronoun found nobody, or the actor had no evidence to report), who found it and who linked it.
     */
    public record AttributionTrace(Span cue, Span source, Optional<Span> content, EvidenceKind kind,
                                   Optional<String> actorId, Provenance found, Provenance linked) {
        public AttributionTrace {
            Objects.requireNonNull(cue, "cue");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(content, "content");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(found, "found");
            Objects.requireNonNull(linked, "linked");
        }
    }

    /** One quotation judged to be speech and what gave it its speaker (or none). */
    public record QuoteTrace(Span quote, Optional<String> speakerId, Provenance attributed) {
        public QuoteTrace {
            Objects.requireNonNull(quote, "quote");
            Objects.requireNonNull(speakerId, "speakerId");
            Objects.requireNonNull(attributed, "attributed");
        }
    }

    /** What decided one actor's stance. */
    public record StanceTrace(String actorId, Provenance decided) {
        public StanceTrace {
            Objects.requireNonNull(actorId, "actorId");
            Objects.requireNonNull(decided, "decided");
        }
    }
}
