package dev.standpoint.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk run's mechanics with a stand-in engine: order-free output, error lines, resume, limit, progress. */
class BulkRunTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final AtomicInteger analysed = new AtomicInteger();

    /** A stand-in for the engine: one actor named after the text's first word; "boom" fails. */
    private ObjectNode analyse(JsonNode record) {
        analysed.incrementAndGet();
        String text = record.path("text").asText();
        if (text.startsWith("boom")) {
            throw new IllegalStateException("engine failure");
        }
        ObjectNode analysis = JSON.createObjectNode();
        analysis.putNull("id");
        analysis.putObject("article").put("title", record.path("title").asText(null)).putNull("url")
                .putNull("publishedAt");
        ObjectNode actor = analysis.putArray("actors").addObject();
        actor.put("id", "a1").put("name", text.split(" ")[0]).put("type", "PERSON").putNull("role");
        actor.putObject("stance").put("label", "neutral").put("confidence", 1.0).putObject("scores")
                .put("approval", 0.0).put("concern", 0.0).put("skepticism", 0.0).put("neutral", 1.0);
        actor.putObject("sentiment").put("score", 0.0).put("magnitude", 0.0);
        actor.put("evidenceCount", 1);
        return analysis;
    }

    private static ObjectNode problem(Throwable e, String source) {
        return JSON.createObjectNode().put("type", "https://standpoint.dev/problems/internal-error")
                .put("status", 500).put("detail", e.getMessage()).put("instance", source);
    }

    private BulkRun.Summary run(Path input, Path out, long limit) throws Exception {
        BulkRun run = new BulkRun(JSON, this::analyse, BulkRunTest::problem, 2, limit);
        return run.run(ArticleSource.of(input, JSON), out, false, new PrintStream(new ByteArrayOutputStream()));
    }

    private Path jsonl(int n) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            lines.add(JSON.writeValueAsString(JSON.createObjectNode().put("text", (i == 3 ? "boom" : "Speaker" + i)
                    + " said things.").put("title", "Article " + i)));
        }
        lines.add(4, "");
        lines.add(6, "{not json");
        Path file = dir.resolve("articles.jsonl");
        Files.write(file, lines);
        return file;
    }

    @Test
    void writesOneLinePerArticleAndAnErrorLineForEachFailureWithoutStopping() throws Exception {
        Path out = dir.resolve("out.jsonl");
        BulkRun.Summary summary = run(jsonl(20), out, Long.MAX_VALUE);
        List<JsonNode> lines = JsonLines.read(out);
        assertEquals(21, lines.size(), "20 records and one line that is not JSON");
        assertEquals(2, summary.errors());
        Set<String> sources = new HashSet<>();
        lines.forEach(l -> sources.add(l.get("source").asText()));
        assertEquals(21, sources.size());
        // two workers write in the order they finish: find the engine's failure by what it says, not by place
        JsonNode failed = lines.stream().filter(l -> l.has("error") && l.get("error").get("status").asInt() == 500
                        && l.get("error").path("detail").asText().equals("engine failure"))
                .findFirst().orElseThrow();
        assertEquals("articles.jsonl:4", failed.get("source").asText());
        assertTrue(sources.contains("articles.jsonl:7"), "the line that is not JSON has its own error line");
        assertEquals("source", lines.get(0).fieldNames().next(), "source comes first");
    }

    @Test
    void anInterruptedRunContinuesWhereItStoppedWithEveryArticleOnce() throws Exception {
        Path input = jsonl(30);
        Path out = dir.resolve("out.jsonl");
        run(input, out, 12);
        assertEquals(12, JsonLines.read(out).size(), "--limit stops after 12");
        // A kill in the middle of a write leaves half a line: it is dropped and that article done again.
        String half = "{\"source\":\"articles.jsonl:30\",\"id\":nu";
        Files.writeString(out, half, java.nio.file.StandardOpenOption.APPEND);
        analysed.set(0);

        BulkRun.Summary resumed = run(input, out, Long.MAX_VALUE);
        List<JsonNode> lines = JsonLines.read(out);
        Set<String> sources = new HashSet<>();
        lines.forEach(l -> assertTrue(sources.add(l.get("source").asText()), "twice: " + l.get("source")));
        assertEquals(31, sources.size(), "every article once");
        assertEquals(12, resumed.skipped());
        assertEquals(31 - 12, resumed.analysed());
        assertTrue(analysed.get() <= 31 - 12, "the first 12 were not analysed again: " + analysed.get());
    }

    @Test
    void aDirectoryOfTextFilesIsReadRecursivelyAndABadFileIsAnErrorLine() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts/sub"));
        Files.writeString(dir.resolve("texts/a.txt"), "Alpha said yes.");
        Files.writeString(texts.resolve("b.txt"), "Beta said no.");
        Files.write(texts.resolve("latin1.txt"), "Caf\u00e9 said oui.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(texts.resolve("notes.md"), "not an article");
        Path out = dir.resolve("out.jsonl");
        BulkRun run = new BulkRun(JSON, this::analyse, (e, source) -> JSON.createObjectNode()
                .put("detail", e.getMessage()), 2, Long.MAX_VALUE);
        run.run(ArticleSource.of(dir.resolve("texts"), JSON), out, false, new PrintStream(new ByteArrayOutputStream()));
        List<JsonNode> lines = JsonLines.read(out);
        assertEquals(3, lines.size());
        JsonNode bad = lines.stream().filter(l -> l.has("error")).findFirst().orElseThrow();
        assertEquals("sub/latin1.txt", bad.get("source").asText());
        assertTrue(bad.get("error").get("detail").asText().contains("not UTF-8"), bad.toString());
        assertTrue(lines.stream().anyMatch(l -> l.get("source").asText().equals("a.txt")
                && l.get("actors").get(0).get("name").asText().equals("Alpha")));
    }

    @Test
    void rowsForNotebooksAreWrittenFromTheWholeOutputWithTheSourceFirst() throws Exception {
        Path out = dir.resolve("out.jsonl");
        run(jsonl(5), out, Long.MAX_VALUE);
        Path csv = dir.resolve("actors.csv");
        Path ndjson = dir.resolve("actors.ndjson");
        long rows = ActorExport.write(JSON, out, Optional.of(csv), Optional.of(ndjson));
        assertEquals(4, rows, "five records, one failed");
        List<String> csvLines = Files.readAllLines(csv);
        assertEquals(String.join(",", ActorExport.COLUMNS), csvLines.get(0));
        assertEquals(5, csvLines.size());
        JsonNode row = JSON.readTree(Files.readAllLines(ndjson).get(0));
        assertEquals("source", row.fieldNames().next());
        assertTrue(row.get("actor").asText().startsWith("Speaker"));
    }

    @Test
    void progressShowsDoneOverTotalRateAndEta() {
        long[] now = {0};
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Progress plain = new Progress(100, 20, false, new PrintStream(bytes, true, StandardCharsets.UTF_8), () -> now[0]);
        for (int i = 0; i < 40; i++) {
            plain.itemDone(i == 0);
        }
        now[0] = 2_000_000_000L;
        plain.report();
        assertEquals("bulk: 60/100 done (60%), 20.0 articles/s, ETA 0:02, 1 errors\n",
                bytes.toString(StandardCharsets.UTF_8));
        Progress bar = new Progress(100, 20, true, new PrintStream(new ByteArrayOutputStream()), () -> now[0]);
        assertTrue(bar.bar().startsWith("[######------------------------] 20/100  20%"), bar.bar());
    }
}
