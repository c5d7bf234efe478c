package dev.standpoint.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The bulk mode of the packaged jar, as a user runs it: real engine, real files, real exit codes. */
class BulkCommandIT {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();
    private static final Path ARTICLE = Path.of("src/test/resources/articles/belarus-oreshnik.txt").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Run(int exit, String log) {
    }

    private Run analyse(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), "analyse"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "bulk run finished");
        return new Run(p.exitValue(), log);
    }

    @Test
    void analysesAJsonlFileWithTheRealEngineReportsBadLinesAndResumes() throws Exception {
        String text = Files.readString(ARTICLE);
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            records.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", "belarus-" + i)
                    .put("text", text + "\n\nUpdate " + i + ".").put("title", "Belarus " + i)
                    .put("publishedAt", "2025-12-30T10:00:00Z")));
        }
        records.add(JSON.writeValueAsString(JSON.createObjectNode().put("id", "bad-date").put("text", text)
                .put("publishedAt", "yesterday")));
        records.add("[\"not an object\"]");
        Files.write(dir.resolve("wire.jsonl"), records);

        Run first = analyse("wire.jsonl", "--out", "out.jsonl", "--limit", "10");
        assertEquals(0, first.exit(), first.log());
        assertEquals(10, JsonLines.read(dir.resolve("out.jsonl")).size());
        assertTrue(first.log().contains("bulk: 10 analysed, 0 errors"), first.log());

        Run rest = analyse("wire.jsonl", "--out", "out.jsonl", "--csv", "actors.csv");
        assertEquals(1, rest.exit(), "articles failed: " + rest.log());
        assertTrue(rest.log().contains("bulk: 22 analysed, 2 errors, 10 skipped"), rest.log());
        List<JsonNode> lines = JsonLines.read(dir.resolve("out.jsonl"));
        Set<String> sources = new HashSet<>();
        lines.forEach(l -> assertTrue(sources.add(l.get("source").asText()), "twice: " + l.get("source")));
        assertEquals(32, sources.size());
        JsonNode good = lines.stream().filter(l -> l.get("source").asText().equals("belarus-3")).findFirst().orElseThrow();
        assertEquals("Belarus 3", good.get("article").get("title").asText());
        assertTrue(good.get("actors").size() >= 5, "the engine found the Belarus actors");
        JsonNode bad = lines.stream().filter(l -> l.get("source").asText().equals("bad-date")).findFirst().orElseThrow();
        assertEquals(400, bad.get("error").get("status").asInt(), bad.toString());
        assertTrue(bad.get("error").get("type").asText().startsWith("https://standpoint.dev/problems/"), bad.toString());
        List<String> csv = Files.readAllLines(dir.resolve("actors.csv"));
        assertEquals(String.join(",", ActorExport.COLUMNS), csv.get(0));
        assertTrue(csv.size() > 30 * 5, "a row per actor and article: " + csv.size());
        assertTrue(Files.notExists(dir.resolve("data")), "no database opened without --store");
    }

    @Test
    void storesWithDedupeSoARepeatedRunStoresNothingNew() throws Exception {
        Path texts = Files.createDirectories(dir.resolve("texts"));
        Files.copy(ARTICLE, texts.resolve("belarus.txt"));
        Files.writeString(texts.resolve("short.txt"), "Talks resume\n\nThe mayor said \u201cwe are ready.\u201d");
        Run first = analyse("texts", "--out", "one.jsonl", "--store");
        assertEquals(0, first.exit(), first.log());
        Run again = analyse("texts", "--out", "two.jsonl", "--store");
        assertEquals(0, again.exit(), again.log());
        for (String source : List.of("belarus.txt", "short.txt")) {
            String a = JsonLines.read(dir.resolve("one.jsonl")).stream().filter(l -> l.get("source").asText().equals(source))
                    .findFirst().orElseThrow().get("id").asText();
            String b = JsonLines.read(dir.resolve("two.jsonl")).stream().filter(l -> l.get("source").asText().equals(source))
                    .findFirst().orElseThrow().get("id").asText();
            assertTrue(!a.equals("null") && a.equals(b), "stored once, answered again: " + a + " " + b);
        }
        assertTrue(Files.exists(dir.resolve("data")), "stored in the default H2 file under ./data");
    }

    @Test
    void aBadCommandLineExitsTwoWithTheUsage() throws Exception {
        Run run = analyse("--threads", "zero");
        assertEquals(2, run.exit(), run.log());
        assertTrue(run.log().contains("usage: java -jar quarkus-run.jar analyse"), run.log());
    }
}
