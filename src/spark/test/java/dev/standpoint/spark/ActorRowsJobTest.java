package dev.standpoint.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The job in Spark local mode (two cores) on 300 PolNeAR train articles ({@code ../shared}, as CI has it), written as
 * JSON Lines and as Parquet: every article's rows are the engine's actors for the same article, in the columns of the
 * service's export. The fast engine carries the bulk of it; the accurate one (~100x slower) runs on five articles to
 * show its models, the ONNX stance model among them, load and run inside a task.
 */
class ActorRowsJobTest {

    static final int ARTICLES = 300;

    @TempDir
    static Path dir;
    static SparkSession spark;
    static List<ArticleRecord> articles;
    static Path jsonl;
    static Path parquet;

    @BeforeAll
    static void start() throws IOException {
        Path texts = Path.of(System.getProperty("standpoint.shared", "../../../shared"), "eval/polnear/train/texts");
        try (Stream<Path> files = Files.list(texts)) {
            articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(ARTICLES)
                    .map(ActorRowsJobTest::record).toList();
        }
        assertEquals(ARTICLES, articles.size(), "PolNeAR train texts under " + texts);
        ObjectMapper mapper = new ObjectMapper();
        jsonl = dir.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        for (ArticleRecord a : articles) {
            ObjectNode o = mapper.createObjectNode().put("id", a.id()).put("title", a.title()).put("text", a.text())
                    .put("url", a.url()).put("publishedAt", a.publishedAt()).put("language", "en");
            lines.add(mapper.writeValueAsString(o));
        }
        Files.write(jsonl, lines, StandardCharsets.UTF_8);
        spark = SparkSession.builder().master("local[2]").appName("standpoint-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "4")
                .config("spark.sql.warehouse.dir", dir.resolve("warehouse").toString())
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
        parquet = dir.resolve("articles.parquet");
        spark.read().json(jsonl.toString()).write().parquet(parquet.toString());
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    /** A PolNeAR text: the headline is its first line, the text the rest. */
    static ArticleRecord record(Path file) {
        try {
            String all = Files.readString(file, StandardCharsets.UTF_8);
            int nl = all.indexOf('\n');
            String name = file.getFileName().toString().replace(".txt", "");
            return new ArticleRecord(name, all.substring(nl + 1), all.substring(0, nl).strip(),
                    "https://example.org/polnear/" + name, "2016-10-0" + (1 + Math.abs(name.hashCode()) % 9) + "T12:00:00Z",
                    null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The engine's own actors per article id, analysed here in the driver. */
    static Map<String, List<Actor>> expected(List<ArticleRecord> records, EngineSettings.Mode mode) {
        Analyzer engine = new Analyzer(EngineSettings.of(mode));
        Map<String, List<Actor>> actors = new HashMap<>();
        for (ArticleRecord a : records) {
            Analysis analysis = engine.analyze(a.article());
            actors.put(a.analysisId(), analysis.actors());
        }
        return actors;
    }

    static void assertRowsAreTheEngines(List<Row> rows, Map<String, List<Actor>> expected) {
        long expectedRows = expected.values().stream().mapToLong(l -> Math.max(1, l.size())).sum();
        assertEquals(expectedRows, rows.size(), "one row per actor, one for an article without actors");
        Map<String, List<Row>> byArticle = rows.stream().collect(Collectors.groupingBy(r -> r.getAs("analysisId")));
        assertEquals(expected.keySet(), byArticle.keySet(), "every article appears");
        for (var e : expected.entrySet()) {
            List<String> names = e.getValue().stream().map(Actor::name).sorted().toList();
            List<String> got = byArticle.get(e.getKey()).stream().map(r -> (String) r.getAs("actor"))
                    .filter(n -> n != null).sorted().toList();
            assertEquals(names, got, "actors of " + e.getKey());
        }
    }

    static ActorRowsJob.Options options(String input, String inputFormat, Path out, String outputFormat, String mode) {
        return ActorRowsJob.Options.parse("--input", input, "--input-format", inputFormat, "--output", out.toString(),
                "--output-format", outputFormat, "--mode", mode);
    }

    @Test
    void jsonLinesInParquetOutTheFastEnginesActorsForEveryArticle() {
        Path out = dir.resolve("rows-from-jsonl.parquet");
        ActorRowsJob.Summary summary = ActorRowsJob.run(spark, options(jsonl.toString(), "jsonl", out, "parquet", "fast"));
        assertEquals(ARTICLES, summary.articles());
        assertEquals(0, summary.failed());

        Dataset<Row> written = spark.read().parquet(out.toString());
        assertEquals(ActorRows.COLUMNS, Arrays.asList(written.columns()), "the columns of the service's export");
        assertEquals(ActorRows.SCHEMA, written.schema());
        List<Row> rows = written.collectAsList();
        assertEquals(summary.rows(), rows.size());
        Map<String, List<Actor>> expected = expected(articles, EngineSettings.Mode.FAST);
        assertRowsAreTheEngines(rows, expected);
        assertTrue(expected.values().stream().mapToInt(List::size).sum() > 2 * ARTICLES,
                "PolNeAR articles have several actors each");

        // One known article, column by column against the engine
        ArticleRecord first = articles.get(0);
        Actor actor = expected.get(first.id()).get(0);
        Row row = rows.stream().filter(r -> first.id().equals(r.getAs("analysisId")) && actor.name().equals(r.getAs("actor")))
                .findFirst().orElseThrow();
        assertEquals(first.title(), row.getAs("title"));
        assertEquals(first.url(), row.getAs("url"));
        assertEquals(first.publishedAt(), row.getAs("publishedAt"));
        assertEquals(actor.type().name(), row.getAs("type"));
        assertEquals(actor.role().orElse(null), row.getAs("role"));
        assertEquals(actor.stance().label().name().toLowerCase(), row.getAs("stance"));
        assertEquals(actor.stance().confidence(), (double) row.getAs("confidence"), 1e-12);
        assertEquals(actor.stance().scores().concern(), (double) row.getAs("concern"), 1e-12);
        assertEquals(actor.sentiment().score(), (double) row.getAs("sentiment"), 1e-12);
        assertEquals(actor.evidence().size(), (int) row.getAs("evidenceCount"));
        assertEquals(ActorRows.actorKey(actor, first.id()), row.getAs("actorKey"));
    }

    @Test
    void parquetInCsvOutTheSameRows() {
        Path out = dir.resolve("rows-from-parquet.csv");
        ActorRowsJob.Summary summary = ActorRowsJob.run(spark, options(parquet.toString(), "parquet", out, "csv", "fast"));
        assertEquals(ARTICLES, summary.articles());

        try (Stream<Path> parts = Files.list(out)) {
            Path part = parts.filter(p -> p.getFileName().toString().endsWith(".csv")).findFirst().orElseThrow();
            assertEquals(String.join(",", ActorRows.COLUMNS), Files.readAllLines(part).get(0), "CSV header");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Dataset<Row> written = spark.read().option("header", "true").option("multiLine", "true")
                .option("escape", "\"").schema(ActorRows.SCHEMA).csv(out.toString());
        assertRowsAreTheEngines(written.collectAsList(), expected(articles, EngineSettings.Mode.FAST));
    }

    @Test
    void withoutAnIdTheRowsCarryTheContentHashAndGenericActorsKeyByIt() {
        List<ArticleRecord> noIds = articles.subList(0, 20).stream()
                .map(a -> new ArticleRecord(null, a.text(), a.title(), null, null, null)).toList();
        Dataset<Row> in = spark.createDataFrame(noIds.stream()
                .map(a -> org.apache.spark.sql.RowFactory.create(a.text(), a.title())).toList(),
                new org.apache.spark.sql.types.StructType().add("text", "string").add("title", "string"));
        Path input = dir.resolve("no-ids.parquet");
        in.write().parquet(input.toString());
        List<Row> rows = ActorRowsJob.actorRows(ActorRowsJob.read(spark, input.toString(), "parquet"),
                EngineSettings.Mode.FAST).collectAsList();
        assertRowsAreTheEngines(rows, expected(noIds, EngineSettings.Mode.FAST));
        for (Row r : rows) {
            String id = r.getAs("analysisId");
            assertTrue(id.matches("sha256:[0-9a-f]{64}"), id);
            assertNull(r.getAs("url"));
            String key = r.getAs("actorKey");
            if (key != null && !dev.standpoint.analysis.model.ActorType.valueOf(r.<String>getAs("type"))
                    .isGeneric(r.getAs("actor"))) {
                assertTrue(!key.contains("--") && key.equals(key.toLowerCase()), key);
            } else if (key != null) {
                assertTrue(key.endsWith("--" + id), key);
            }
        }
    }

    @Test
    void theAccurateEngineLoadsItsModelsInsideATask() {
        List<ArticleRecord> five = articles.subList(0, 5);
        Dataset<Row> in = ActorRowsJob.read(spark, jsonl.toString(), "jsonl")
                .filter(org.apache.spark.sql.functions.col("id").isin(five.stream().map(ArticleRecord::id).toArray()));
        List<Row> rows = ActorRowsJob.actorRows(in.repartition(2), EngineSettings.Mode.ACCURATE).collectAsList();
        Map<String, List<Actor>> accurate = expected(five, EngineSettings.Mode.ACCURATE);
        assertRowsAreTheEngines(rows, accurate);
    }

    @Test
    void theCommandLine() {
        ActorRowsJob.Options o = ActorRowsJob.Options.parse("--input", "s3a://b/in.jsonl.gz", "--output", "out");
        assertEquals("jsonl", o.inputFormat());
        assertEquals("parquet", o.outputFormat());
        assertEquals(EngineSettings.Mode.ACCURATE, o.mode(), "the service's engine by default");
        assertEquals("parquet", ActorRowsJob.Options.parse("--input", "in/", "--output", "o").inputFormat());
        assertThrows(IllegalArgumentException.class, () -> ActorRowsJob.Options.parse("--input", "x"));
        assertThrows(IllegalArgumentException.class,
                () -> ActorRowsJob.Options.parse("--input", "x", "--output", "y", "--output-format", "xlsx"));
    }
}
