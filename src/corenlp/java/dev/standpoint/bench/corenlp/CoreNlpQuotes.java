package dev.standpoint.bench.corenlp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * CoreNLP's quotations and their speakers in the JSON shape score.py reads, one file per gold file,
 * so CoreNLP's quote attribution is scored exactly like Standpoint's ({@code EvaluationReport}).
 *
 * <p>Each speaker (the canonical speaker where coref found one, else the speaker mention) becomes an
 * actor whose evidence is its quotes, as {@code direct_quote}; both speaker strings are its mentions.
 * CoreNLP has no stance, so every actor is {@code neutral}: only the quote metrics compare.
 *
 * <p>Usage: {@code CoreNlpQuotes GOLD_DIR TEXTS_DIR OUT_DIR}
 */
public final class CoreNlpQuotes {

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("usage: CoreNlpQuotes GOLD_DIR TEXTS_DIR OUT_DIR");
            System.exit(2);
        }
        Path gold = Path.of(args[0]), texts = Path.of(args[1]), out = Path.of(args[2]);
        Files.createDirectories(out);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        CoreNlpPipeline pipeline = new CoreNlpPipeline();
        try (Stream<Path> files = Files.list(gold)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                JsonNode doc = json.readTree(file.toFile());
                String text = Files.readString(texts.resolve(doc.get("doc").asText()), StandardCharsets.UTF_8);
                long t0 = System.nanoTime();
                CoreDocument annotated = pipeline.annotate(text);
                System.err.printf("%s: %d quotes in %d ms%n", file.getFileName(), annotated.quotes().size(),
                        (System.nanoTime() - t0) / 1_000_000);
                json.writeValue(out.resolve(file.getFileName()).toFile(), asJson(text, annotated));
            }
        }
    }

    static Map<String, Object> asJson(String text, CoreDocument doc) {
        Map<String, Map<String, Object>> actorsBySpeaker = new LinkedHashMap<>();
        List<Object> quotes = new ArrayList<>();
        for (CoreQuote q : doc.quotes()) {
            int start = q.quoteCharOffsets().first();
            int end = q.quoteCharOffsets().second();
            // The quote span includes its quotation marks; Standpoint reports the words inside them.
            if (end - start >= 2 && isQuoteMark(text.charAt(start)) && isQuoteMark(text.charAt(end - 1))) {
                start++;
                end--;
            }
            String words = text.substring(start, end);
            Optional<String> speaker = q.canonicalSpeaker().or(q::speaker).map(String::strip).filter(s -> !s.isEmpty());
            String speakerId = null;
            if (speaker.isPresent()) {
                Map<String, Object> actor = actorsBySpeaker.computeIfAbsent(speaker.get(), name -> {
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("id", "a" + (actorsBySpeaker.size() + 1));
                    a.put("name", name);
                    a.put("mentions", new ArrayList<Map<String, Object>>());
                    a.put("stance", Map.of("label", "neutral"));
                    a.put("evidence", new ArrayList<Map<String, Object>>());
                    return a;
                });
                speakerId = (String) actor.get("id");
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> mentions = (List<Map<String, Object>>) actor.get("mentions");
                q.speaker().ifPresent(s -> mentions.add(Map.of("text", s)));
                @SuppressWarnings("unchecked")
                List<Map<String, Object>> evidence = (List<Map<String, Object>>) actor.get("evidence");
                evidence.add(Map.of("text", words, "start", start, "end", end, "kind", "direct_quote"));
            }
            Map<String, Object> quote = new LinkedHashMap<>();
            quote.put("text", words);
            quote.put("start", start);
            quote.put("end", end);
            quote.put("speakerId", speakerId);
            quotes.add(quote);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("actors", new ArrayList<>(actorsBySpeaker.values()));
        root.put("quotes", quotes);
        return root;
    }

    private static boolean isQuoteMark(char c) {
        return "\"'\u201C\u201D\u2018\u2019\u00AB\u00BB`".indexOf(c) >= 0;
    }
}
