package dev.standpoint.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.analysis.model.Article;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Gold annotations to {@code ../shared/eval/GUIDE.md}: one article's topic, actors (names, type, role,
 * stance, evidence) and direct quotations with their speakers, beside the text they point into.
 */
public record Gold(String name, String doc, String text, String topic, Optional<String> target, List<Actor> actors,
                   List<GoldQuote> quotes) {

    /** The article as the service is asked about it: with the gold's target, when it names one. */
    public Article article() {
        return new Article(text, Optional.empty(), target);
    }

    /** The same gold asked without its target: the engine then judges stance toward the article's own topic. */
    public Gold withoutTarget() {
        return new Gold(name, doc, text, topic, Optional.empty(), actors, quotes);
    }

    public record Actor(String name, List<String> aliases, String type, String role, String stance, List<String> secondary,
                 List<GoldEvidence> evidence) {
    }

    public record GoldEvidence(String text, String kind) {
    }

    public record GoldQuote(String text, String speaker) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every gold file of {@code goldDir}, its text read from {@code textsDir} (the folder {@code doc} is relative to). */
    public static List<Gold> load(Path goldDir, Path textsDir) {
        List<Gold> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(goldDir)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode g = JSON.readTree(file.toFile());
                String doc = g.get("doc").asText();
                String text = Files.readString(textsDir.resolve(doc), StandardCharsets.UTF_8);
                List<Actor> actors = new ArrayList<>();
                for (JsonNode a : g.get("actors")) {
                    List<GoldEvidence> evidence = new ArrayList<>();
                    for (JsonNode e : a.get("evidence")) {
                        evidence.add(new GoldEvidence(e.get("text").asText(), e.get("kind").asText()));
                    }
                    actors.add(new Actor(a.get("name").asText(), strings(a.get("aliases")), a.path("type").asText(""),
                            a.path("role").isTextual() ? a.get("role").asText() : null, a.get("stance").asText(),
                            strings(a.get("secondary")), evidence));
                }
                List<GoldQuote> quotes = new ArrayList<>();
                for (JsonNode q : g.path("quotes")) {
                    quotes.add(new GoldQuote(q.get("text").asText(), q.get("speaker").asText()));
                }
                Optional<String> target = g.path("target").isTextual() ? Optional.of(g.get("target").asText()) : Optional.empty();
                all.add(new Gold(file.getFileName().toString(), doc, text, g.path("topic").asText(""), target, actors,
                        quotes));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return all;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null) {
            array.forEach(n -> out.add(n.asText()));
        }
        return out;
    }
}
