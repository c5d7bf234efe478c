package dev.standpoint.api;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Quote;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Cuts the engine's analysis to standpoint.caps.actors and .quotes before it is stored (a 182 KB article of
 * short quotes had 7,000 actors and answered 4 MB). The actors kept are those with the most evidence, then the
 * most mentions, in the engine's order; the quotes kept are, in text order, those whose speaker was kept or who
 * have none, so every speakerId still names an actor of the analysis.
 */
@ApplicationScoped
public class AnalysisCaps {

    private final StandpointConfig.Caps caps;

    public AnalysisCaps(StandpointConfig config) {
        this.caps = config.caps();
    }

    Analysis apply(Analysis analysis) {
        List<Actor> actors = analysis.actors();
        if (actors.size() > caps.actors()) {
            Set<Integer> keep = new HashSet<>(IntStream.range(0, actors.size()).boxed()
                    .sorted(Comparator.<Integer>comparingInt(i -> actors.get(i).evidence().size())
                            .thenComparingInt(i -> actors.get(i).mentions().size()).reversed()
                            .thenComparingInt(i -> i))
                    .limit(caps.actors()).toList());
            List<Actor> kept = IntStream.range(0, actors.size()).filter(keep::contains).mapToObj(actors::get).toList();
            analysis = new Analysis(analysis.topic(), kept, analysis.quotes(), analysis.trace());
        }
        Set<String> speakers = new HashSet<>();
        analysis.actors().forEach(a -> speakers.add(a.id()));
        List<Quote> quotes = analysis.quotes().stream()
                .filter(q -> q.speakerId().map(speakers::contains).orElse(true))
                .limit(caps.quotes()).toList();
        return quotes.size() == analysis.quotes().size() ? analysis
                : new Analysis(analysis.topic(), analysis.actors(), quotes, analysis.trace());
    }
}
