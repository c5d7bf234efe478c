package dev.standpoint.eval;

import dev.standpoint.analysis.model.Span;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The project's scorer ({@code ../shared/eval/score.py}) in Java: actors, stance, quotes, speaker
 * attribution and evidence of analyses against whole-article gold. Same matching, same definitions, so
 * the floor test judges the engine as the service is judged; {@link EvaluationReport} prints both.
 */
public final class EndToEndScore {

    int articles;
    int goldActors;
    int sysActors;
    int matched;
    int goldEvidence;
    int evidenceOk;
    int goldQuotes;
    int quotesFound;
    int goldAttributed;
    int attributedOk;
    int attributedByName;
    int sysQuotes;
    int sysQuotesTrue;
    final Confusion stance = new Confusion();

    void addAll(EndToEndScore o) {
        articles += o.articles;
        goldActors += o.goldActors;
        sysActors += o.sysActors;
        matched += o.matched;
        goldEvidence += o.goldEvidence;
        evidenceOk += o.evidenceOk;
        goldQuotes += o.goldQuotes;
        quotesFound += o.quotesFound;
        goldAttributed += o.goldAttributed;
        attributedOk += o.attributedOk;
        attributedByName += o.attributedByName;
        sysQuotes += o.sysQuotes;
        sysQuotesTrue += o.sysQuotesTrue;
        stance.addAll(o.stance);
    }

    /** Which system actor (index into the analysis's actors) each gold actor is matched to, as score.py matches them. */
    public static Map<Integer, Integer> matching(Gold gold, dev.standpoint.analysis.model.Analysis analysis) {
        return new EndToEndScore().add(gold, SystemView.of(analysis));
    }

    /** Scores one article's analysis; returns the gold-actor to system-actor matching. */
    Map<Integer, Integer> add(Gold gold, SystemView system) {
        articles++;
        String text = gold.text();
        List<List<Span>> goldSpans = new ArrayList<>();
        for (Gold.Actor g : gold.actors()) {
            List<Span> spans = new ArrayList<>();
            for (Gold.GoldEvidence e : g.evidence()) {
                Span s = Names.locate(text, e.text());
                if (s != null) {
                    spans.add(s);
                }
            }
            goldSpans.add(spans);
        }
        List<Integer> sources = new ArrayList<>();
        for (int i = 0; i < system.actors().size(); i++) {
            if (system.actors().get(i).evidenceCount() > 0) {
                sources.add(i);
            }
        }
        Map<Integer, Integer> gm = match(gold.actors(), goldSpans, system.actors(), sources);
        goldActors += gold.actors().size();
        sysActors += sources.size();
        matched += gm.size();
        for (int gi = 0; gi < gold.actors().size(); gi++) {
            Integer si = gm.get(gi);
            goldEvidence += goldSpans.get(gi).size();
            if (si != null) {
                stance.add(gold.actors().get(gi).stance(), system.actors().get(si).stance());
                List<Span> sysSpans = system.actors().get(si).spans();
                evidenceOk += (int) goldSpans.get(gi).stream().filter(s -> Names.covered(s, sysSpans)).count();
            }
        }
        Map<String, Integer> nameToGold = new HashMap<>();
        for (int gi = 0; gi < gold.actors().size(); gi++) {
            nameToGold.put(gold.actors().get(gi).name(), gi);
        }
        List<Span> goldQuoteSpans = new ArrayList<>();
        for (Gold.GoldQuote q : gold.quotes()) {
            Span sp = Names.locate(text, q.text());
            if (sp == null) {
                continue;
            }
            goldQuoteSpans.add(sp);
            goldQuotes++;
            List<SystemView.SysQuote> hits = system.quotes().stream()
                    .filter(sq -> Names.overlap(sp, sq.span()) >= 0.5 * sp.length()).toList();
            if (!hits.isEmpty()) {
                quotesFound++;
            }
            if (q.speaker().equals("UNKNOWN")) {
                continue;
            }
            goldAttributed++;
            Integer gi = nameToGold.get(q.speaker());
            Integer want = gi == null ? null : gm.get(gi);
            if (want != null && hits.stream().anyMatch(h -> h.actor() == want)) {
                attributedOk++;
            }
            if (gi != null && hits.stream().anyMatch(h -> h.actor() >= 0
                    && nameScore(gold.actors().get(gi), system.actors().get(h.actor())) > 0)) {
                attributedByName++;
            }
        }
        sysQuotes += system.quotes().size();
        for (SystemView.SysQuote sq : system.quotes()) {
            boolean isTrue = goldQuoteSpans.stream().anyMatch(gq -> Names.overlap(sq.span(), gq)
                    >= 0.5 * Math.min(sq.span().length(), gq.length()));
            sysQuotesTrue += isTrue ? 1 : 0;
        }
        return gm;
    }

