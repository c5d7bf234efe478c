package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.standpoint.api.BatchResponse.BatchItemResult;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.StoredAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Analyses each batch item on its own, so one bad article does not sink the rest. Without an Idempotency-Key
 * each item is stored in its own transaction; with one, every stored item and the key commit together, and a
 * retry with the same key and items answers the first outcome again (Idempotent-Replayed) instead of storing
 * the batch twice.
 */
@ApplicationScoped
public class BatchAnalysisService {
    private static final Logger LOG = Logger.getLogger(BatchAnalysisService.class);

    private final AnalysisService analyses;
    private final AnalysisRequestValidator validator;
    private final AnalysisStore store;
    private final ObjectMapper mapper;
    private final AnalysisResponses responses;
    private final StandpointConfig config;

    public BatchAnalysisService(AnalysisService analyses, AnalysisRequestValidator validator, AnalysisStore store,
                                AnalysisResponses responses, ObjectMapper mapper, StandpointConfig config) {
        this.analyses = analyses;
        this.responses = responses;
        this.validator = validator;
        this.store = store;
        this.mapper = mapper;
        this.config = config;
    }

    /** The answer, and whether it replays an earlier request with the same key. */
    record Outcome(BatchResponse response, boolean replayed) {
    }

    /** What one item came to, as a key's outcome document keeps it: an analysis id or a problem. */
    record ItemOutcome(int index, int status, String analysisId, Problem problem) {
    }

    /** An item whose text this engine stored before (dedupe): answered with that analysis, status 200. */
    private record Existing(StoredAnalysis analysis) {
    }

    /** An item that repeats an earlier item of the same batch: it gets that item's analysis, status 200. */
    private record SameAs(int index) {
    }

