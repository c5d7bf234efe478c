package dev.standpoint.api;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.OffsetDateTime;

/**
 * The JSON body of POST /v1/analyses: the article text (required) and what the client knows about it.
 * `target` names what stance is judged toward, instead of the detected topic. Read strictly (StrictJson):
 * a field not named here is a 400.
 */
@Schema(description = "An article to analyse. Fields not listed here are refused (400 malformed-json).",
        requiredProperties = {"text"}, additionalProperties = Schema.False.class,
        example = "{\"text\": \"Belarusian Defense Minister Victor Khrenin said \\u201cThe deployment is a direct "
                + "response to evolving security threats.\\u201d\", \"title\": \"Belarus deploys Oreshnik\", "
                + "\"url\": \"https://example.org/belarus-oreshnik\", \"publishedAt\": \"2025-12-30T10:00:00Z\", "
                + "\"language\": \"en\"}")
public record AnalysisRequest(
        @Schema(minLength = 1, maxLength = 200000, description = "The article; offsets in the response point into "
                + "exactly this string. Not empty or only whitespace; at most standpoint.text.max-chars (200,000 by "
                + "default) UTF-16 units") String text,
        @Schema(nullable = true, maxLength = 1000) String title,
        @Schema(nullable = true, format = "uri", maxLength = 2048, description = "An absolute http or https URL") String url,
        @Schema(nullable = true, format = "date-time", description = "ISO-8601 date-time with offset")
        @JsonDeserialize(using = IsoDateTimeDeserializer.class) OffsetDateTime publishedAt,
        @Schema(nullable = true, maxLength = 35, pattern = "^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$",
                description = "A BCP 47 tag. The engine reads English only: another language is a 422 "
                        + "unsupported-language") String language,
        @Schema(nullable = true, maxLength = 1000, description = "What stance is judged toward, instead of the "
                + "detected topic") String target) {

    static AnalysisRequest ofPlainText(String text, String title) {
        return new AnalysisRequest(text, title, null, null, null, null);
    }
}
