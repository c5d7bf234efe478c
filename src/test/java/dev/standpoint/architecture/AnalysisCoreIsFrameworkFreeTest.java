package dev.standpoint.architecture;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine must run in any JVM host: no framework, persistence or HTTP-layer imports in its sources. */
class AnalysisCoreIsFrameworkFreeTest {

    private static final Path CORE = Path.of("src/main/java/dev/standpoint/analysis");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+)", Pattern.MULTILINE);
    private static final List<String> FORBIDDEN = List.of("io.quarkus", "jakarta.", "org.hibernate",
            "dev.standpoint.api", "dev.standpoint.store");

    @Test
    void analysisSourcesImportNoFrameworkOrOuterLayer() throws IOException {
        assertTrue(Files.isDirectory(CORE), "run from the project root: " + CORE.toAbsolutePath());
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CORE)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = IMPORT.matcher(Files.readString(file));
                while (m.find()) {
                    String imported = m.group(2);
                    if (FORBIDDEN.stream().anyMatch(imported::startsWith)) {
                        offences.add(CORE.relativize(file) + " imports " + imported);
                    }
                }
            }
        }
        assertEquals(List.of(), offences);
    }
}
