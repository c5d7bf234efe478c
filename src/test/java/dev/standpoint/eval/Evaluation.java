package dev.standpoint.eval;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Trace;
import dev.standpoint.analysis.text.Quotation;
import dev.standpoint.analysis.text.Segmentation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Scores an engine stage by stage against the gold in {@code ../shared}: the dev set, both halves of the
 * annotated corpus, and PolNeAR dev. Each figure has a stable name ({@code corpus-bbc.actor_f1}) that the
 * report prints and the floor test holds to a floor.
 */
final class Evaluation {

    /** The gold sets: name, gold folder, texts folder (relative to the shared folder). */
    static final List<String[]> GOLD_SETS = List.of(
            new String[] {"dev", "eval/dev/gold", "eval/dev/texts"},
            new String[] {"corpus-bbc", "corpus/gold/bbc", "corpus/bbc"},
            new String[] {"corpus-polnear", "corpus/gold/polnear", "eval/polnear/train/texts"});
    static final String POLNEAR_DEV = "eval/polnear/dev";
    static final String POLNEAR_TRAIN = "eval/polnear/train";

    /** One gold set's scores. */
    static final class GoldSetScores {
        final EndToEndScore endToEnd = new EndToEndScore();
        final StanceGivenGold stanceGivenGold = new StanceGivenGold();
        int goldQuotes;
        int goldQuotesFound;
        int quotations;
        int quotationsTrue;
        /** Per actor-link rule: links whose evidence belongs to a gold actor, and those that joined the right one. */
        final Map<String, int[]> links = new TreeMap<>();
        final List<String> byArticle = new ArrayList<>();
    }

    final Map<String, GoldSetScores> goldSets = new LinkedHashMap<>();
    final PolnearScore polnearDev = new PolnearScore();
    /** PolNeAR's measures on the corpus's US articles: PolNeAR train articles the tagger was never trained on. */
    final PolnearScore polnearCorpus = new PolnearScore();
    final AttributionStageScore attributionStage = new AttributionStageScore();

    static Evaluation run(Analyzer analyzer, Path shared) {
        if (!Files.isDirectory(shared.resolve("eval")) || !Files.isDirectory(shared.resolve("corpus"))) {
            throw new IllegalStateException("the shared gold is not at " + shared.toAbsolutePath()
                    + " (../shared beside the checkout, as CI has it)");
        }
        Evaluation e = new Evaluation();
        for (String[] set : GOLD_SETS) {
            GoldSetScores scores = new GoldSetScores();
            for (Gold gold : Gold.load(shared.resolve(set[1]), shared.resolve(set[2]))) {
                SystemView system = e.score(analyzer, gold, scores);
                if (set[0].equals("corpus-polnear")) {
                    // the corpus's US texts are PolNeAR train articles, every attribution marked: scored both ways
                    e.polnearCorpus.add(Polnear.read(shared.resolve(POLNEAR_TRAIN),
                            gold.doc().replaceFirst("\\.txt$", "")), system);
                }
            }
            e.goldSets.put(set[0], scores);
        }
        for (Polnear article : Polnear.load(shared.resolve(POLNEAR_DEV))) {
            e.polnearDev.add(article, SystemView.of(analyzer.analyze(Article.of(article.text()))));
            e.attributionStage.add(analyzer.stages(), article);
        }
        return e;
    }

    /**
     * Stance toward a target the request names (src/train/data/second-targets: corpus articles with a second
     * target, their actors labelled toward it), given the gold evidence and end to end; beside it the same
     * labels against the engine asked without the target, which shows what naming the target changes.
     */
    static final String SECOND_TARGETS = "src/train/data/second-targets";
    /** Its subfolders and the shared folder each one's texts are in. */
    static final List<String[]> SECOND_TARGET_SETS = List.of(
            new String[] {"bbc", "corpus/bbc"}, new String[] {"polnear", "eval/polnear/train/texts"});

    record SecondTargetScores(GoldSetScores withTarget, StanceGivenGold givenGoldWithoutTarget) {
    }

    static Map<String, SecondTargetScores> secondTargets(Analyzer analyzer, Path shared, Path folder) {
        Map<String, SecondTargetScores> all = new LinkedHashMap<>();
        Evaluation e = new Evaluation();
        for (String[] set : SECOND_TARGET_SETS) {
            Path dir = folder.resolve(set[0]);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            SecondTargetScores scores = new SecondTargetScores(new GoldSetScores(), new StanceGivenGold());
            for (Gold gold : Gold.load(dir, shared.resolve(set[1]))) {
                e.score(analyzer, gold, scores.withTarget());
                scores.givenGoldWithoutTarget().add(analyzer.stages(), gold.withoutTarget());
            }
            all.put(set[0], scores);
        }
        return all;
    }

    /** Scores one gold article into {@code scores}; returns the engine's answer as the scorers see it. */
    private SystemView score(Analyzer analyzer, Gold gold, GoldSetScores scores) {
        Analysis analysis = analyzer.analyze(gold.article());
        SystemView system = SystemView.of(analysis);
        EndToEndScore article = new EndToEndScore();
        Map<Integer, Integer> matching = article.add(gold, system);
        scores.endToEnd.addAll(article);
        scores.stanceGivenGold.add(analyzer.stages(), gold);
        scores.byArticle.add(String.format(Locale.ROOT, "%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%d", gold.name(),
                article.goldActors, article.sysActors, article.matched, article.stance.right(), article.goldQuotes,
                article.quotesFound, article.attributedOk, article.goldEvidence, article.evidenceOk));
        scoreQuotations(analyzer, gold, scores);
        scoreLinks(gold, analysis, matching, scores);
        return system;
    }