    static double nameScore(Gold.Actor g, SystemView.SysActor s) {
        Set<String> gk = keys(concat(g.name(), g.aliases()));
        Set<String> sk = keys(s.names());
        for (String k : gk) {
            if (sk.contains(k)) {
                return 1.0;
            }
        }
        Set<String> gl = lastTokens(gk), sl = lastTokens(sk);
        if ("PERSON".equals(g.type()) && gl.stream().anyMatch(sl::contains)) {
            return 0.8;
        }
        for (String a : gk) {
            for (String b : sk) {
                if (a.length() > 3 && b.length() > 3 && (a.contains(b) || b.contains(a))) {
                    return 0.6;
                }
            }
        }
        return 0.0;
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> all = new ArrayList<>(List.of(first));
        all.addAll(rest);
        return all;
    }

    private static Set<String> keys(List<String> names) {
        Set<String> keys = new HashSet<>();
        for (String n : names) {
            String k = String.join(" ", Names.keyTokens(n));
            if (!k.isEmpty()) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static Set<String> lastTokens(Set<String> keys) {
        Set<String> out = new HashSet<>();
        keys.forEach(k -> out.add(k.substring(k.lastIndexOf(' ') + 1)));
        return out;
    }

    private record Pair(double score, int gi, int si) {
    }

    /** Greedy one-to-one matching, best pairs first; ties go as Python's reverse tuple sort sends them. */
    private static Map<Integer, Integer> match(List<Gold.Actor> gold, List<List<Span>> goldSpans,
                                               List<SystemView.SysActor> sys, List<Integer> sources) {
        List<Pair> pairs = new ArrayList<>();
        for (int gi = 0; gi < gold.size(); gi++) {
            for (int k = 0; k < sources.size(); k++) {
                SystemView.SysActor s = sys.get(sources.get(k));
                double ns = nameScore(gold.get(gi), s);
                List<Span> spans = goldSpans.get(gi);
                double ev = spans.stream().filter(sp -> Names.covered(sp, s.spans())).count()
                        / (double) Math.max(1, spans.size());
                if (ns > 0 || (ev >= 0.5 && !Names.isPronoun(s.name()))) {
                    pairs.add(new Pair(ns + ev, gi, k));
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(Pair::score).thenComparingInt(Pair::gi).thenComparingInt(Pair::si)
                .reversed());
        Map<Integer, Integer> gm = new HashMap<>();
        Set<Integer> usedSys = new HashSet<>();
        for (Pair p : pairs) {
            if (!gm.containsKey(p.gi()) && !usedSys.contains(p.si())) {
                gm.put(p.gi(), sources.get(p.si()));
                usedSys.add(p.si());
            }
        }
        return gm;
    }

    double actorPrecision() {
        return ratio(matched, sysActors);
    }

    double actorRecall() {
        return ratio(matched, goldActors);
    }

    double actorF1() {
        return f1(actorPrecision(), actorRecall());
    }

    double actorStanceF1() {
        return f1(ratio(stance.right(), sysActors), ratio(stance.right(), goldActors));
    }

    double quoteRecall() {
        return ratio(quotesFound, goldQuotes);
    }

    double quotePrecision() {
        return ratio(sysQuotesTrue, sysQuotes);
    }

    double attributionAccuracy() {
        return ratio(attributedOk, goldAttributed);
    }

    double attributionByName() {
        return ratio(attributedByName, goldAttributed);
    }

    double evidenceRecall() {
        return ratio(evidenceOk, goldEvidence);
    }

    static double ratio(int a, int b) {
        return b == 0 ? 0 : a / (double) b;
    }

    static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