    Outcome analyze(BatchRequest request, boolean persist, boolean dedupe, OffsetUnit unit, AnalysisView view,
                    Optional<String> idempotencyKey, String instance) {
        if (request == null || request.items() == null || request.items().isEmpty()) {
            throw new InvalidRequestException("items", "must hold at least one article");
        }
        int max = config.batch().maxItems();
        if (request.items().size() > max) {
            throw new PayloadTooLargeException("batch has " + request.items().size() + " items; the limit is "
                    + max + " (standpoint.batch.max-items)");
        }
        Optional<String> key = persist ? idempotencyKey : Optional.empty();
        String requestHash = RequestFingerprint.sha256("analysis-batch/1\n" + canonical(request.items()));
        if (key.isPresent()) {
            Optional<Outcome> earlier = replay(key.get(), requestHash, unit, view);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        // Analyse every item first; a failed item keeps its problem, a good one waits to be stored.
        // With dedupe, an item already stored by this engine, or repeating an earlier item, is not analysed again.
        List<Object> analysed = new ArrayList<>(request.items().size());
        java.util.Map<String, Integer> firstOfText = new java.util.HashMap<>();
        for (int i = 0; i < request.items().size(); i++) {
            try {
                ArticleSubmission submission = validator.validate(read(request.items().get(i)));
                if (persist && dedupe) {
                    String hash = AnalysisService.contentHash(submission.text());
                    String same = hash + "\n" + submission.title().orElse("\u0000") + "\n"
                            + submission.target().orElse("\u0000");
                    Integer earlier = firstOfText.putIfAbsent(same, i);
                    if (earlier != null) {
                        analysed.add(new SameAs(earlier));
                        continue;
                    }
                    Optional<StoredAnalysis> stored = store.findSame(hash, analyses.engineVersion(),
                            submission.title(), submission.target());
                    if (stored.isPresent()) {
                        analysed.add(new Existing(stored.get()));
                        continue;
                    }
                }
                analysed.add(analyses.analyse(submission));
            } catch (RuntimeException e) {
                analysed.add(problem(e, i, instance));
            }
        }
        if (!persist) {
            return new Outcome(respond(analysed, persist, unit, view), false);
        }
        if (key.isEmpty()) {
            for (int i = 0; i < analysed.size(); i++) {
                if (analysed.get(i) instanceof StoredAnalysis unsaved) {
                    try {
                        analysed.set(i, store.save(unsaved, Optional.empty()));
                    } catch (RuntimeException e) {
                        analysed.set(i, problem(e, i, instance));
                    }
                }
            }
            return new Outcome(respond(analysed, persist, unit, view), false);
        }
        List<StoredAnalysis> unsaved = analysed.stream().filter(StoredAnalysis.class::isInstance)
                .map(StoredAnalysis.class::cast).toList();
        try {
            List<StoredAnalysis> saved = store.saveBatch(unsaved, key.get(), requestHash,
                    stored -> outcomeDocument(analysed, stored));
            int next = 0;
            for (int i = 0; i < analysed.size(); i++) {
                if (analysed.get(i) instanceof StoredAnalysis) {
                    analysed.set(i, saved.get(next++));
                }
            }
            return new Outcome(respond(analysed, persist, unit, view), false);
        } catch (PersistenceException e) {
            // Another request with this key committed first and this transaction rolled back: answer with it.
            return replay(key.get(), requestHash, unit, view).orElseThrow(() -> e);
        }
    }

    private Optional<Outcome> replay(String key, String requestHash, OffsetUnit unit, AnalysisView view) {
        return store.findBatch(key).map(earlier -> {
            if (!earlier.requestHash().equals(requestHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            List<ItemOutcome> items = readOutcome(earlier.outcome());
            List<BatchItemResult> results = new ArrayList<>(items.size());
            for (ItemOutcome item : items) {
                if (item.analysisId() == null) {
                    results.add(new BatchItemResult(item.index(), item.status(), null, null, item.problem()));
                    continue;
                }
                Optional<StoredAnalysis> stored = store.find(item.analysisId());
                results.add(stored.map(a -> success(item.index(), item.status(), a, unit, view))
                        .orElseGet(() -> new BatchItemResult(item.index(), 404, null, null, Problems.notFound(
                                "analysis '" + item.analysisId() + "' that this batch stored has since been deleted",
                                null))));
            }
            return new Outcome(BatchResponse.of(results), true);
        });
    }

    private BatchResponse respond(List<Object> analysed, boolean persist, OffsetUnit unit, AnalysisView view) {
        List<BatchItemResult> results = new ArrayList<>(analysed.size());
        for (int i = 0; i < analysed.size(); i++) {
            Object item = analysed.get(i) instanceof SameAs same ? analysed.get(same.index()) : analysed.get(i);
            if (item instanceof Existing existing) {
                results.add(success(i, 200, existing.analysis(), unit, view));
            } else if (item instanceof StoredAnalysis a) {
                results.add(success(i, !persist ? 200 : analysed.get(i) instanceof SameAs ? 200 : 201, a, unit, view));
            } else if (analysed.get(i) instanceof SameAs) {
                // The earlier item failed: so does its repeat.
                Problem p = (Problem) item;
                results.add(new BatchItemResult(i, p.status(), null, null, p));
            } else {
                Problem p = (Problem) analysed.get(i);
                results.add(new BatchItemResult(i, p.status(), null, null, p));
            }
        }
        return BatchResponse.of(results);
    }

    private BatchItemResult success(int index, int status, StoredAnalysis a, OffsetUnit unit, AnalysisView view) {
        AnalysisResponse body = responses.of(a, unit, view);
        return new BatchItemResult(index, status, body.id() == null ? null : "/v1/analyses/" + body.id(), body, null);
    }

    private Problem problem(RuntimeException e, int index, String instance) {
        Problem problem = Problems.forItem(e, instance + "#/items/" + index);
        if (problem.status() == 500) {
            LOG.errorf(e, "batch item %d failed", index);
        }
        return problem;
    }

    private String outcomeDocument(List<Object> analysed, List<StoredAnalysis> saved) {
        List<ItemOutcome> items = new ArrayList<>(analysed.size());
        int next = 0;
        List<String> ids = new ArrayList<>(analysed.size());
        for (int i = 0; i < analysed.size(); i++) {
            Object item = analysed.get(i);
            if (item instanceof StoredAnalysis) {
                ids.add(saved.get(next).id().orElseThrow());
                items.add(new ItemOutcome(i, 201, saved.get(next++).id().orElseThrow(), null));
            } else if (item instanceof Existing existing) {
                ids.add(existing.analysis().id().orElseThrow());
                items.add(new ItemOutcome(i, 200, ids.get(i), null));
            } else if (item instanceof SameAs same) {
                ids.add(ids.get(same.index()));
                ItemOutcome first = items.get(same.index());
                items.add(new ItemOutcome(i, first.analysisId() == null ? first.status() : 200, first.analysisId(),
                        first.problem()));
            } else {
                ids.add(null);
                Problem p = (Problem) item;
                items.add(new ItemOutcome(i, p.status(), null, p));
            }
        }
        try {
            return mapper.writeValueAsString(items);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ItemOutcome> readOutcome(String document) {
        try {
            return List.of(mapper.readValue(document, ItemOutcome[].class));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored batch outcome could not be read", e);
        }
    }

    /** The items with every object's keys sorted, so that key order and spacing do not make a request differ. */
    private String canonical(List<JsonNode> items) {
        try {
            Object plain = mapper.convertValue(items, Object.class);
            return mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(plain);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private AnalysisRequest read(JsonNode node) {
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException("text", "each item must be an object with a 'text' field");
        }
        return mapper.convertValue(node, AnalysisRequest.class);
    }
}
