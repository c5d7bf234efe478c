package dev.standpoint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs the engine over a folder of gold annotations without a server, writes one response per gold
 * file in the shape the HTTP API returns, then scores them with the project's scorer
 * ({@code score.py --outputs}) so the figures are the very ones the service is judged by.
 *
 * <p>Usage: {@code DevSetEvaluation GOLD_DIR TEXTS_DIR OUT_DIR [SCORER]}; SCORER defaults to
 * {@code GOLD_DIR/../../score.py}. From Maven: {@code ./mvnw -Peval compile exec:java}.
 */
public final class DevSetEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: DevSetEvaluation GOLD_DIR TEXTS_DIR OUT_DIR [SCORER]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]), texts = Path.of(args[1]), out = Path.of(args[2]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        Analyzer analyzer = new Analyzer();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = json.readTree(file.toFile());
                String text = Files.readString(texts.resolve(doc.get("doc").asText()), StandardCharsets.UTF_8);
                Analysis analysis = analyzer.analyze(Article.of(text));
                json.writeValue(out.resolve(file.getFileName()).toFile(), asJson(analysis));
            }
        }
        Path scorer = args.length == 4 ? Path.of(args[3]) : gold.toAbsolutePath().getParent().getParent().resolve("score.py");
        if (!Files.exists(scorer)) {
            System.out.println("analyses written to " + out + "; no scorer at " + scorer);
            return;
        }
        Process process = new ProcessBuilder("python3", scorer.toString(), "--gold", gold.toString(), "--texts",
                texts.toString(), "--outputs", out.toString()).inheritIO().start();
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IllegalStateException("the scorer exited with status " + status);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while scoring", e);
        }
    }

    /** The analysis as the API's JSON shape: lower-case stance labels, null for a missing speaker. */
    static Map<String, Object> asJson(Analysis analysis) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("topic", Map.of("text", analysis.topic().text()));
        List<Object> actors = new ArrayList<>();
        for (Actor a : analysis.actors()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", a.id());
            m.put("name", a.name());
            m.put("type", a.type().name());
            m.put("role", a.role().orElse(null));
            m.put("mentions", a.mentions().stream().map(DevSetEvaluation::mention).toList());
            m.put("stance", Map.of("label", a.stance().label().name().toLowerCase(Locale.ROOT),
                    "confidence", a.stance().confidence()));
            m.put("summary", a.summary());
            m.put("evidence", a.evidence().stream().map(DevSetEvaluation::evidence).toList());
            actors.add(m);
        }
        root.put("actors", actors);
        List<Object> quotes = new ArrayList<>();
        for (Quote q : analysis.quotes()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("text", q.text());
            m.put("start", q.span().start());
            m.put("end", q.span().end());
            m.put("speakerId", q.speakerId().orElse(null));
            m.put("cue", q.cue());
            quotes.add(m);
        }
        root.put("quotes", quotes);
        return root;
    }

    private static Map<String, Object> mention(Mention m) {
        return Map.of("text", m.text(), "start", m.span().start(), "end", m.span().end());
    }

    private static Map<String, Object> evidence(Evidence e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", e.kind().name());
        m.put("text", e.text());
        m.put("start", e.span().start());
        m.put("end", e.span().end());
        m.put("cue", e.cue());
        m.put("stance", e.stance().name().toLowerCase(Locale.ROOT));
        return m;
    }
}
