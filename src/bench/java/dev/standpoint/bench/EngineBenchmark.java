package dev.standpoint.bench;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
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
import java.util.concurrent.TimeUnit;

/**
 * The engine alone: one operation is one article analysed, so ops/s are articles per second and the
 * gc profiler's {@code gc.alloc.rate.norm} is bytes allocated per article.
 *
 * <p>The dev articles are taken in turn (each thread keeps its own cursor), so a score is the mean over
 * the whole dev set, not one lucky text. One shared {@link Analyzer}, as the service uses it.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EngineBenchmark {

    @State(Scope.Benchmark)
    public static class Engine {
        /** Both engines in one run, so their ratio is measured on the same machine state. */
        @Param({"FAST", "ACCURATE"})
        public EngineSettings.Mode mode;
        /** The mode's own attribution stage, or one of {@link EngineSettings.AttributionStage} to compare stages. */
        @Param({"DEFAULT"})
        public String attribution;

        Analyzer analyzer;
        List<Article> dev;
        Article fourKb;

        @Setup
        public void load() {
            analyzer = new Analyzer(StageBenchmark.settings(mode, attribution));
            dev = BenchCorpus.devArticles().stream().map(Article::of).toList();
            fourKb = Article.of(BenchCorpus.longArticle(4096));
        }
    }

    @State(Scope.Thread)
    public static class Cursor {
        int next;

        Article take(List<Article> articles) {
            Article a = articles.get(next);
            next = (next + 1) % articles.size();
            return a;
        }
    }

    /** Dev articles per second on one thread. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(1)
    public Analysis devArticlesOneThread(Engine engine, Cursor cursor) {
        return engine.analyzer.analyze(cursor.take(engine.dev));
    }

    /** Dev articles per second, two threads sharing one Analyzer (the machine has two cores). */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Analysis devArticlesTwoThreads(Engine engine, Cursor cursor) {
        return engine.analyzer.analyze(cursor.take(engine.dev));
    }

    /** Latency distribution (median, p99) of one 4 KB article on one thread: the engine target. */
    @Benchmark
    @BenchmarkMode(Mode.SampleTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Threads(1)
    public Analysis fourKbArticleLatency(Engine engine) {
        return engine.analyzer.analyze(engine.fourKb);
    }
}
