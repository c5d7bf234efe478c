package dev.standpoint.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.standpoint.analysis.model.Analysis;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the engine's Analysis record as the stored JSON document and reads it back through the
 * records' own constructors, so a stored document is validated again when it is loaded.
 */
@ApplicationScoped
public class AnalysisDocumentCodec {

    private final ObjectMapper mapper;

    public AnalysisDocumentCodec(ObjectMapper mapper) {
        // The request mapper is strict about unknown fields (StrictJson); a stored document may carry a field
        // that a later engine no longer has, and must still load.
        this.mapper = mapper.copy().disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    String write(Analysis analysis) {
        try {
            return mapper.writeValueAsString(analysis.withoutTrace());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("analysis could not be written as JSON", e);
        }
    }

    Analysis read(String document) {
        try {
            return mapper.readValue(document, Analysis.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored analysis document could not be read", e);
        }
    }
}
