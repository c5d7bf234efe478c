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

import java.util.concurrent.TimeUnit;

/**
 * Engine latency against article length, 1 KB to 1 MB (generated deterministically from the dev
 * texts by {@link BenchCorpus#longArticle}). Linear growth shows as a constant time per KB.
 *
 * <p>Sample mode, so the median can be read: on a shared machine the mean of a few long operations is
 * dominated by the moments another process held the CPU.
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 4)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class ScalingBenchmark {

    @Param({"1024", "4096", "16384", "65536", "262144", "1048576"})
    public int chars;

    /** The fast engine: a 1 MB article takes the accurate one minutes; {@code -p mode=ACCURATE} gives its curve. */
    @Param({"FAST"})
    public EngineSettings.Mode mode;

    Analyzer analyzer;
    Article article;

    @Setup
    public void load() {
        analyzer = new Analyzer(EngineSettings.of(mode));
        article = Article.of(BenchCorpus.longArticle(chars));
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(article);
    }
}
