package dev.standpoint.eval;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Span;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** An analysis as the shared scorers read a response: each actor's names, stance and evidence spans; quotes. */
record SystemView(List<SysActor> actors, List<SysQuote> quotes) {

    record SysActor(String name, List<String> names, String stance, String type, List<Span> spans,
                    List<Span> mentionSpans, int evidenceCount) {
    }

    /** @param actor index into {@code actors}, or -1 without a speaker */
    record SysQuote(Span span, int actor) {
    }

    static SystemView of(Analysis analysis) {
        List<SysActor> actors = new ArrayList<>();
        Map<String, Integer> byId = new HashMap<>();
        for (Actor a : analysis.actors()) {
            byId.put(a.id(), actors.size());
            List<String> names = new ArrayList<>(List.of(a.name()));
            a.mentions().stream().map(Mention::text).forEach(names::add);
            actors.add(new SysActor(a.name(), names, a.stance().label().name().toLowerCase(Locale.ROOT), a.type().name(),
                    a.evidence().stream().map(Evidence::span).toList(), a.mentions().stream().map(Mention::span).toList(),
                    a.evidence().size()));
        }
        List<SysQuote> quotes = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            quotes.add(new SysQuote(q.span(), q.speakerId().map(id -> byId.getOrDefault(id, -1)).orElse(-1)));
        }
        return new SystemView(actors, quotes);
    }
}
