package dev.standpoint.train;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.attribution.AttributionFeatures;
import dev.standpoint.analysis.attribution.AttributionNetwork;
import dev.standpoint.analysis.attribution.AttributionNetworkInput;
import dev.standpoint.analysis.attribution.AttributionTagger;
import dev.standpoint.analysis.attribution.CueLexicon;
import dev.standpoint.analysis.attribution.Role;
import dev.standpoint.analysis.attribution.RuleAttributionFinder;
import dev.standpoint.analysis.attribution.TaggedAttributionFinder;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourceWords;
import dev.standpoint.analysis.text.RuleSegmenter;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.eval.Polnear;
import dev.standpoint.eval.PolnearScore;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Trains the attribution tagger on PolNeAR's train split (840 articles, every attribution's source, cue and
 * content marked): an averaged structured perceptron over {@link AttributionFeatures}, the features the
 * engine extracts. Gold roles come from PolNeAR's spans, the outermost attribution first where they nest
 * (its content covers the inner one's words).
 *
 * <p>Usage: {@code AttributionTaggerTraining SHARED_DIR cv} (5-fold cross-validation over the train
 * articles, by article, end to end with polnear.py's measures) or {@code AttributionTaggerTraining SHARED_DIR
 * train OUT_FILE} (the 735 train articles outside the annotated corpus) or {@code AttributionTaggerTraining
 * SHARED_DIR diagnose} (where held-out contents are lost). For the attribution network
 * (src/train/attribution.sh): {@code network-data OUT.jsonl} writes its training sentences, {@code network-cv
 * NETWORK.onnx} scores fold 0 with a network trained on folds 1 to 4 ({@code -Dweights}, {@code -Dbiases},
 * {@code -Dgate}). Seeded, deterministic.
 */
public final class AttributionTaggerTraining {

    static final int EPOCHS = Integer.getInteger("epochs", 12);
    static final int MIN_FEATURE_COUNT = 2;
    static final long SEED = 20261202L;
    static final int ROLES = Role.values().length;
    private int examplesShown;

    /** One sentence ready for training: each token's features and gold role. */
    record Example(long[][] features, Role[] gold) {
    }

    private final SourceWords words = new SourceWords();
    private final CueLexicon cues = new CueLexicon();
    private final RuleSegmenter segmenter = new RuleSegmenter();
    private final RuleAttributionFinder rules = new RuleAttributionFinder(cues);
    private final AttributionFeatures featureReader = new AttributionFeatures(cues, words);

    public static void main(String[] args) throws IOException {
        Path shared = Path.of(args[0]);
        AttributionTaggerTraining t = new AttributionTaggerTraining();
        // The annotated corpus's 105 PolNeAR articles are scored end to end; they stay out of training.
        java.util.Set<String> corpus = new java.util.HashSet<>();
        try (var files = Files.list(shared.resolve("corpus/gold/polnear"))) {
            files.forEach(f -> corpus.add(f.getFileName().toString().replaceFirst("\\.json$", "")));
        }
        List<Polnear> train = Polnear.load(shared.resolve("eval/polnear/train")).stream()
                .filter(p -> !corpus.contains(p.name())).toList();
        System.out.printf(Locale.ROOT, "%d PolNeAR train articles (the corpus's %d left out)%n", train.size(), corpus.size());
        long started = System.nanoTime();
        if (args[1].equals("cv")) {
            t.crossValidate(train);
        } else if (args[1].equals("network-data")) {
            t.writeNetworkData(train, Polnear.load(shared.resolve("eval/polnear/dev")), Path.of(args[2]));
        } else if (args[1].equals("network-cv")) {
            t.crossValidateNetwork(train, Path.of(args[2]));
        } else if (args[1].equals("diagnose")) {
            t.diagnose(train);
        } else {
            AttributionTagger tagger = t.train(t.examples(train)).withContentAndCueBias(CHOSEN_BIAS);
            Path out = Path.of(args[2]);
            Files.createDirectories(out.getParent());
            try (OutputStream o = Files.newOutputStream(out)) {
                tagger.write(o);
            }
            System.out.printf(Locale.ROOT, "%d features written to %s%n", tagger.features(), out);
            PolnearScore dev = t.score(tagger, Polnear.load(shared.resolve("eval/polnear/dev")));
            System.out.printf(Locale.ROOT, "PolNeAR dev (never trained on): content recall %.3f (direct %.3f, the rest %.3f),"
                    + " source fit %.3f, attribution %.3f%n", dev.contentRecall(), dev.directQuoteRecall(),
                    dev.otherRecall(), dev.sourceFit(), dev.attribution());
        }
        System.out.printf(Locale.ROOT, "%.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** The decodings tried in cross-validation: each way of turning tagged spans into attributions. */
    static final List<TaggedAttributionFinder.Decoding> DECODINGS = List.of(
            new TaggedAttributionFinder.Decoding(true, true, TaggedAttributionFinder.RulesKept.ALL),
            new TaggedAttributionFinder.Decoding(true, true, TaggedAttributionFinder.RulesKept.REACTIONS),
            new TaggedAttributionFinder.Decoding(true, true, TaggedAttributionFinder.RulesKept.NONE));
    /** Content and cue biases tried in cross-validation (the recall / precision trade); the chosen one ships. */
    static final float[] BIASES = biases(System.getProperty("biases", "20,80"));
    /** The content and cue bias the shipped tagger carries: the best of {0, 2, 4, 8, 20, 40, 50, 60, 80, 120} in CV. */
    static final float CHOSEN_BIAS = 80f;

    private static float[] biases(String list) {
        String[] parts = list.split(",");
        float[] b = new float[parts.length];
        for (int i = 0; i < parts.length; i++) {
            b[i] = Float.parseFloat(parts[i].trim());
        }
        return b;
    }

    private void crossValidate(List<Polnear> train) {
        List<Polnear> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, new Random(SEED));
        Map<String, PolnearScore> all = new java.util.LinkedHashMap<>();
        for (int k = 0; k < 5; k++) {
            List<Polnear> fit = new ArrayList<>(), held = new ArrayList<>();
            for (int i = 0; i < shuffled.size(); i++) {
                (i % 5 == k ? held : fit).add(shuffled.get(i));
            }
            AttributionTagger trained = train(examples(fit));
            for (float bias : BIASES) {
                AttributionTagger tagger = trained.withContentAndCueBias(bias);
                for (TaggedAttributionFinder.Decoding d : DECODINGS) {
                    PolnearScore s = score(tagger, held, d);
                    String key = "bias " + bias + " " + d;
                    System.out.printf(Locale.ROOT, "fold %d %s: content recall %.3f, source fit %.3f, attribution %.3f%n",
                            k, key, s.contentRecall(), s.sourceFit(), s.attribution());
                    all.computeIfAbsent(key, x -> new PolnearScore()).addAll(s);
                }
            }
        }
        all.forEach((d, s) -> System.out.printf(Locale.ROOT, "cross-validated on train, %s: content recall %.3f (direct %.3f,"
                + " the rest %.3f), source fit %.3f, attribution %.3f%n", d, s.contentRecall(), s.directQuoteRecall(),
                s.otherRecall(), s.sourceFit(), s.attribution()));
    }

    /** The articles of fold {@code k} of the cross-validation, or (held false) the other four folds'. */
    private static List<Polnear> fold(List<Polnear> train, int k, boolean held) {
        List<Polnear> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, new Random(SEED));
        List<Polnear> out = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            if ((i % 5 == k) == held) {
                out.add(shuffled.get(i));
            }
        }
        return out;
    }

    /**
     * The attribution network's training data (src/train/python/attribution_train.py): one JSON line per
     * sentence with its article, its cross-validation fold (5 for PolNeAR dev, never trained on), the
     * WordPiece ids {@link AttributionNetworkInput} gives the network, each token's first piece and gold role.
     */
    private void writeNetworkData(List<Polnear> train, List<Polnear> dev, Path out) throws IOException {
        AttributionNetworkInput input = new AttributionNetworkInput();
        Map<String, Integer> foldOf = new HashMap<>();
        for (int k = 0; k < 5; k++) {
            for (Polnear p : fold(train, k, true)) {
                foldOf.put(p.name(), k);
            }
        }
        dev.forEach(p -> foldOf.put(p.name(), 5));
        List<Polnear> all = new ArrayList<>(train);
        all.addAll(dev);
        Files.createDirectories(out.toAbsolutePath().getParent());
        int sentences = 0;
        try (var w = Files.newBufferedWriter(out)) {
            for (Polnear p : all) {
                Segmentation seg = segmenter.segment(p.text());
                Role[] gold = goldRoles(seg, p);
                for (Sentence s : seg.sentences()) {
                    if (s.toToken() == s.fromToken() || seg.inHeadline(seg.token(s.fromToken()).span())) {
                        continue; // the finder tags no headline
                    }
                    AttributionNetworkInput.Encoded e = input.encode(seg, s);
                    StringBuilder line = new StringBuilder("{\"article\": \"").append(p.name()).append("\", \"fold\": ")
                            .append(foldOf.get(p.name())).append(", \"ids\": ").append(java.util.Arrays.toString(e.ids()))
                            .append(", \"first\": ").append(java.util.Arrays.toString(e.firstPiece())).append(", \"gold\": [");
                    for (int t = s.fromToken(); t < s.toToken(); t++) {
                        line.append(t > s.fromToken() ? ", " : "").append(gold[t].ordinal());
                    }
                    w.write(line.append("]}\n").toString());
                    sentences++;
                }
            }
        }
        System.out.printf(Locale.ROOT, "%d sentences of %d articles written to %s%n", sentences, all.size(), out);
    }

    /**
     * The tagger trained on folds 1 to 4 with a network trained on the same folds (its ONNX file), scored on
     * fold 0 for each network weight of {@code -Dweights} (0: the tagger alone) and each bias of {@code -Dbiases}.
     */
    private void crossValidateNetwork(List<Polnear> train, Path onnx) throws IOException {
        AttributionNetwork network = new AttributionNetwork(Files.readAllBytes(onnx));
        AttributionTagger trained = train(examples(fold(train, 0, false)));
        List<Polnear> held = fold(train, 0, true);
        // -Dgate=B: the network reads only sentences where the tagger at content and cue bias B tags some role
        java.util.Optional<AttributionTagger> gate = System.getProperty("gate") == null ? java.util.Optional.empty()
                : java.util.Optional.of(trained.withContentAndCueBias(Float.parseFloat(System.getProperty("gate"))));
        for (String weight : System.getProperty("weights", "0,10,30").split(",")) {
            for (float bias : BIASES) {
                TaggedAttributionFinder finder = new TaggedAttributionFinder(trained.withContentAndCueBias(bias),
                        java.util.Optional.of(new TaggedAttributionFinder.NetworkUse(network, Float.parseFloat(weight),
                                gate)), featureReader, rules,
                        CueLexicon.withPolnearCues(), "attribution-tagger", 0.8, TaggedAttributionFinder.Decoding.CHOSEN);
                PolnearScore s = score(finder, held);
                System.out.printf(Locale.ROOT, "fold 0, network weight %s, bias %.0f: content recall %.3f (direct %.3f,"
                        + " the rest %.3f), source fit %.3f, attribution %.3f%n", weight, bias, s.contentRecall(),
                        s.directQuoteRecall(), s.otherRecall(), s.sourceFit(), s.attribution());
            }
        }
    }

    /**
     * Where held-out gold contents are lost (fold 0 of the cross-validation): how much of each content the
     * tagger marks as content, whether its sentence has a tagged cue and source, whether the attribution
     * stage's output covers it. {@code -Dshow=CATEGORY} (for example {@code -Dshow="tagged, lost in linking"})
     * prints up to 40 examples of one outcome, each with its sentence as the tagger read it.
     */
    private void diagnose(List<Polnear> train) {
        List<Polnear> shuffled = new ArrayList<>(train);
        Collections.shuffle(shuffled, new Random(SEED));
        List<Polnear> fit = new ArrayList<>(), held = new ArrayList<>();
        for (int i = 0; i < shuffled.size(); i++) {
            (i % 5 == 0 ? held : fit).add(shuffled.get(i));
        }
        AttributionTagger tagger = train(examples(fit));
        TaggedAttributionFinder finder = new TaggedAttributionFinder(tagger, featureReader, rules, CueLexicon.withPolnearCues(), "diagnose", 0.8);
        Map<String, Integer> outcome = new java.util.TreeMap<>();
        examplesShown = 0;
        for (Polnear p : held) {
            Segmentation seg = segmenter.segment(p.text());
            NounPhrases phrases = NounPhrases.read(seg, words);
            AttributionFeatures.RuleMarks marks = AttributionFeatures.RuleMarks.of(seg, rules.find(seg, phrases));
            Role[] roles = new Role[seg.tokens().size()];
            int[] sentenceOf = new int[seg.tokens().size()];
            for (Sentence s : seg.sentences()) {
                Role[] r = tagger.tag(featureReader.of(seg, s, marks));
                System.arraycopy(r, 0, roles, s.fromToken(), r.length);
                for (int i = s.fromToken(); i < s.toToken(); i++) {
                    sentenceOf[i] = s.index();
                }
            }
            List<Attribution> found = finder.find(seg, phrases);
            for (Polnear.GoldAttribution g : p.attributions()) {
                int total = g.contentLength(), tagged = 0;
                java.util.Set<Integer> sentences = new java.util.HashSet<>();
                for (int i = 0; i < seg.tokens().size(); i++) {
                    Span t = seg.token(i).span();
                    for (Span c : g.content()) {
                        int o = Math.max(0, Math.min(t.end(), c.end()) - Math.max(t.start(), c.start()));
                        if (o > 0) {
                            sentences.add(sentenceOf[i]);
                            if (roles[i] != null && roles[i] != Role.O && roles[i].name().endsWith("CONTENT")) {
                                tagged += o;
                            }
                        }
                    }
                }
                boolean covered = found.stream().anyMatch(a -> {
                    List<Span> spans = new ArrayList<>();
                    a.content().ifPresent(spans::add);
                    a.quotations().forEach(q -> spans.add(seg.quotations().get(q).inner()));
                    return spans.stream().anyMatch(e -> g.content().stream().mapToInt(c -> Math.max(0,
                            Math.min(c.end(), e.end()) - Math.max(c.start(), e.start()))).sum() >= 0.5 * total);
                });
                boolean cueTagged = false, sourceTagged = false;
                for (int i = 0; i < roles.length; i++) {
                    if (roles[i] != null && sentences.contains(sentenceOf[i])) {
                        cueTagged |= roles[i].name().endsWith("CUE");
                        sourceTagged |= roles[i].name().endsWith("SOURCE");
                    }
                }
                String key = covered ? "covered" : tagged * 2 < total ? (tagged == 0 ? "not tagged" : "tagged < half")
                        : !cueTagged ? "tagged, no cue in sentence" : !sourceTagged ? "tagged, no source in sentence"
                        : "tagged, lost in linking";
                outcome.merge(key + (g.source().isEmpty() ? " (gold has no source)" : ""), 1, Integer::sum);
                if (key.equals(System.getProperty("show")) && examplesShown++ < 40) {
                    System.out.printf("  %s: [%s] [%s] %s%n    tagged: %s%n", key, g.source().stream().map(x -> x.of(p.text())).toList(),
                            g.cue().stream().map(x -> x.of(p.text())).toList(),
                            g.content().get(0).of(p.text()).replace('\n', ' '), taggedSentence(seg, roles, sentenceOf, sentences));
                }
            }
        }
        outcome.forEach((k, v) -> System.out.printf(Locale.ROOT, "  %-50s %5d%n", k, v));
    }

    /** The sentences of a missed content as the tagger read them: source [S ...], cue [C ...], content [T ...]. */
    private static String taggedSentence(Segmentation seg, Role[] roles, int[] sentenceOf, java.util.Set<Integer> sentences) {
        StringBuilder out = new StringBuilder();
        char open = 0;
        for (int i = 0; i < roles.length; i++) {
            if (!sentences.contains(sentenceOf[i])) {
                continue;
            }
            Role r = roles[i];
            char k = r == null || r == Role.O ? 0 : r.isSource() ? 'S' : r.isCue() ? 'C' : 'T';
            if (k != open || (r != null && r.begins())) {
                if (open != 0) {
                    out.append(']');
                }
                if (k != 0) {
                    out.append(" [").append(k);
                }
                open = k;
            }
            out.append(' ').append(seg.token(i).text());
        }
        return out.append(open != 0 ? "]" : "").toString().replace('\n', ' ');
    }

    /** The whole engine with the tagger as its attribution stage, scored as polnear.py scores it. */
    PolnearScore score(AttributionTagger tagger, List<Polnear> articles) {
        return score(tagger, articles, TaggedAttributionFinder.Decoding.CHOSEN);
    }

    PolnearScore score(AttributionTagger tagger, List<Polnear> articles, TaggedAttributionFinder.Decoding decoding) {
        return score(new TaggedAttributionFinder(tagger, featureReader, rules, CueLexicon.withPolnearCues(),
                "attribution-tagger", 0.8, decoding), articles);
    }

    PolnearScore score(TaggedAttributionFinder finder, List<Polnear> articles) {
        Analyzer rulesEngine = new Analyzer();
        Analyzer.Stages s = rulesEngine.stages();
        Analyzer engine = new Analyzer(new Analyzer.Stages(s.segmenter(), s.sourceWords(), finder,
                s.actors(), s.evidence(), s.topic(), s.stance(), s.summaries()));
        PolnearScore score = new PolnearScore();
        for (Polnear p : articles) {
            score.add(p, engine.analyze(Article.of(p.text())));
        }
        return score;
    }

    List<Example> examples(List<Polnear> articles) {
        List<Example> out = new ArrayList<>();
        for (Polnear p : articles) {
            Segmentation seg = segmenter.segment(p.text());
            NounPhrases phrases = NounPhrases.read(seg, words);
            List<Attribution> byRule = rules.find(seg, phrases);
            AttributionFeatures.RuleMarks marks = AttributionFeatures.RuleMarks.of(seg, byRule);
            Role[] gold = goldRoles(seg, p);
            for (Sentence s : seg.sentences()) {
                if (s.toToken() > s.fromToken()) {
                    Role[] g = new Role[s.toToken() - s.fromToken()];
                    System.arraycopy(gold, s.fromToken(), g, 0, g.length);
                    out.add(new Example(featureReader.of(seg, s, marks), g));
                }
            }
        }
        return out;
    }

    /** Each token's role in PolNeAR's attributions: outermost first; a token takes a role when half of it lies in the span. */
    static Role[] goldRoles(Segmentation seg, Polnear p) {
        List<Token> tokens = seg.tokens();
        char[] kind = new char[tokens.size()];
        int[] owner = new int[tokens.size()];
        List<Polnear.GoldAttribution> byLength = new ArrayList<>(p.attributions());
        byLength.sort(Comparator.comparingInt(Polnear.GoldAttribution::contentLength).reversed());
        for (int a = 0; a < byLength.size(); a++) {
            Polnear.GoldAttribution g = byLength.get(a);
            label(tokens, g.content(), 'T', a, kind, owner);
            label(tokens, g.source(), 'S', a, kind, owner);
            label(tokens, g.cue(), 'C', a, kind, owner);
        }
        Role[] roles = new Role[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            boolean begins = i == 0 || kind[i - 1] != kind[i] || owner[i - 1] != owner[i];
            roles[i] = switch (kind[i]) {
                case 'S' -> begins ? Role.B_SOURCE : Role.I_SOURCE;
                case 'C' -> begins ? Role.B_CUE : Role.I_CUE;
                case 'T' -> begins ? Role.B_CONTENT : Role.I_CONTENT;
                default -> Role.O;
            };
        }
        return roles;
    }

    private static void label(List<Token> tokens, List<Span> spans, char k, int attribution, char[] kind, int[] owner) {
        for (int i = 0; i < tokens.size(); i++) {
            if (kind[i] != 0) {
                continue;
            }
            Span t = tokens.get(i).span();
            int inside = 0;
            for (Span s : spans) {
                inside += Math.max(0, Math.min(t.end(), s.end()) - Math.max(t.start(), s.start()));
            }
            if (inside * 2 >= t.length() && inside > 0) {
                kind[i] = k;
                owner[i] = attribution;
            }
        }
    }

    /** Averaged structured perceptron, features seen at least twice, sentences shuffled each epoch with a fixed seed. */
    AttributionTagger train(List<Example> examples) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Example e : examples) {
            for (long[] f : e.features()) {
                for (long h : f) {
                    counts.merge(h, 1, Integer::sum);
                }
            }
        }
        Map<Long, Integer> index = new HashMap<>();
        counts.forEach((h, c) -> {
            if (c >= MIN_FEATURE_COUNT) {
                index.put(h, index.size());
            }
        });
        int n = index.size();
        double[] w = new double[n * ROLES], u = new double[n * ROLES];
        double[] tw = new double[(ROLES + 1) * ROLES], tu = new double[(ROLES + 1) * ROLES];
        int[][][] ids = new int[examples.size()][][];
        for (int e = 0; e < examples.size(); e++) {
            long[][] f = examples.get(e).features();
            ids[e] = new int[f.length][];
            for (int t = 0; t < f.length; t++) {
                ids[e][t] = java.util.Arrays.stream(f[t]).filter(index::containsKey).mapToInt(index::get).toArray();
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int e = 0; e < examples.size(); e++) {
            order.add(e);
        }
        Random random = new Random(SEED);
        long c = 1;
        for (int epoch = 0; epoch < EPOCHS; epoch++) {
            Collections.shuffle(order, random);
            int wrong = 0;
            for (int e : order) {
                int[][] x = ids[e];
                Role[] gold = examples.get(e).gold();
                Role[] pred = AttributionTagger.viterbi(x.length, scorer(x, w, tw));
                boolean same = true;
                for (int t = 0; t < x.length; t++) {
                    same &= pred[t] == gold[t];
                }
                if (!same) {
                    wrong++;
                    for (int t = 0; t < x.length; t++) {
                        int g = gold[t].ordinal(), p = pred[t].ordinal();
                        int gp = t == 0 ? -1 : gold[t - 1].ordinal(), pp = t == 0 ? -1 : pred[t - 1].ordinal();
                        if (g != p) {
                            for (int f : x[t]) {
                                update(w, u, f * ROLES + g, 1, c);
                                update(w, u, f * ROLES + p, -1, c);
                            }
                        }
                        if (g != p || gp != pp) {
                            update(tw, tu, (gp + 1) * ROLES + g, 1, c);
                            update(tw, tu, (pp + 1) * ROLES + p, -1, c);
                        }
                    }
                }
                c++;
            }
            System.out.printf(Locale.ROOT, "  epoch %d: %d of %d sentences wrong%n", epoch, wrong, examples.size());
        }
        // averaged weights, then the features whose weights all vanish are left out
        List<long[]> kept = new ArrayList<>();
        Map<Long, float[]> averaged = new HashMap<>();
        for (var entry : index.entrySet()) {
            float[] v = new float[ROLES];
            boolean any = false;
            for (int r = 0; r < ROLES; r++) {
                int i = entry.getValue() * ROLES + r;
                v[r] = (float) (w[i] - u[i] / c);
                any |= Math.abs(v[r]) > 1e-3;
            }
            if (any) {
                averaged.put(entry.getKey(), v);
            }
        }
        long[] keys = averaged.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        float[] weights = new float[keys.length * ROLES];
        for (int k = 0; k < keys.length; k++) {
            System.arraycopy(averaged.get(keys[k]), 0, weights, k * ROLES, ROLES);
        }
        float[] transitions = new float[tw.length];
        for (int i = 0; i < tw.length; i++) {
            transitions[i] = (float) (tw[i] - tu[i] / c);
        }
        return new AttributionTagger(keys, weights, transitions);
    }

    private static void update(double[] w, double[] u, int i, double delta, long c) {
        w[i] += delta;
        u[i] += c * delta;
    }

    /** The learning weights as a scorer; token t's feature indices are read from {@code x[t]}. */
    private static AttributionTagger.Scorer scorer(int[][] x, double[] w, double[] tw) {
        return new AttributionTagger.Scorer() {
            @Override
            public void emissions(int t, double[] into) {
                for (int f : x[t]) {
                    for (int r = 0; r < ROLES; r++) {
                        into[r] += w[f * ROLES + r];
                    }
                }
            }

            @Override
            public double transition(int previous, int next) {
                return tw[(previous + 1) * ROLES + next];
            }
        };
    }
}
