package dev.standpoint.train;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.stance.StanceModelInput;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.eval.EndToEndScore;
import dev.standpoint.eval.Gold;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Writes the stance model's training data as token ids, with {@link StanceModelInput} (the class the
 * engine reads with), one JSON line per actor:
 * {@code {"set", "article", "fold", "evidence", "label", "ids", "types"}}.
 *
 * <ul>
 *   <li>{@code corpus-bbc}, {@code corpus-polnear}: the annotated corpus (../shared/corpus/gold), each actor
 *       twice: with its gold evidence, and with the evidence the rule engine finds for the system actor
 *       matched to it (as score.py matches), so the model also learns from what it will be given.
 *       {@code fold} 0-4: article-level folds, stratified by source, seeded.</li>
 *   <li>{@code bbc-annotations}: src/train/data/bbc-annotations, the same two ways; fold -1 (always train).</li>
 *   <li>{@code polnear-annotations}: src/train/data/polnear-annotations, PolNeAR train articles outside the corpus
 *       annotated whole to the guide, the same two ways; fold -1.</li>
 *   <li>{@code polnear-stance}: ../shared/corpus/polnear-stance, attributions grouped per article by source
 *       (a surname joins the fuller name before it; pronoun sources are left out), labelled with the majority
 *       side, neutral when none takes one. Fold -1, or the fold of the same article in corpus-polnear.</li>
 *   <li>{@code dev}: ../shared/eval/dev, fold -2: never trained on, scored apart.</li>
 * </ul>
 *
 * <p>Usage: {@code StanceTrainingData SHARED_DIR OUT_FILE}.
 */
public final class StanceTrainingData {

