package dev.standpoint.client;

import dev.standpoint.api.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Runs target/ts-client/dist/smoke.js, which src/test/typescript/build-client.sh compiled in this build against the
 * TypeScript client generated from openapi/openapi.yaml: create, get, list, page, delete and problems, through
 * openapi-fetch. Skipped with a message where the build had no npm, except in CI, where it must run.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class TypeScriptClientSmokeTest {

    private static final Path SMOKE = Path.of("target", "ts-client", "dist", "smoke.js");

    @TestHTTPResource("/")
    URL url;

    @Test
    void createsGetsListsPagesAndDeletesThroughTheGeneratedTypeScriptClient() throws Exception {
        if (!Files.exists(SMOKE)) {
            Assumptions.assumeFalse("true".equals(System.getenv("CI")), "CI must build the TypeScript client");
            Assumptions.abort(SMOKE + " was not built (no npm on this machine): skipping the TypeScript client");
        }
        Process node = new ProcessBuilder("node", SMOKE.toString(), url.toString().replaceAll("/$", ""))
                .redirectErrorStream(true).start();
        boolean finished = node.waitFor(120, TimeUnit.SECONDS);
        String output = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!finished) {
            node.destroyForcibly();
        }
        assertTrue(finished, "the smoke run finished within two minutes: " + output);
        assertEquals(0, node.exitValue(), output);
        assertTrue(output.contains("checks passed"), output);
    }
}
