package dev.standpoint.analysis.evidence;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage 5's answer: each actor's evidence (actors in order of their first evidence, each actor's evidence
 * in text order), and every quotation that is speech with its speaker.
 */
public record CollectedEvidence(Map<Integer, List<EvidenceItem>> byActor, List<AttributedQuote> quotes) {
    public CollectedEvidence {
        Map<Integer, List<EvidenceItem>> copy = new LinkedHashMap<>();
        byActor.forEach((actor, items) -> copy.put(actor, List.copyOf(items)));
        byActor = Collections.unmodifiableMap(copy);
        quotes = List.copyOf(quotes);
    }
}