    static final int FOLDS = 5;
    static final long FOLD_SEED = 20261202L;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "his", "her",
            "their", "its");
    private static final Set<String> SOURCE_TITLES = Set.of("mr", "mrs", "ms", "dr", "sen", "gov", "rep",
            "president", "the", "a", "an", "spokeswoman", "spokesman");

    private final ObjectMapper json = new ObjectMapper();
    /** The accurate engine's attribution finds the evidence the model is given at run time. */
    private final Analyzer engine = new Analyzer(new EngineSettings(EngineSettings.AttributionStage.TAGGER,
            EngineSettings.StanceStage.LEXICON));
    private final StanceModelInput input = new StanceModelInput(StanceModelInput.TRAINING_TOKENS);
    private final BufferedWriter out;
    private final Map<String, Integer> counts = new LinkedHashMap<>();

    private StanceTrainingData(BufferedWriter out) {
        this.out = out;
    }

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args.length > 0 ? args[0] : "../shared");
        Path file = Path.of(args.length > 1 ? args[1] : "target/train/stance/examples.jsonl");
        Files.createDirectories(file.getParent());
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            StanceTrainingData data = new StanceTrainingData(w);
            List<Gold> bbc = Gold.load(shared.resolve("corpus/gold/bbc"), shared.resolve("corpus/bbc"));
            List<Gold> polnear = Gold.load(shared.resolve("corpus/gold/polnear"), shared.resolve("eval/polnear/train/texts"));
            Map<String, Integer> folds = new HashMap<>();
            folds.putAll(folds(bbc));
            folds.putAll(folds(polnear));
            data.gold("corpus-bbc", bbc, folds);
            data.gold("corpus-polnear", polnear, folds);
            Set<String> drawn = docsOfBatches(Integer.parseInt(System.getProperty("standpoint.train.last-batch", "20")));
            data.gold("bbc-annotations", annotations("bbc-annotations", shared.resolve("corpus/bbc"), drawn), Map.of());
            data.gold("polnear-annotations", annotations("polnear-annotations", shared.resolve("eval/polnear/train/texts"),
                    drawn), Map.of());
            data.gold("dev", Gold.load(shared.resolve("eval/dev/gold"), shared.resolve("eval/dev/texts")), Map.of());
            Map<String, Integer> polnearFolds = new HashMap<>();
            polnear.forEach(g -> polnearFolds.put(g.doc(), folds.get(g.name())));
            data.polnearStance(shared, polnearFolds);
            System.out.println("examples written to " + file + ": " + data.counts);
        }
    }

    /**
     * The articles of annotation batches 1 to {@code last} (src/train/data/batch-N.txt): a model's training data
     * stays fixed as the annotation folders grow (stance-bge-small-1: batches 1 to 28; stance-minilm-4: 1 to 20).
     */
    static Set<String> docsOfBatches(int last) throws IOException {
        Set<String> docs = new HashSet<>();
        for (int n = 1; n <= last; n++) {
            Path batch = Path.of("src/train/data/batch-" + n + ".txt");
            if (Files.exists(batch)) {
                Files.readAllLines(batch).stream().map(String::strip).filter(l -> !l.isEmpty()).forEach(docs::add);
            }
        }
        return docs;
    }

    /** The annotations of src/train/data/FOLDER whose article one of the batches drew. */
    static List<Gold> annotations(String folder, Path texts, Set<String> drawn) {
        return Gold.load(Path.of("src/train/data", folder), texts).stream().filter(g -> drawn.contains(g.doc())).toList();
    }

    /** Article-level folds: each source's articles sorted, shuffled with a fixed seed, dealt round. */
    static Map<String, Integer> folds(List<Gold> articles) {
        List<String> names = new ArrayList<>(articles.stream().map(Gold::name).sorted().toList());
        Collections.shuffle(names, new Random(FOLD_SEED));
        Map<String, Integer> folds = new HashMap<>();
        for (int i = 0; i < names.size(); i++) {
            folds.put(names.get(i), i % FOLDS);
        }
        return folds;
    }

    private void gold(String set, List<Gold> articles, Map<String, Integer> folds) throws IOException {
        for (Gold g : articles) {
            int fold = set.equals("dev") ? -2 : folds.getOrDefault(g.name(), -1);
            Context context = context(g.text());
            Analysis analysis = engine.analyze(Article.of(g.text()));
            Map<Integer, Integer> matched = EndToEndScore.matching(g, analysis);
            for (int i = 0; i < g.actors().size(); i++) {
                Gold.Actor a = g.actors().get(i);
                List<StanceModelInput.Piece> evidence = new ArrayList<>();
                for (Gold.GoldEvidence e : a.evidence()) {
                    evidence.add(new StanceModelInput.Piece(kind(e.kind()), e.text()));
                }
                write(set, g.name(), fold, "gold", a.stance(), input.encode(context.topic, context.lead, a.name(), evidence));
                Integer sys = matched.get(i);
                if (sys != null) {
                    Actor s = analysis.actors().get(sys);
                    List<StanceModelInput.Piece> found = s.evidence().stream()
                            .map(e -> new StanceModelInput.Piece(e.kind(), e.text())).toList();
                    write(set, g.name(), fold, "engine", a.stance(), input.encode(context.topic, context.lead, s.name(), found));
                }
            }
        }
    }

    private record Context(String topic, String lead) {
    }

    /** The topic and lead the engine gives the stance stage for this text. */
    private Context context(String text) {
        Segmentation segmentation = engine.stages().segmenter().segment(text);
        return new Context(engine.stages().topic().find(Article.of(text), segmentation).text(),
                engine.stages().topic().lead(segmentation));
    }

    private void polnearStance(Path shared, Map<String, Integer> goldFolds) throws IOException {
        Path dir = shared.resolve("corpus/polnear-stance");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
        for (Path f : files) {
            JsonNode d = json.readTree(f.toFile());
            String doc = d.get("doc").asText();
            String text = Files.readString(shared.resolve("eval/polnear/train/texts").resolve(doc), StandardCharsets.UTF_8);
            Context context = context(text);
            Map<String, String> nameOf = new LinkedHashMap<>();
            Map<String, List<JsonNode>> bySource = new LinkedHashMap<>();
            for (JsonNode a : d.get("attributions")) {
                String key = sourceKey(a.path("source_text").asText(""));
                if (key.isEmpty() || PRONOUNS.contains(key)) {
                    continue;
                }
                String last = key.substring(key.lastIndexOf(' ') + 1);
                for (String k : bySource.keySet()) {
                    if (k.substring(k.lastIndexOf(' ') + 1).equals(last)) {
                        key = k; // a surname joins the fuller name seen before
                        break;
                    }
                }
                nameOf.putIfAbsent(key, a.get("source_text").asText());
                bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(a);
            }
            int fold = goldFolds.getOrDefault(doc, -1);
            for (var e : bySource.entrySet()) {
                Map<String, Integer> sides = new LinkedHashMap<>();
                List<StanceModelInput.Piece> evidence = new ArrayList<>();
                for (JsonNode a : e.getValue()) {
                    String stance = a.get("stance").asText();
                    if (!stance.equals("neutral")) {
                        sides.merge(stance, 1, Integer::sum);
                    }
                    evidence.add(new StanceModelInput.Piece(EvidenceKind.REPORTED, a.get("content_text").asText()));
                }
                String label = sides.isEmpty() ? "neutral" : majority(sides);
                write("polnear-stance", doc, fold, "polnear", label,
                        input.encode(context.topic, context.lead, nameOf.get(e.getKey()), evidence));
            }
        }
    }

    /** The most frequent side; a tie goes to the side seen first. */
    private static String majority(Map<String, Integer> sides) {
        String best = null;
        for (var e : sides.entrySet()) {
            if (best == null || e.getValue() > sides.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    private static String sourceKey(String source) {
        List<String> kept = new ArrayList<>();
        for (String t : source.toLowerCase(Locale.ROOT).split("[^a-z0-9'\u2019-]+")) {
            if (!t.isEmpty() && !SOURCE_TITLES.contains(t)) {
                kept.add(t);
            }
        }
        return String.join(" ", kept);
    }

    private static EvidenceKind kind(String goldKind) {
        return switch (goldKind) {
            case "direct_quote" -> EvidenceKind.DIRECT_QUOTE;
            case "description" -> EvidenceKind.DESCRIPTION;
            default -> EvidenceKind.REPORTED;
        };
    }

    private void write(String set, String article, int fold, String evidence, String label,
                       StanceModelInput.Encoded encoded) throws IOException {
        ObjectNode o = json.createObjectNode();
        o.put("set", set);
        o.put("article", article);
        o.put("fold", fold);
        o.put("evidence", evidence);
        o.put("label", label);
        var ids = o.putArray("ids");
        for (long id : encoded.ids()) {
            ids.add(id);
        }
        var types = o.putArray("types");
        for (long t : encoded.typeIds()) {
            types.add(t);
        }
        out.write(json.writeValueAsString(o));
        out.newLine();
        counts.merge(set + "/" + evidence, 1, Integer::sum);
    }
}
