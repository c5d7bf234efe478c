package dev.standpoint.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.api.BatchResponse.BatchItemResult;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Analyses each batch item on its own, in its own transaction, so one bad article does not sink the rest. */
@ApplicationScoped
public class BatchAnalysisService {
    private static final Logger LOG = Logger.getLogger(BatchAnalysisService.class);

    private final AnalysisService analyses;
    private final AnalysisRequestValidator validator;
    private final ObjectMapper mapper;
    private final StandpointConfig config;

    public BatchAnalysisService(AnalysisService analyses, AnalysisRequestValidator validator, ObjectMapper mapper,
                                StandpointConfig config) {
        this.analyses = analyses;
        this.validator = validator;
        this.mapper = mapper;
        this.config = config;
    }

    BatchResponse analyze(BatchRequest request, boolean persist, OffsetUnit unit, String instance) {
        if (request == null || request.items() == null || request.items().isEmpty()) {
            throw new InvalidRequestException("items", "must hold at least one article");
        }
        int max = config.batch().maxItems();
        if (request.items().size() > max) {
            throw new PayloadTooLargeException("batch has " + request.items().size() + " items; the limit is "
                    + max + " (standpoint.batch.max-items)");
        }
        List<BatchItemResult> results = new ArrayList<>(request.items().size());
        int failed = 0;
        for (int i = 0; i < request.items().size(); i++) {
            String itemInstance = instance + "#/items/" + i;
            try {
                AnalysisRequest item = read(request.items().get(i));
                var outcome = analyses.analyze(validator.validate(item), persist, Optional.empty());
                AnalysisResponse body = AnalysisResponses.of(outcome.analysis(), unit);
                results.add(new BatchItemResult(i, persist ? 201 : 200,
                        body.id() == null ? null : "/v1/analyses/" + body.id(), body, null));
            } catch (RuntimeException e) {
                Problem problem = Problems.forItem(e, itemInstance);
                if (problem.status() == 500) {
                    LOG.errorf(e, "batch item %d failed", i);
                }
                results.add(new BatchItemResult(i, problem.status(), null, null, problem));
                failed++;
            }
        }
        return new BatchResponse(results, results.size() - failed, failed);
    }

    private AnalysisRequest read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("text", "each item must be an object with a 'text' field");
        }
        return mapper.convertValue(node, AnalysisRequest.class);
    }
}
