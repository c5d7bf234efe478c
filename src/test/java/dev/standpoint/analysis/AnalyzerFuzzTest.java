package dev.standpoint.analysis;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import java.util.Optional;

/**
 * Jazzer's coverage-guided fuzzing of the engine, on demand only:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest=AnalyzerFuzzTest} fuzzes for up to a minute. It is off in
 * `./mvnw verify` because Jazzer attaches an instrumenting agent to the whole test JVM (which the Quarkus
 * tests share) and costs ~30 s even to replay; FuzzCorpusTest replays the corpus in every build instead.
 * A crashing input Jazzer finds belongs in src/test/resources/fuzz/engine/.
 */
@EnabledIfEnvironmentVariable(named = "JAZZER_FUZZ", matches = ".+")
class AnalyzerFuzzTest {

    private static final Analyzer ANALYZER = new Analyzer();

    @FuzzTest(maxDuration = "60s")
    void analysesAnyTextWithoutBreakingAnInvariant(FuzzedDataProvider data) {
        String target = data.consumeBoolean() ? data.consumeString(100) : "";
        String text = data.consumeRemainingAsString();
        AnalysisInvariants.check(text, ANALYZER.analyze(new Article(text, Optional.empty(), Optional.of(target))));
    }
}
