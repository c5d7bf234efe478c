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
import java.util.HashMap;
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

    /** ", the senior adviser to the campaign said,": a source and cue between commas stay short. */
    private static final int MAX_CUE_BETWEEN_CHARS = 80;

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
        Map<ResolvedAttribution, Span> joined = new HashMap<>();
        Set<ResolvedAttribution> joinedToAnother = new HashSet<>();
        joinAroundTheirCue(text, actors.attributions(), joined, joinedToAnother);
        for (ResolvedAttribution r : actors.attributions()) {
            Attribution a = r.attribution();
            if (r.actor().isEmpty() || a.content().isEmpty() || joinedToAnother.contains(r)) {
                continue;
            }
            Span content = joined.getOrDefault(r, a.content().get());
            add(byActor, seen, new EvidenceItem(r.actor().getAsInt(), a.contentKind(), content,
                    content.of(text), a.cue().form(), a.cue().prior(), a.negated(), a.provenance()));
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

    /**
     * "If it's just a small number of delegates at stake, the campaign said, it may not bother taking that step":
     * the reported words on both sides of a cue set off by commas are one content, as an annotator marks it
     * (each part alone is under half of it). The first part's attribution gets the whole span in {@code joined}, the
     * second goes into {@code joinedToAnother}, to be left out.
     */
    private static void joinAroundTheirCue(String text, List<ResolvedAttribution> attributions,
                                           Map<ResolvedAttribution, Span> joined,
                                           Set<ResolvedAttribution> joinedToAnother) {
        // pairs only within one cue's attributions, so that an article of thousands of cues stays linear
        Map<Span, List<ResolvedAttribution>> byCue = new HashMap<>();
        attributions.forEach(r -> byCue.computeIfAbsent(r.attribution().cueSpan(), k -> new ArrayList<>()).add(r));
        for (List<ResolvedAttribution> ofOneCue : byCue.values()) {
            for (ResolvedAttribution first : ofOneCue) {
                for (ResolvedAttribution second : ofOneCue) {
                    boolean free = !joined.containsKey(first) && !joinedToAnother.contains(first)
                            && !joined.containsKey(second) && !joinedToAnother.contains(second);
                    if (first != second && free && aroundOneCue(text, first, second)) {
                        Span a = first.attribution().content().get(), b = second.attribution().content().get();
                        joined.put(first, new Span(a.start(), b.end()));
                        joinedToAnother.add(second);
                    }
                }
            }
        }
    }

    /** Whether {@code first}'s content ends at ", SOURCE CUE," and {@code second}'s, of the same cue and actor, follows it. */
    private static boolean aroundOneCue(String text, ResolvedAttribution first, ResolvedAttribution second) {
        Attribution a = first.attribution(), b = second.attribution();
        // one sentence: "Mr." between the commas is no sentence's end
        if (first.actor().isEmpty() || !first.actor().equals(second.actor()) || !a.cueSpan().equals(b.cueSpan())
                || a.sentence() != b.sentence()
                || a.contentKind() != EvidenceKind.REPORTED || b.contentKind() != EvidenceKind.REPORTED
                || a.content().isEmpty() || b.content().isEmpty()) {
            return false;
        }
        Span before = a.content().get(), after = b.content().get();
        Span source = a.source().span(), cue = a.cueSpan();
        // the source and its cue stand between the two parts, in either order ("said the campaign")
        if (before.end() > Math.min(source.start(), cue.start()) || after.start() < Math.max(source.end(), cue.end())) {
            return false;
        }
        String between = text.substring(before.end(), after.start()).strip();
        return between.length() <= MAX_CUE_BETWEEN_CHARS && between.startsWith(",") && between.endsWith(",")
                && between.chars().noneMatch(c -> c == ';' || c == '"' || c == '\u201c' || c == '\u201d');
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
