package dev.standpoint.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import org.apache.spark.sql.SparkSession;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The job's throughput per core against the engine alone (docs/performance.md, "Spark"), in one JVM: the engine on
 * one thread over every article of a JSON Lines file, then the job in local mode for each master given, each run
 * twice and the second timed (the first warms the JIT and the engine). Run from the test classpath:
 * <pre>
 * java $OPENS -cp target/spark/classes:target/spark/test-classes:$(cat cp.txt) dev.standpoint.spark.Throughput \
 *     articles.jsonl fast 'local[1]' 'local[2]'
 * </pre>
 */
public final class Throughput {

    private Throughput() {
    }

    public static void main(String[] args) throws Exception {
        Path input = Path.of(args[0]);
        EngineSettings.Mode mode = EngineSettings.Mode.valueOf(args[1].toUpperCase(Locale.ROOT));
        ObjectMapper mapper = new ObjectMapper();
        List<ArticleRecord> records = new ArrayList<>();
        for (String line : Files.readAllLines(input, StandardCharsets.UTF_8)) {
            JsonNode o = mapper.readTree(line);
            records.add(new ArticleRecord(o.path("id").asText(null), o.path("text").asText(), o.path("title").asText(null),
                    null, null, null));
        }
        Analyzer engine = new Analyzer(EngineSettings.of(mode));
        for (int pass = 0; pass < 2; pass++) {
            long start = System.nanoTime();
            long actors = 0;
            for (ArticleRecord r : records) {
                actors += engine.analyze(r.article()).actors().size();
            }
            double s = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "engine alone, one thread, pass %d: %d articles, %d actors in %.2f s: %.0f articles/s%n",
                    pass + 1, records.size(), actors, s, records.size() / s);
        }
        Path out = Files.createTempDirectory("standpoint-throughput");
        for (int i = 2; i < args.length; i++) {
            String master = args[i];
            SparkSession spark = SparkSession.builder().master(master).appName("standpoint-throughput")
                    .config("spark.ui.enabled", "false").getOrCreate();
            int cores = spark.sparkContext().defaultParallelism();
            try {
                for (int pass = 0; pass < 2; pass++) {
                    ActorRowsJob.Summary s = ActorRowsJob.run(spark, ActorRowsJob.Options.parse("--input", input.toString(),
                            "--input-format", "jsonl", "--output", out.resolve("rows").toString(), "--overwrite",
                            "--mode", mode.name()));
                    System.out.printf(Locale.ROOT, "job %s, pass %d: %d articles, %d rows in %.2f s: %.0f articles/s, %.0f per core%n",
                            master, pass + 1, s.articles(), s.rows(), s.seconds(), s.articlesPerSecond(),
                            s.articlesPerSecond() / cores);
                }
            } finally {
                spark.stop();
            }
        }
    }
}
