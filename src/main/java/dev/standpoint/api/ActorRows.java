package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.store.ActorNameKey;

import java.util.ArrayList;
import java.util.List;

/**
 * Analyses flattened for notebooks: one row per actor and article (an article without actors keeps one row with
 * empty actor columns, so every article appears). The same columns as CSV (RFC 4180, header first) and as NDJSON
 * (one JSON object a line); GET /v1/analyses and the bulk mode write them. Rows are read off the analysis as the
 * API answers it (AnalysisResponse as JSON), so an export and a bulk file say the same thing.
 */
public final class ActorRows {

    /** The columns, in order; the bulk mode puts {@code source} first. */
    public static final List<String> COLUMNS = List.of("analysisId", "title", "url", "publishedAt", "actor",
            "actorKey", "type", "role", "stance", "confidence", "approval", "concern", "skepticism", "neutral",
            "sentiment", "sentimentMagnitude", "evidenceCount");

    public static final String NDJSON = "application/x-ndjson";
    public static final String CSV = "text/csv";

    private ActorRows() {
    }

    /**
     * The rows of one analysis (AnalysisResponse as JSON). actorKey is the id that follows the actor across articles
     * (/v1/actors/{id}); a generic actor's carries its analysis id, so it is empty when the analysis was not stored.
     */
    public static List<ObjectNode> of(ObjectMapper mapper, JsonNode analysis) {
        JsonNode article = analysis.path("article");
        String analysisId = text(analysis.path("id"));
        List<ObjectNode> rows = new ArrayList<>();
        JsonNode actors = analysis.path("actors");
        if (actors.isEmpty()) {
            rows.add(row(mapper, analysisId, article));
            return rows;
        }
        for (JsonNode a : actors) {
            ObjectNode row = row(mapper, analysisId, article);
            String name = a.path("name").asText();
            ActorType type = ActorType.valueOf(a.path("type").asText());
            String nameKey = ActorNameKey.of(name);
            String key = nameKey.isEmpty() ? a.path("id").asText() : nameKey;
            if (type.isGeneric(name)) {
                key = analysisId == null ? null : key + "--" + analysisId;
            }
            row.put("actor", name);
            row.put("actorKey", key);
            row.put("type", type.name());
            row.put("role", text(a.path("role")));
            JsonNode stance = a.path("stance");
            row.put("stance", stance.path("label").asText());
            row.put("confidence", stance.path("confidence").asDouble());
            JsonNode scores = stance.path("scores");
            for (String s : List.of("approval", "concern", "skepticism", "neutral")) {
                row.put(s, scores.path(s).asDouble());
            }
            row.put("sentiment", a.path("sentiment").path("score").asDouble());
            row.put("sentimentMagnitude", a.path("sentiment").path("magnitude").asDouble());
            row.put("evidenceCount", a.path("evidenceCount").asInt());
            rows.add(row);
        }
        return rows;
    }

    private static ObjectNode row(ObjectMapper mapper, String analysisId, JsonNode article) {
        ObjectNode row = mapper.createObjectNode();
        row.put("analysisId", analysisId);
        row.put("title", text(article.path("title")));
        row.put("url", text(article.path("url")));
        row.put("publishedAt", text(article.path("publishedAt")));
        for (String column : COLUMNS.subList(4, COLUMNS.size())) {
            row.putNull(column);
        }
        return row;
    }

    /** The CSV header line for these columns. */
    public static String csvHeader(List<String> columns) {
        return String.join(",", columns) + "\r\n";
    }

    /** One CSV record of a row, in the columns' order: nulls are empty fields, text is quoted when it must be. */
    public static String csvLine(JsonNode row, List<String> columns) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            JsonNode value = row.path(columns.get(i));
            if (value.isNull() || value.isMissingNode()) {
                continue;
            }
            line.append(value.isTextual() ? quote(value.asText()) : value.asText());
        }
        return line.append("\r\n").toString();
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static String text(JsonNode node) {
        return node.isNull() || node.isMissingNode() ? null : node.asText();
    }
}
