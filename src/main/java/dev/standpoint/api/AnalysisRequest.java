package dev.standpoint.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;

import java.time.OffsetDateTime;

/**
 * The JSON body of POST /v1/analyses: the article text (required) and what the client knows about it.
 * `target` names what stance is judged toward, instead of the detected topic.
 */
public record AnalysisRequest(String text, String title, String url,
                              @JsonDeserialize(using = IsoDateTimeDeserializer.class) OffsetDateTime publishedAt,
                              String language, String target) {

    static AnalysisRequest ofPlainText(String text, String title) {
        return new AnalysisRequest(text, title, null, null, null, null);
    }
}
