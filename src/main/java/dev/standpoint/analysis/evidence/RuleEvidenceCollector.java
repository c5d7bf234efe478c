package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.actors.ActorResolution;
import dev.standpoint.analysis.actors.ResolvedAttribution;
import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.text.Segmentation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Each actor's evidence: the reported words or described reaction of every attribution with an actor,
 * then the quotations attributed to it ({@link QuoteSpeakers}). One span counts once per actor. An actor
 * is reported only when something shows its own view: a quotation, or a cue of speech or reaction; what it
 * only did ("filed a suit") is evidence beside that, never an actor on its own.
 */
public final class RuleEvidenceCollector implements EvidenceCollector {

    private final QuoteSpeakers quoteSpeakers = new QuoteSpeakers();

    /** An actor's evidence span, for the duplicate check. */
    private record ActorSpan(int actor, Span span) {
    }

    @Override
    public CollectedEvidence collect(Segmentation segmentation, ActorResolution actors) {
        String text = segmentation.text();
        List<AttributedQuote> quotes = quoteSpeakers.attribute(segmentation, actors.attributions());
        Map<Integer, List<EvidenceItem>> byActor = new TreeMap<>();
        // A set, not a scan of each list, keeps an actor with tens of thousands of quotes linear.
        Set<ActorSpan> seen = new HashSet<>();
        for (ResolvedAttribution r : actors.attributions()) {
            Attribution a = r.attribution();
            if (r.actor().isEmpty() || a.content().isEmpty()) {
                continue;
            }
            add(byActor, seen, new EvidenceItem(r.actor().getAsInt(), a.contentKind(), a.content().get(),
                    a.content().get().of(text), a.cue().form(), a.cue().prior(), a.negated(), a.provenance()));
        }
        for (AttributedQuote q : quotes) {
            if (q.actor().isPresent()) {
                Span inner = segmentation.quotations().get(q.quotation()).inner();
                add(byActor, seen, new EvidenceItem(q.actor().getAsInt(), EvidenceKind.DIRECT_QUOTE, inner,
                        inner.of(text), q.cue(), Stance.NEUTRAL, false, q.provenance()));
            }
        }
        Set<Integer> withView = new HashSet<>();
        for (ResolvedAttribution r : actors.attributions()) {
            boolean view = r.attribution().cue().kind().expressesView() || !r.attribution().quotations().isEmpty();
            if (view) {
                r.actor().ifPresent(withView::add);
            }
        }
        quotes.forEach(q -> q.actor().ifPresent(withView::add));
        byActor.keySet().retainAll(withView);
        // Actors in order of their first evidence; each actor's evidence in text order.
        List<Integer> order = new ArrayList<>(byActor.keySet());
        order.sort(Comparator.comparingInt(i -> firstStart(byActor.get(i))));
        Map<Integer, List<EvidenceItem>> ordered = new LinkedHashMap<>();
        for (int actor : order) {
            List<EvidenceItem> items = new ArrayList<>(byActor.get(actor));
            items.sort(Comparator.comparingInt(e -> e.span().start()));
            ordered.put(actor, items);
        }
        return new CollectedEvidence(ordered, quotes);
    }

    private static void add(Map<Integer, List<EvidenceItem>> byActor, Set<ActorSpan> seen, EvidenceItem item) {
        List<EvidenceItem> list = byActor.computeIfAbsent(item.actor(), k -> new ArrayList<>());
        if (seen.add(new ActorSpan(item.actor(), item.span()))) {
            list.add(item);
        }
    }

    private static int firstStart(List<EvidenceItem> items) {
        return items.stream().mapToInt(e -> e.span().start()).min().orElse(Integer.MAX_VALUE);
    }
}
