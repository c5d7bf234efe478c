package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.AnalysisStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The README's pandas lines, run as they are written (only the address changed to this test's service) with
 * python3 and pandas (Debian's python3-pandas; .ci/run installs it). Skipped with a message without them,
 * except in CI (CI=true), where that is a failure.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class PandasSnippetTest {

    @Inject
    AnalysisStore store;

    @TestHTTPResource("/")
    URL service;

    @Test
    void theReadmesPandasOneLinerReadsTheCsvExportIntoOneRowPerActor() throws Exception {
        assumePandas();
        store.save(TestArticles.analysis("Una Fairweather said \"yes, and again yes\".", "Una Fairweather",
                Stance.APPROVAL, "yes, and again yes", Instant.parse("2025-04-01T00:00:00Z")), Optional.empty());
        String snippet = readmeSnippet().replace("http://localhost:8080/", service.toString());
        String check = snippet + "\nrow = actors[actors.actor == 'Una Fairweather'].iloc[0]\n"
                + "print('columns', ','.join(actors.columns))\n"
                + "print('row', row.stance, row.approval, int(row.evidenceCount), row.title)\n";
        List<String> out = python(check);
        assertTrue(out.contains("columns " + String.join(",", ActorRows.COLUMNS)), String.join("\n", out));
        assertTrue(out.contains("row approval 0.7 1 Test: Una Fairweather"), String.join("\n", out));
    }

    /** The README's first python block that calls pandas' read_csv. */
    static String readmeSnippet() throws IOException {
        Matcher blocks = Pattern.compile("```python\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("README.md")));
        while (blocks.find()) {
            if (blocks.group(1).contains("pd.read_csv(")) {
                return blocks.group(1);
            }
        }
        throw new AssertionError("README.md has no python block with pd.read_csv(");
    }

    /** The first python3 that has pandas: the one on the PATH, else Debian's (a pyenv shim can hide it). */
    private static String pythonWithPandas;

    static void assumePandas() throws Exception {
        for (String candidate : List.of("python3", "/usr/bin/python3")) {
            try {
                pythonWithPandas = candidate;
                if (python("import pandas\nprint('ok')\n").contains("ok")) {
                    return;
                }
            } catch (IOException noPython) {
                // try the next one
            }
        }
        {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must run the README's pandas snippet: install python3-pandas (.ci/run does)");
            }
            Assumptions.abort("python3 with pandas is missing (apt-get install python3-pandas): skipping");
        }
    }

    static List<String> python(String program) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(pythonWithPandas, "-c", program).redirectErrorStream(true).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("python3 took over 120 s");
        }
        List<String> lines = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        if (p.exitValue() != 0 && !program.startsWith("import pandas\nprint('ok')")) {
            fail("python3 failed:\n" + String.join("\n", lines));
        }
        return lines;
    }
}
