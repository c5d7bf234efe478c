package dev.standpoint.eval;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.text.Segmentation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The attribution stage alone, against PolNeAR: segmentation, noun phrases and attributions only, before
 * any actor resolution. An attribution covers a gold content when its content or a quotation it governs
 * covers half of it (polnear.py's definition); its source fits when the source phrase overlaps the gold
 * source or shares a non-title word with it. Per rule: how often it fires and how often it is right.
 */
final class AttributionStageScore {

    /** Per rule: attributions found, found ones that match a gold content, and of those, the source right. */
    static final class RuleTally {
        int fired;
        int matchedContent;
        int sourceRight;
    }

    int attributions;
    int covered;
    int coveredWithSource;
    int sourceFits;
    final Map<String, RuleTally> byRule = new TreeMap<>();

    void add(Analyzer.Stages stages, Polnear article) {
        String text = article.text();
        Segmentation segmentation = stages.segmenter().segment(text);
        List<Attribution> found = stages.attributions().find(segmentation, NounPhrases.read(segmentation, stages.sourceWords()));
        List<List<Span>> spans = new ArrayList<>();
        for (Attribution a : found) {
            List<Span> s = new ArrayList<>();
            a.content().ifPresent(s::add);
            a.quotations().forEach(q -> s.add(segmentation.quotations().get(q).inner()));
            spans.add(s);
        }
        Set<Integer> matchedAttributions = new HashSet<>();
        Set<Integer> sourceRightAttributions = new HashSet<>();
        for (Polnear.GoldAttribution g : article.attributions()) {
            attributions++;
            boolean anyCover = false, anyFit = false;
            for (int i = 0; i < found.size(); i++) {
                if (!covers(spans.get(i), g)) {
                    continue;
                }
                anyCover = true;
                matchedAttributions.add(i);
                if (!g.source().isEmpty() && sourceFits(text, found.get(i), g.source())) {
                    anyFit = true;
                    sourceRightAttributions.add(i);
                }
            }
            covered += anyCover ? 1 : 0;
            if (anyCover && !g.source().isEmpty()) {
                coveredWithSource++;
                sourceFits += anyFit ? 1 : 0;
            }
        }
        for (int i = 0; i < found.size(); i++) {
            RuleTally t = byRule.computeIfAbsent(found.get(i).provenance().decidedBy(), k -> new RuleTally());
            t.fired++;
            t.matchedContent += matchedAttributions.contains(i) ? 1 : 0;
            t.sourceRight += sourceRightAttributions.contains(i) ? 1 : 0;
        }
    }

    private static boolean covers(List<Span> spans, Polnear.GoldAttribution g) {
        int total = g.contentLength();
        return spans.stream().anyMatch(e -> g.content().stream().mapToInt(c -> Names.overlap(c, e)).sum() >= 0.5 * total);
    }

    private static boolean sourceFits(String text, Attribution a, List<Span> source) {
        Span phrase = a.source().span();
        if (source.stream().anyMatch(s -> Names.overlap(s, phrase) > 0)) {
            return true;
        }
        Set<String> want = new HashSet<>();
        source.forEach(s -> want.addAll(Names.keyTokens(s.of(text))));
        return Names.keyTokens(a.source().name()).stream().anyMatch(want::contains);
    }

    double contentRecall() {
        return EndToEndScore.ratio(covered, attributions);
    }

    double sourceFit() {
        return EndToEndScore.ratio(sourceFits, coveredWithSource);
    }

    String ruleTable() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %-28s %7s %9s %9s%n", "rule", "fired",
                "content", "source"));
        byRule.forEach((rule, t) -> out.append(String.format(Locale.ROOT, "  %-28s %7d %9.3f %9.3f%n", rule, t.fired,
                EndToEndScore.ratio(t.matchedContent, t.fired), EndToEndScore.ratio(t.sourceRight, t.matchedContent))));
        return out.toString();
    }
}