    /** The segmentation's quotations alone: gold quotes found, and quotations that are gold quotes. */
    private static void scoreQuotations(Analyzer analyzer, Gold gold, GoldSetScores scores) {
        Segmentation segmentation = analyzer.stages().segmenter().segment(gold.text());
        List<Span> found = segmentation.quotations().stream().map(Quotation::inner).toList();
        List<Span> goldSpans = new ArrayList<>();
        for (Gold.GoldQuote q : gold.quotes()) {
            Span sp = Names.locate(gold.text(), q.text());
            if (sp != null) {
                goldSpans.add(sp);
                scores.goldQuotes++;
                scores.goldQuotesFound += found.stream().anyMatch(f -> Names.overlap(sp, f) >= 0.5 * sp.length()) ? 1 : 0;
            }
        }
        scores.quotations += found.size();
        for (Span f : found) {
            scores.quotationsTrue += goldSpans.stream().anyMatch(g -> Names.overlap(f, g)
                    >= 0.5 * Math.min(f.length(), g.length())) ? 1 : 0;
        }
    }

    /** Each actor link whose content is a gold actor's evidence: right when it joined the actor matched to that gold actor. */
    private static void scoreLinks(Gold gold, Analysis analysis, Map<Integer, Integer> matching, GoldSetScores scores) {
        Map<String, Integer> indexById = new HashMap<>();
        List<Actor> actors = analysis.actors();
        for (int i = 0; i < actors.size(); i++) {
            indexById.put(actors.get(i).id(), i);
        }
        for (Trace.AttributionTrace t : analysis.trace().attributions()) {
            if (t.content().isEmpty() || t.actorId().isEmpty()) {
                continue;
            }
            Span content = t.content().get();
            int owner = -1;
            for (int gi = 0; gi < gold.actors().size() && owner < 0; gi++) {
                for (Gold.GoldEvidence ev : gold.actors().get(gi).evidence()) {
                    Span g = Names.locate(gold.text(), ev.text());
                    if (g != null && (Names.covered(g, List.of(content)) || Names.covered(content, List.of(g)))) {
                        owner = gi;
                        break;
                    }
                }
            }
            if (owner < 0) {
                continue;
            }
            int[] tally = scores.links.computeIfAbsent(t.linked().decidedBy(), k -> new int[2]);
            tally[0]++;
            Integer want = matching.get(owner);
            tally[1] += want != null && want.equals(indexById.get(t.actorId().get())) ? 1 : 0;
        }
    }

    /** Every headline figure by its stable name. */
    Map<String, Double> figures() {
        Map<String, Double> f = new LinkedHashMap<>();
        goldSets.forEach((name, s) -> {
            EndToEndScore e = s.endToEnd;
            f.put(name + ".actor_f1", e.actorF1());
            f.put(name + ".actor_precision", e.actorPrecision());
            f.put(name + ".actor_recall", e.actorRecall());
            f.put(name + ".stance_accuracy", e.stance.accuracy());
            f.put(name + ".stance_macro_f1", e.stance.macroF1());
            f.put(name + ".actor_stance_f1", e.actorStanceF1());
            f.put(name + ".quote_recall", e.quoteRecall());
            f.put(name + ".quote_precision", e.quotePrecision());
            f.put(name + ".attribution_accuracy", e.attributionAccuracy());
            f.put(name + ".attribution_by_name", e.attributionByName());
            f.put(name + ".evidence_recall", e.evidenceRecall());
            f.put(name + ".quotation_recall", EndToEndScore.ratio(s.goldQuotesFound, s.goldQuotes));
            f.put(name + ".quotation_precision", EndToEndScore.ratio(s.quotationsTrue, s.quotations));
            f.put(name + ".stance_given_gold_accuracy", s.stanceGivenGold.confusion.accuracy());
            f.put(name + ".stance_given_gold_macro_f1", s.stanceGivenGold.confusion.macroF1());
            f.put(name + ".stance_given_gold_ece", s.stanceGivenGold.expectedCalibrationError());
        });
        f.put("polnear-dev.content_recall", polnearDev.contentRecall());
        f.put("polnear-dev.content_recall_direct", polnearDev.directQuoteRecall());
        f.put("polnear-dev.content_recall_other", polnearDev.otherRecall());
        f.put("polnear-dev.source_fit", polnearDev.sourceFit());
        f.put("polnear-dev.attribution", polnearDev.attribution());
        f.put("polnear-corpus.content_recall", polnearCorpus.contentRecall());
        f.put("polnear-corpus.source_fit", polnearCorpus.sourceFit());
        f.put("polnear-corpus.attribution", polnearCorpus.attribution());
        f.put("polnear-dev.stage_content_recall", attributionStage.contentRecall());
        f.put("polnear-dev.stage_source_fit", attributionStage.sourceFit());
        return f;
    }
}
