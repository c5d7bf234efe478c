package dev.standpoint.bulk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standpoint.api.ActorRows;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The bulk output as rows for notebooks, written after the run from the whole analyses file (so a resumed run's
 * rows are complete and never doubled): the columns of GET /v1/analyses as CSV or NDJSON, with the source first.
 * Error lines have no rows.
 */
public final class ActorExport {

    public static final List<String> COLUMNS;

    static {
        List<String> columns = new ArrayList<>();
        columns.add("source");
        columns.addAll(ActorRows.COLUMNS);
        COLUMNS = List.copyOf(columns);
    }

    private ActorExport() {
    }

    /** Writes the rows of every analysis in `analyses` to `csv` and/or `ndjson`; returns how many rows. */
    public static long write(ObjectMapper mapper, Path analyses, Optional<Path> csv, Optional<Path> ndjson)
            throws IOException {
        if (csv.isEmpty() && ndjson.isEmpty()) {
            return 0;
        }
        long rows = 0;
        try (BufferedReader in = Files.newBufferedReader(analyses, StandardCharsets.UTF_8);
             Writer csvOut = csv.isPresent() ? Files.newBufferedWriter(csv.get(), StandardCharsets.UTF_8) : Writer.nullWriter();
             Writer ndjsonOut = ndjson.isPresent() ? Files.newBufferedWriter(ndjson.get(), StandardCharsets.UTF_8)
                     : Writer.nullWriter()) {
            csvOut.write(ActorRows.csvHeader(COLUMNS));
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode analysis = mapper.readTree(line);
                if (analysis.has("error")) {
                    continue;
                }
                for (ObjectNode row : ActorRows.of(mapper, analysis)) {
                    ObjectNode withSource = mapper.createObjectNode();
                    withSource.set("source", analysis.get("source"));
                    withSource.setAll(row);
                    csvOut.write(ActorRows.csvLine(withSource, COLUMNS));
                    ndjsonOut.write(mapper.writeValueAsString(withSource) + "\n");
                    rows++;
                }
            }
        }
        return rows;
    }
}
