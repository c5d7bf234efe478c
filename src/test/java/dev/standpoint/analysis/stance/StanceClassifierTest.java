package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.text.LexiconFile;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StanceClassifierTest {

    private static final SentenceEncoder ENCODER = new MiniLmSentenceEncoder();
    private static final StanceClassifier MODEL =
            StanceClassifier.load("/dev/standpoint/analysis/lexicon/stance-model.tsv");

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
    void theModelEngineReadsStanceThatTheLexiconMisses() {
        String text = "\"This could put thousands of patients in harm's way,\" said Anna Berg, the health minister.";
        assertEquals(Stance.NEUTRAL, onlyActor(new Analyzer(Analyzer.StanceScoring.LEXICON), text).stance().label());
        assertEquals(Stance.CONCERN,
                onlyActor(new Analyzer(Analyzer.StanceScoring.LEXICON_AND_MODEL), text).stance().label());
    }

    private static Actor onlyActor(Analyzer analyzer, String text) {
        List<Actor> actors = analyzer.analyze(Article.of(text)).actors();
        assertEquals(1, actors.size(), actors::toString);
        return actors.get(0);
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
        List<String[]> rows = LexiconFile.rows("/dev/standpoint/analysis/lexicon/stance-training.tsv");
        for (Stance s : Stance.values()) {
            assertTrue(rows.stream().filter(r -> r[0].equals(s.name().toLowerCase(Locale.ROOT))).count() >= 40, s::name);
        }
        for (String[] r : rows) {
            EvidenceKind.valueOf(r[1]);
            assertEquals(3, r.length, () -> String.join("|", r));
        }
    }
}
