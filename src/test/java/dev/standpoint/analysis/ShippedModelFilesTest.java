package dev.standpoint.analysis;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shipped models are the ones models/model-files.tsv names: a retrained file under an old name would let
 * dedupe serve the old model's stored analyses as the new one's, since the engine version names models, not files.
 */
class ShippedModelFilesTest {

    private record Row(String file, String name, String sha256) {
    }

    private static List<Row> table() throws IOException {
        try (InputStream in = ShippedModelFilesTest.class.getResourceAsStream("/models/model-files.tsv")) {
            assertNotNull(in, "models/model-files.tsv is missing");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.isBlank() && !l.startsWith("#")).map(l -> l.split("\t"))
                    .map(c -> new Row(c[0], c[1], c[2])).toList();
        }
    }

    @Test
    void eachModelFileIsTheOneItsNameWasRecordedFor() throws Exception {
        List<Row> rows = table();
        assertEquals(3, rows.size(), "the tagger, the attribution network and the stance model");
        for (Row row : rows) {
            assertEquals(row.sha256(), sha256("/models/" + row.file()), () -> row.file() + " changed: give the model a "
                    + "new name (not " + row.name() + ") and record the file's SHA-256 in models/model-files.tsv");
        }
    }

    @Test
    void theAccurateEngineNamesEveryModelItRuns() throws IOException {
        String version = String.join("/", new Analyzer(EngineSettings.trained()).modelNames());
        for (Row row : table()) {
            assertTrue(version.contains(row.name()), () -> version + " does not name " + row.name());
        }
    }

    private static String sha256(String resource) throws IOException, NoSuchAlgorithmException {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        try (InputStream in = ShippedModelFilesTest.class.getResourceAsStream(resource)) {
            assertNotNull(in, resource + " is missing");
            try (DigestInputStream d = new DigestInputStream(in, digest)) {
                d.transferTo(OutputStream.nullOutputStream());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
