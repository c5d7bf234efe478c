package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.List;

/**
 * What the bulk mode (dev.standpoint.bulk) asks of the service: one article in, one line out, exactly as the API
 * would answer it (validation, caps, time limit, dedupe and storing included), or the problem the API would send.
 */
@ApplicationScoped
public class BulkAnalysisService {
    private static final Logger LOG = Logger.getLogger(BulkAnalysisService.class);

    /** The fields of a JSONL record the bulk mode reads; any other field (an id, a section...) is left alone. */
    public static final List<String> FIELDS = List.of("text", "title", "url", "publishedAt", "language", "target");

    private final AnalysisService analyses;
    private final AnalysisResponses responses;
    private final ObjectMapper mapper;

    public BulkAnalysisService(AnalysisService analyses, AnalysisResponses responses, ObjectMapper mapper) {
        this.analyses = analyses;
        this.responses = responses;
        this.mapper = mapper;
    }

    /** The analysis of one record (the FIELDS of a JSONL line, or a text file's text) as the API's JSON. */
    public ObjectNode analyse(JsonNode record, boolean store, boolean dedupe, OffsetUnit unit, AnalysisView view) {
        ObjectNode fields = mapper.createObjectNode();
        for (String field : FIELDS) {
            if (record.has(field)) {
                fields.set(field, record.get(field));
            }
        }
        AnalysisRequest request = mapper.convertValue(fields, AnalysisRequest.class);
        AnalysisService.Outcome outcome = analyses.submit(request, store, dedupe);
        return mapper.valueToTree(responses.of(outcome.analysis(), unit, view));
    }

    /** The RFC 9457 problem the API would answer for this failure; `source` stands where a request path would. */
    public ObjectNode problem(Throwable e, String source) {
        Problem problem = Problems.forItem(e, source);
        if (problem.status() == 500) {
            LOG.errorf(e, "bulk item %s failed", source);
        }
        return mapper.valueToTree(problem);
    }

    public ObjectMapper mapper() {
        return mapper;
    }
}
