package dev.standpoint.eval;

import dev.standpoint.analysis.model.Span;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PolNeAR's attribution scorer ({@code ../shared/eval/polnear.py}) in Java, with content recall split by
 * kind: direct quotes (content inside quotation marks) and the rest (reported speech, beliefs, intentions).
 */
public final class PolnearScore {

    int articles;
    int attributions;
    int withSource;
    int covered;
    int coveredWithSource;
    int fit;
    int directQuotes;
    int directCovered;

    public void addAll(PolnearScore o) {
        articles += o.articles;
        attributions += o.attributions;
        withSource += o.withSource;
        covered += o.covered;
        coveredWithSource += o.coveredWithSource;
        fit += o.fit;
        directQuotes += o.directQuotes;
        directCovered += o.directCovered;
    }

    public void add(Polnear article, dev.standpoint.analysis.model.Analysis analysis) {
        add(article, SystemView.of(analysis));
    }

    void add(Polnear article, SystemView system) {
        articles++;
        String text = article.text();
        for (Polnear.GoldAttribution a : article.attributions()) {
            attributions++;
            boolean hasSource = !a.source().isEmpty();
            withSource += hasSource ? 1 : 0;
            int total = a.contentLength();
            List<SystemView.SysActor> owners = system.actors().stream()
                    .filter(s -> s.spans().stream().anyMatch(e -> a.content().stream()
                            .mapToInt(c -> Names.overlap(c, e)).sum() >= 0.5 * total))
                    .toList();
            boolean direct = isDirectQuote(text, a.content());
            directQuotes += direct ? 1 : 0;
            if (!owners.isEmpty()) {
                covered++;
                directCovered += direct ? 1 : 0;
                if (hasSource) {
                    coveredWithSource++;
                    fit += owners.stream().anyMatch(o -> fits(text, o, a.source())) ? 1 : 0;
                }
            }
        }
    }

    /** polnear.py's fits: the actor's name shares a non-title token with the source, or a mention overlaps it. */
    static boolean fits(String text, SystemView.SysActor actor, List<Span> source) {
        Set<String> sourceTokens = new HashSet<>(Names.keyTokens(
                source.stream().map(s -> s.of(text)).collect(Collectors.joining(" "))));
        for (String n : actor.names()) {
            if (!n.isEmpty() && Names.keyTokens(n).stream().anyMatch(sourceTokens::contains)) {
                return true;
            }
        }
        return actor.mentionSpans().stream().anyMatch(m -> source.stream().anyMatch(s -> Names.overlap(m, s) > 0));
    }

    /** A content is a direct quote when a quotation mark opens it or stands just before it. */
    static boolean isDirectQuote(String text, List<Span> content) {
        int start = content.get(0).start();
        String first = text.substring(start, Math.min(text.length(), start + 1));
        String before = start > 0 ? text.substring(start - 1, start) : "";
        return "\"\u201C\u2018".contains(first) && !first.isEmpty() || !before.isEmpty() && "\"\u201C\u2018".contains(before);
    }

    public double contentRecall() {
        return EndToEndScore.ratio(covered, attributions);
    }

    public double sourceFit() {
        return EndToEndScore.ratio(fit, coveredWithSource);
    }

    public double attribution() {
        return EndToEndScore.ratio(fit, withSource);
    }

    public double directQuoteRecall() {
        return EndToEndScore.ratio(directCovered, directQuotes);
    }

    public double otherRecall() {
        return EndToEndScore.ratio(covered - directCovered, attributions - directQuotes);
    }
}
