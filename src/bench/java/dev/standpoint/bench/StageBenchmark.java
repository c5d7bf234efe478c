package dev.standpoint.bench;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.actors.ActorResolution;
import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.evidence.CollectedEvidence;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.stance.ActorJudgement;
import dev.standpoint.analysis.stance.StanceQuestion;
import dev.standpoint.analysis.text.Segmentation;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What each stage costs on the 4 KB article, one thread: every stage runs on the previous stages' output,
 * computed once in setup, so a score is that stage alone. The stages' sum is close to
 * {@link EngineBenchmark#fourKbArticleLatency}; the difference is the report (numbering, summaries).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Threads(1)
public class StageBenchmark {

    @State(Scope.Benchmark)
    public static class Upstream {
        @Param({"FAST", "ACCURATE"})
        public EngineSettings.Mode mode;
        /** The mode's own attribution stage, or one of {@link EngineSettings.AttributionStage} to compare stages. */
        @Param({"DEFAULT"})
        public String attribution;

        Analyzer.Stages stages;
        String text;
        Article article;
        Segmentation segmentation;
        NounPhrases phrases;
        List<Attribution> attributions;
        ActorResolution actors;
        CollectedEvidence evidence;
        StanceQuestion question;

        @Setup
        public void load() {
            stages = new Analyzer(settings(mode, attribution)).stages();
            text = BenchCorpus.longArticle(4096);
            article = Article.of(text);
            segmentation = stages.segmenter().segment(text);
            phrases = NounPhrases.read(segmentation, stages.sourceWords());
            attributions = stages.attributions().find(segmentation, phrases);
            actors = stages.actors().resolve(segmentation, phrases, attributions);
            evidence = stages.evidence().collect(segmentation, actors);
            Topic topic = stages.topic().find(article, segmentation);
            question = new StanceQuestion(text, topic, stages.topic().lead(segmentation), article.target(),
                    actors.byIndex(), evidence.byActor());
        }
    }

    /** A mode's stages, its attribution stage replaced unless {@code attribution} is "DEFAULT". */
    static EngineSettings settings(EngineSettings.Mode mode, String attribution) {
        return EngineSettings.of(mode).overriddenBy(attribution.equals("DEFAULT") ? Optional.empty()
                : Optional.of(EngineSettings.AttributionStage.valueOf(attribution)), Optional.empty());
    }

    @Benchmark
    public Segmentation segmentation(Upstream u) {
        return u.stages.segmenter().segment(u.text);
    }

    @Benchmark
    public NounPhrases nounPhrases(Upstream u) {
        return NounPhrases.read(u.segmentation, u.stages.sourceWords());
    }

    @Benchmark
    public List<Attribution> attributions(Upstream u) {
        return u.stages.attributions().find(u.segmentation, u.phrases);
    }

    @Benchmark
    public ActorResolution actors(Upstream u) {
        return u.stages.actors().resolve(u.segmentation, u.phrases, u.attributions);
    }

    @Benchmark
    public CollectedEvidence evidence(Upstream u) {
        return u.stages.evidence().collect(u.segmentation, u.actors);
    }

    @Benchmark
    public Topic topic(Upstream u) {
        return u.stages.topic().find(u.article, u.segmentation);
    }

    @Benchmark
    public Map<Integer, ActorJudgement> stance(Upstream u) {
        return u.stages.stance().judge(u.question);
    }
}
