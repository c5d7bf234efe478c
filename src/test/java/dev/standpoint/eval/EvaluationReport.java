package dev.standpoint.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.api.AnalysisResponses;
import dev.standpoint.api.AnalysisView;
import dev.standpoint.api.OffsetUnit;
import dev.standpoint.store.ArticleMetadata;
import dev.standpoint.store.StoredAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The per-stage accuracy report: {@code ./mvnw -B -q -Peval test-compile exec:java}. Scores the engine on
 * the dev set, both halves of the annotated corpus and PolNeAR dev, stage by stage; writes per-article
 * figures and the API's responses under {@code target/eval}, and, where python3 is found, scores those
 * responses with the shared scorers too, so the Java figures can be checked against them.
 *
 * <p>Arguments: none, or the shared folder (default {@code ../shared}). The engine is chosen as the service
 * chooses it: {@code -Dstandpoint.engine.mode=accurate|fast}, and per stage
 * {@code -Dstandpoint.engine.attribution=rules|tagger|tagger-and-network}, {@code -Dstandpoint.engine.stance=lexicon|lexicon-and-classifier|model}.
 */
public final class EvaluationReport {

    public static void main(String[] args) throws IOException, InterruptedException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        EngineSettings settings = EngineSettingsFromProperties.read();
        Analyzer analyzer = new Analyzer(settings);
        long started = System.nanoTime();
        Evaluation e = Evaluation.run(analyzer, shared);
        System.out.printf(Locale.ROOT, "Standpoint per-stage evaluation, engine %s (%.1f s)%n%n", settings,
                (System.nanoTime() - started) / 1e9);
        e.goldSets.forEach(EvaluationReport::printGoldSet);
        printPolnear(e);
        printSecondTargets(Evaluation.secondTargets(analyzer, shared, Path.of(Evaluation.SECOND_TARGETS)));
        Path out = Path.of("target/eval");
        Files.createDirectories(out);
        List<String> rows = new ArrayList<>(List.of("set\tarticle\tgold_actors\tsys_actors\tmatched\tstance_right"
                + "\tgold_quotes\tquotes_found\tattributed_ok\tgold_evidence\tevidence_ok"));
        e.goldSets.forEach((name, s) -> s.byArticle.forEach(r -> rows.add(name + "\t" + r)));
        Files.write(out.resolve("by-article.tsv"), rows);
        // the stance stage's probabilities given gold evidence, for calibration (src/train/calibrate_stance.py)
        List<String> judged = new ArrayList<>(List.of("set\tarticle\tactor\tgold\tapproval\tconcern\tskepticism"
                + "\tneutral"));
        e.goldSets.forEach((name, s) -> s.stanceGivenGold.rows.forEach(r -> judged.add(name + "\t" + r)));
        Files.write(out.resolve("stance-given-gold.tsv"), judged);
        StringBuilder figures = new StringBuilder();
        e.figures().forEach((k, v) -> figures.append(k).append('\t').append(String.format(Locale.ROOT, "%.3f", v)).append('\n'));
        Files.writeString(out.resolve("figures.tsv"), figures);
        System.out.println("Per-article figures: target/eval/by-article.tsv; all figures: target/eval/figures.tsv");
        crossCheckWithSharedScorers(analyzer, shared, out);
    }

    private static void printGoldSet(String name, Evaluation.GoldSetScores s) {
        EndToEndScore e = s.endToEnd;
        System.out.printf(Locale.ROOT, "== %s: %d articles, %d gold actors ==%n", name, e.articles, e.goldActors);
        System.out.printf(Locale.ROOT, "quotations (segmentation)   recall %.3f  precision %.3f%n",
                EndToEndScore.ratio(s.goldQuotesFound, s.goldQuotes), EndToEndScore.ratio(s.quotationsTrue, s.quotations));
        System.out.printf(Locale.ROOT, "actors                      F1 %.3f  (P %.3f  R %.3f)%n", e.actorF1(),
                e.actorPrecision(), e.actorRecall());
        System.out.printf(Locale.ROOT, "quotes (speech)             recall %.3f  precision %.3f%n", e.quoteRecall(),
                e.quotePrecision());
        System.out.printf(Locale.ROOT, "speaker attribution         %.3f  (by name %.3f)%n", e.attributionAccuracy(),
                e.attributionByName());
        System.out.printf(Locale.ROOT, "evidence recall             %.3f%n", e.evidenceRecall());
        System.out.printf(Locale.ROOT, "stance end to end           macro-F1 %.3f  accuracy %.3f  actor+stance F1 %.3f%n",
                e.stance.macroF1(), e.stance.accuracy(), e.actorStanceF1());
        Confusion g = s.stanceGivenGold.confusion;
        System.out.printf(Locale.ROOT, "stance given gold evidence  macro-F1 %.3f  accuracy %.3f  ECE %.3f  (n=%d)%n",
                g.macroF1(), g.accuracy(), s.stanceGivenGold.expectedCalibrationError(), g.total());
        StringBuilder labels = new StringBuilder("  per-label F1 given gold:");
        for (String l : Confusion.LABELS) {
            labels.append(String.format(Locale.ROOT, " %s %.3f", l, g.f1(l)));
        }
        System.out.println(labels);
        System.out.print(g.table());
        System.out.println("actor links by rule (links whose content is gold evidence: n, right)");
        s.links.forEach((rule, t) -> System.out.printf(Locale.ROOT, "  %-32s %5d %7.3f%n", rule, t[0],
                EndToEndScore.ratio(t[1], t[0])));
        System.out.println();
    }

    private static void printSecondTargets(Map<String, Evaluation.SecondTargetScores> sets) {
        sets.forEach((name, s) -> {
            Confusion with = s.withTarget().stanceGivenGold.confusion, without = s.givenGoldWithoutTarget().confusion;
            System.out.printf(Locale.ROOT, "== second targets, %s: %d articles, %d actors, stance toward the request's target ==%n",
                    name, s.withTarget().endToEnd.articles, with.total());
            System.out.printf(Locale.ROOT, "given gold evidence         macro-F1 %.3f  accuracy %.3f  (asked without the target: "
                    + "%.3f / %.3f)%n", with.macroF1(), with.accuracy(), without.macroF1(), without.accuracy());
            System.out.printf(Locale.ROOT, "end to end                  macro-F1 %.3f  accuracy %.3f%n",
                    s.withTarget().endToEnd.stance.macroF1(), s.withTarget().endToEnd.stance.accuracy());
        });
        if (!sets.isEmpty()) {
            System.out.println();
        }
    }

    private static void printPolnear(Evaluation e) {
        PolnearScore p = e.polnearDev;
        System.out.printf(Locale.ROOT, "== polnear-dev: %d articles, %d attributions ==%n", p.articles, p.attributions);
        System.out.printf(Locale.ROOT, "end to end                  content recall %.3f (direct quotes %.3f, the rest %.3f)"
                + "  source fit %.3f  attribution %.3f%n", p.contentRecall(), p.directQuoteRecall(), p.otherRecall(),
                p.sourceFit(), p.attribution());
        PolnearScore c = e.polnearCorpus;
        System.out.printf(Locale.ROOT, "the corpus's %d US articles (PolNeAR train, never trained on): content recall %.3f"
                + " (direct quotes %.3f, the rest %.3f)  source fit %.3f  attribution %.3f%n", c.articles, c.contentRecall(),
                c.directQuoteRecall(), c.otherRecall(), c.sourceFit(), c.attribution());
        AttributionStageScore a = e.attributionStage;
        System.out.printf(Locale.ROOT, "attribution stage alone     content recall %.3f  source fit %.3f%n",
                a.contentRecall(), a.sourceFit());
        System.out.println("attribution rules (fired; share matching a gold content; of those, share with the right source)");
        System.out.print(a.ruleTable());
        System.out.println();
    }

    /** Writes the API's responses and runs score.py and polnear.py over them, when python3 is on the PATH. */
    private static void crossCheckWithSharedScorers(Analyzer analyzer, Path shared, Path out)
            throws IOException, InterruptedException {
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
        for (String[] set : Evaluation.GOLD_SETS) {
            Path dir = Files.createDirectories(out.resolve(set[0]));
            for (Gold gold : Gold.load(shared.resolve(set[1]), shared.resolve(set[2]))) {
                json.writeValue(dir.resolve(gold.name()).toFile(), response(gold.text(), analyzer));
            }
        }
        Path pdir = Files.createDirectories(out.resolve("polnear-dev"));
        for (Polnear article : Polnear.load(shared.resolve(Evaluation.POLNEAR_DEV))) {
            json.writeValue(pdir.resolve(article.name() + ".json").toFile(), response(article.text(), analyzer));
        }
        for (String[] set : Evaluation.GOLD_SETS) {
            System.out.println("score.py on " + set[0] + ":");
            if (!python(shared, "score.py", "--gold", shared.resolve(set[1]).toString(), "--texts",
                    shared.resolve(set[2]).toString(), "--outputs", out.resolve(set[0]).toString())) {
                return;
            }
        }
        System.out.println("polnear.py on polnear-dev:");
        python(shared, "polnear.py", "score", shared.resolve(Evaluation.POLNEAR_DEV).toString(), "--outputs",
                pdir.toString());
    }

    private static boolean python(Path shared, String script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", shared.resolve("eval").resolve(script).toString()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor() == 0;
        } catch (IOException e) {
            System.out.println("  (python3 not found: the shared scorers were not run)");
            return false;
        }
    }

    /** The very response the HTTP API gives for the article with ?persist=false. */
    private static Object response(String text, Analyzer analyzer) {
        ArticleMetadata article = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text.length(), "");
        return AnalysisResponses.uncapped().of(new StoredAnalysis(Optional.empty(), Instant.now(), article, text,
                analyzer.analyze(Article.of(text))), OffsetUnit.UTF16, AnalysisView.FULL);
    }

    private EvaluationReport() {
    }
}
