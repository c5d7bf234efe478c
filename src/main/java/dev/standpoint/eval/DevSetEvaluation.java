package dev.standpoint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.api.AnalysisResponse;
import dev.standpoint.api.AnalysisResponses;
import dev.standpoint.api.AnalysisView;
import dev.standpoint.api.OffsetUnit;
import dev.standpoint.store.ArticleMetadata;
import dev.standpoint.store.StoredAnalysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Runs the engine over a folder of gold annotations without a server, writes one response per gold
 * file in the shape the HTTP API returns, then scores them with the project's scorer
 * ({@code score.py --outputs}) so the figures are the very ones the service is judged by.
 *
 * <p>Usage: {@code DevSetEvaluation GOLD_DIR TEXTS_DIR OUT_DIR [SCORER]}; SCORER defaults to
 * {@code GOLD_DIR/../../score.py}. From Maven: {@code ./mvnw -Peval compile exec:java}. The default engine is scored;
 * {@code -Dstandpoint.engine.stance-model=true} scores the one with the stance classifier.
 */
public final class DevSetEvaluation {

    public static void main(String[] args) throws IOException {
        if (args.length < 3 || args.length > 4) {
            System.err.println("usage: DevSetEvaluation GOLD_DIR TEXTS_DIR OUT_DIR [SCORER]");
            System.exit(2);
        }
        Path gold = Path.of(args[0]), texts = Path.of(args[1]), out = Path.of(args[2]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().findAndRegisterModules().enable(SerializationFeature.INDENT_OUTPUT);
        // The service's own setting, so both engines can be scored: -Dstandpoint.engine.stance-model=true
        Analyzer analyzer = new Analyzer(
                Analyzer.StanceScoring.withClassifier(Boolean.getBoolean("standpoint.engine.stance-model")));
        try (Stream<Path> files = Files.list(gold)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = json.readTree(file.toFile());
                String text = Files.readString(texts.resolve(doc.get("doc").asText()), StandardCharsets.UTF_8);
                Analysis analysis = analyzer.analyze(Article.of(text));
                json.writeValue(out.resolve(file.getFileName()).toFile(), asResponse(text, analysis));
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

    /** The very response the HTTP API gives for the article with ?persist=false. */
    private static AnalysisResponse asResponse(String text, Analysis analysis) {
        ArticleMetadata article = new ArticleMetadata(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), text.length(), "");
        return AnalysisResponses.uncapped().of(new StoredAnalysis(Optional.empty(), Instant.now(), article, text, analysis),
                OffsetUnit.UTF16, AnalysisView.FULL);
    }
}
