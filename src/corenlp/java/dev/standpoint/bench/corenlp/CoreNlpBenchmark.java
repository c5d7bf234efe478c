package dev.standpoint.bench.corenlp;

import dev.standpoint.bench.BenchCorpus;
import edu.stanford.nlp.pipeline.CoreDocument;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * CoreNLP over the same dev articles, taken in the same turn as
 * {@code EngineBenchmark.devArticlesOneThread}: one operation is one article, so the two scores divide
 * into the throughput ratio. Run both in one JMH invocation (see docs/performance.md).
 */
@Fork(value = 1, jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
@Warmup(iterations = 1, time = 30)
@Measurement(iterations = 3, time = 30)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@State(Scope.Benchmark)
public class CoreNlpBenchmark {

    CoreNlpPipeline pipeline;
    List<String> dev;
    int next;

    @Setup
    public void load() {
        pipeline = new CoreNlpPipeline();
        dev = BenchCorpus.devArticles();
    }

    @Benchmark
    public CoreDocument devArticlesOneThread() {
        String text = dev.get(next);
        next = (next + 1) % dev.size();
        return pipeline.annotate(text);
    }
}
