package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.EngineSettings;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.words.LexiconFile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceClassifierTest {

    private static final SentenceEncoder ENCODER = new MiniLmSentenceEncoder();
    private static final StanceClassifier MODEL =
            StanceClassifier.load("stance-model.tsv");

    private static Stance top(double[] p) {
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            best = p[c] > p[best] ? c : best;
        }
        return Stance.values()[best];
    }

    @Test
    void givesProbabilitiesThatSumToOne() {
        double[] p = MODEL.probabilities(ENCODER.encode("The council will meet on Tuesday."), EvidenceKind.REPORTED);
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-9);
    }

    @Test
    void separatesClearCasesItNeverSawInTraining() {
        assertEquals(Stance.CONCERN, top(MODEL.probabilities(ENCODER.encode(
                "This could put thousands of patients at serious risk"), EvidenceKind.DIRECT_QUOTE)));
        assertEquals(Stance.SKEPTICISM, top(MODEL.probabilities(ENCODER.encode(
                "dismissed the announcement as an empty publicity stunt"), EvidenceKind.DESCRIPTION)));
    }

    @Test
    void theModelEngineAsksTheClassifierOnlyAboutActorsTheRulesFindNoSideFor() {
        String text = "\"It will arrive in the spring,\" said Tom Reed, the finance minister, who welcomed it as a good"
                + " start.\n\n\"This could put thousands of patients in harm's way,\" said Anna Berg, the health minister.";
        List<Actor> rules = new Analyzer(new EngineSettings(EngineSettings.StanceStage.LEXICON))
                .analyze(Article.of(text)).actors();
        List<Actor> model = new Analyzer(new EngineSettings(EngineSettings.StanceStage.LEXICON_AND_CLASSIFIER))
                .analyze(Article.of(text)).actors();
        // Tom Reed's welcome takes a side, so his quote without one is not sent to the classifier.
        assertEquals(actor(rules, "Tom Reed").stance(), actor(model, "Tom Reed").stance());
        assertEquals(actor(rules, "Tom Reed").evidence(), actor(model, "Tom Reed").evidence());
        // Nothing in Anna Berg's words is in the lexicon: the classifier reads the concern.
        assertEquals(Stance.NEUTRAL, actor(rules, "Anna Berg").stance().label());
        assertEquals(Stance.CONCERN, actor(model, "Anna Berg").stance().label());
    }

    private static Actor actor(List<Actor> actors, String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not among " + actors));
    }

    @Test
    void learnsASeparableToyProblemFromZeroWeights() {
        List<double[]> xs = List.of(new double[] {1, 0, 1}, new double[] {0, 1, 1});
        List<Stance> ys = List.of(Stance.APPROVAL, Stance.CONCERN);
        StanceClassifier toy = StanceClassifier.train(xs, ys, 200, 0.5, 0.0);
        assertEquals(Stance.APPROVAL, top(StanceClassifier.softmax(toy.weightsForTest(), xs.get(0))));
        assertEquals(Stance.CONCERN, top(StanceClassifier.softmax(toy.weightsForTest(), xs.get(1))));
    }

    @Test
    void trainingExamplesCoverEveryStanceAndKind() {
        List<String[]> rows = LexiconFile.rows("stance-training.tsv");
        for (Stance s : Stance.values()) {
            assertTrue(rows.stream().filter(r -> r[0].equals(s.name().toLowerCase(Locale.ROOT))).count() >= 40, s::name);
        }
        for (String[] r : rows) {
            EvidenceKind.valueOf(r[1]);
            assertEquals(3, r.length, () -> String.join("|", r));
        }
    }
}
