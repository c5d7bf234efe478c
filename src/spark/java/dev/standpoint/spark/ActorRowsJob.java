package dev.standpoint.spark;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.LongAccumulator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The Spark job: articles from Parquet or JSON Lines in, one row per actor and article out (the columns of the
 * service's CSV export, {@link ActorRows#COLUMNS}), as Parquet, CSV or JSON Lines.
 * <pre>
 * spark-submit --class dev.standpoint.spark.ActorRowsJob standpoint-spark-0.1.0-SNAPSHOT-job.jar \
 *     --input s3a://bucket/articles/ --input-format parquet --output s3a://bucket/actors/ [--output-format parquet]
 *     [--mode accurate|fast] [--partitions N] [--overwrite]
 * </pre>
 * Input fields (by name, any others are ignored): text (required), id, title, url, publishedAt, target; every one is
 * read as a string. Each executor builds one engine ({@link Engines}) and analyses its partitions' articles with it.
 */
public final class ActorRowsJob {

    /** The input fields read, in this order. */
    static final List<String> FIELDS = List.of("id", "text", "title", "url", "publishedAt", "target");

    public static final String USAGE = """
            usage: ActorRowsJob --input PATH --output PATH [options]
              --input PATH            articles: Parquet files or JSON Lines (one object a line: text, id, title,
                                      url, publishedAt, target); a file, a folder or a glob, any Hadoop file system
              --input-format F        parquet | jsonl (default: jsonl for a name ending .jsonl, .json or .ndjson,
                                      with or without .gz, else parquet)
              --output PATH           actor rows, one folder of part files
              --output-format F       parquet (default) | csv (with a header) | jsonl
              --mode M                accurate (default, the service's engine) | fast (rules only, ~100x faster)
              --partitions N          analyse in N partitions (default: the input's, and at least 4 per core)
              --overwrite             replace the output folder if it exists
              --master URL            only when not run by spark-submit (default then local[*])
            """;

    /** The command line of the job. */
    public record Options(String input, String inputFormat, String output, String outputFormat,
                          EngineSettings.Mode mode, int partitions, boolean overwrite, String master) {

        public static Options parse(String... args) {
            String input = null, inputFormat = null, output = null, outputFormat = "parquet", master = null;
            EngineSettings.Mode mode = EngineSettings.Mode.ACCURATE;
            int partitions = 0;
            boolean overwrite = false;
            List<String> rest = new ArrayList<>(Arrays.asList(args));
            while (!rest.isEmpty()) {
                String flag = rest.remove(0);
                if (flag.equals("--overwrite")) {
                    overwrite = true;
                    continue;
                }
                if (rest.isEmpty()) {
                    throw new IllegalArgumentException(flag.startsWith("--") ? flag + " needs a value" : "unknown argument: " + flag);
                }
                String value = rest.remove(0);
                switch (flag) {
                    case "--input" -> input = value;
                    case "--input-format" -> inputFormat = format(value, Set.of("parquet", "jsonl"), flag);
                    case "--output" -> output = value;
                    case "--output-format" -> outputFormat = format(value, Set.of("parquet", "csv", "jsonl"), flag);
                    case "--mode" -> mode = EngineSettings.Mode.valueOf(format(value, Set.of("fast", "accurate"), flag)
                            .toUpperCase(Locale.ROOT));
                    case "--partitions" -> {
                        partitions = Integer.parseInt(value);
                        if (partitions < 1) {
                            throw new IllegalArgumentException("--partitions must be at least 1");
                        }
                    }
                    case "--master" -> master = value;
                    default -> throw new IllegalArgumentException("unknown argument: " + flag);
                }
            }
            if (input == null || output == null) {
                throw new IllegalArgumentException("--input and --output are required");
            }
            if (inputFormat == null) {
                String name = input.toLowerCase(Locale.ROOT).replaceAll("\\.gz$", "");
                inputFormat = name.endsWith(".jsonl") || name.endsWith(".json") || name.endsWith(".ndjson")
                        ? "jsonl" : "parquet";
            }
            return new Options(input, inputFormat, output, outputFormat, mode, partitions, overwrite, master);
        }

        private static String format(String value, Set<String> allowed, String flag) {
            String v = value.toLowerCase(Locale.ROOT);
            if (!allowed.contains(v)) {
                throw new IllegalArgumentException(flag + " is one of " + allowed + ", not " + value);
            }
            return v;
        }
    }

    /** What a run did: articles read, articles that failed (no text, or the engine threw), rows written, seconds. */
    public record Summary(long articles, long failed, long rows, double seconds) {
        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private ActorRowsJob() {
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder builder = SparkSession.builder().appName("standpoint-actor-rows");
        if (options.master() != null) {
            builder.master(options.master());
        } else if (!new org.apache.spark.SparkConf().contains("spark.master")) {
            builder.master("local[*]");
        }
        SparkSession spark = builder.getOrCreate();
        try {
            Summary s = run(spark, options);
            System.out.printf(Locale.ROOT, "%d articles (%d failed), %d actor rows in %.1f s: %.0f articles/s%n",
                    s.articles(), s.failed(), s.rows(), s.seconds(), s.articlesPerSecond());
        } finally {
            spark.stop();
        }
    }

    /** Reads, analyses and writes; the summary's counts come from accumulators (a retried task counts again). */
    public static Summary run(SparkSession spark, Options options) {
        long start = System.nanoTime();
        Dataset<Row> articles = read(spark, options.input(), options.inputFormat());
        int partitions = options.partitions();
        int current = articles.rdd().getNumPartitions();
        if (partitions == 0 && current < 4 * spark.sparkContext().defaultParallelism()) {
            partitions = 4 * spark.sparkContext().defaultParallelism();
        }
        if (partitions > 0 && partitions != current) {
            articles = articles.repartition(partitions);
        }
        LongAccumulator read = spark.sparkContext().longAccumulator("articles");
        LongAccumulator failed = spark.sparkContext().longAccumulator("failed articles");
        LongAccumulator rows = spark.sparkContext().longAccumulator("actor rows");
        Dataset<Row> actorRows = actorRows(articles, options.mode(), read, failed, rows);
        write(actorRows, options.output(), options.outputFormat(), options.overwrite());
        return new Summary(read.value(), failed.value(), rows.value(), (System.nanoTime() - start) / 1e9);
    }

    /** Articles in Parquet or JSON Lines, as the six string columns of {@link #FIELDS} (a missing one is null). */
    public static Dataset<Row> read(SparkSession spark, String path, String format) {
        Dataset<Row> raw = format.equals("jsonl") ? spark.read().json(path) : spark.read().parquet(path);
        Set<String> present = Set.of(raw.columns());
        if (!present.contains("text")) {
            throw new IllegalArgumentException(path + " has no text column: " + present);
        }
        Column[] columns = FIELDS.stream()
                .map(f -> (present.contains(f) ? col(f) : lit(null)).cast("string").as(f))
                .toArray(Column[]::new);
        return raw.select(columns);
    }

    /** The actor rows of articles read by {@link #read}; each partition analyses with its executor's engine. */
    public static Dataset<Row> actorRows(Dataset<Row> articles, EngineSettings.Mode mode) {
        SparkSession spark = articles.sparkSession();
        return actorRows(articles, mode, spark.sparkContext().longAccumulator(),
                spark.sparkContext().longAccumulator(), spark.sparkContext().longAccumulator());
    }

    private static Dataset<Row> actorRows(Dataset<Row> articles, EngineSettings.Mode mode, LongAccumulator read,
                                          LongAccumulator failed, LongAccumulator written) {
        MapPartitionsFunction<Row, Row> analyse = partition -> new Iterator<>() {
            private final Analyzer engine = Engines.get(mode);
            private Iterator<Row> pending = java.util.Collections.emptyIterator();

            @Override
            public boolean hasNext() {
                while (!pending.hasNext() && partition.hasNext()) {
                    Row in = partition.next();
                    ArticleRecord article = new ArticleRecord(in.getString(0), in.getString(1), in.getString(2),
                            in.getString(3), in.getString(4), in.getString(5));
                    read.add(1);
                    if (article.text() == null) {
                        failed.add(1);
                        continue;
                    }
                    try {
                        List<Row> rows = ActorRows.of(article, engine.analyze(article.article()));
                        written.add(rows.size());
                        pending = rows.iterator();
                    } catch (RuntimeException e) {
                        // one bad article must not fail the job; the driver reports the count
                        failed.add(1);
                        System.err.println("standpoint: article " + article.analysisId() + " failed: " + e);
                    }
                }
                return pending.hasNext();
            }

            @Override
            public Row next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return pending.next();
            }
        };
        return articles.mapPartitions(analyse, Encoders.row(ActorRows.SCHEMA));
    }

    /** Parquet, CSV with a header, or JSON Lines, one folder of part files. */
    public static void write(Dataset<Row> rows, String path, String format, boolean overwrite) {
        var writer = rows.write().mode(overwrite ? SaveMode.Overwrite : SaveMode.ErrorIfExists);
        switch (format) {
            // quotes doubled inside a quoted field, as RFC 4180 and the service's export (Spark's default is \")
            case "csv" -> writer.option("header", "true").option("escape", "\"").csv(path);
            case "jsonl" -> writer.json(path);
            default -> writer.parquet(path);
        }
    }
}
