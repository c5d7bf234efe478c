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
        this.mapper = mapper;
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
