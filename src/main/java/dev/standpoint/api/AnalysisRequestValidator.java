package dev.standpoint.api;

import jakarta.enterprise.context.ApplicationScoped;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Turns a request into a submission or explains, field by field, why it cannot be analysed. */
@ApplicationScoped
public class AnalysisRequestValidator {

    /** BCP 47 in the shape clients send: a 2-3 letter language, then optional subtags ("en", "en-GB"). */
    private static final Pattern LANGUAGE_TAG = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");
    private static final int MAX_SHORT_FIELD = 1000;
    /** The column sizes of url and language in V1__analyses_actors_idempotency.sql. */
    private static final int MAX_URL = 2048;
    private static final int MAX_LANGUAGE = 35;

    private final StandpointConfig config;

    public AnalysisRequestValidator(StandpointConfig config) {
        this.config = config;
    }

    ArticleSubmission validate(AnalysisRequest request) {
        if (request == null) {
            throw new InvalidRequestException("text", "a request body with the article text is required");
        }
        List<FieldViolation> violations = new ArrayList<>();
        if (request.text() == null || request.text().isBlank()) {
            violations.add(new FieldViolation("text", "must not be empty or only whitespace"));
        }
        checkStorable(violations, "text", request.text());
        checkStorable(violations, "title", request.title());
        checkStorable(violations, "target", request.target());
        checkLength(violations, "title", request.title());
        checkLength(violations, "target", request.target());
        if (request.url() != null && request.url().length() > MAX_URL) {
            violations.add(new FieldViolation("url", "must be at most " + MAX_URL + " characters"));
        } else if (request.url() != null && !isHttpUrl(request.url())) {
            violations.add(new FieldViolation("url", "must be an absolute http or https URL"));
        }
        if (request.language() != null && (request.language().length() > MAX_LANGUAGE
                || !LANGUAGE_TAG.matcher(request.language()).matches())) {
            violations.add(new FieldViolation("language", "must be a language tag such as 'en' or 'en-GB', at most " + MAX_LANGUAGE + " characters"));
        }
        if (!violations.isEmpty()) {
            throw new InvalidRequestException(violations);
        }
        if (request.language() != null && !request.language().isBlank() && !isEnglish(request.language())) {
            throw new UnsupportedLanguageException(request.language());
        }
        int max = config.text().maxChars();
        if (request.text().length() > max) {
            throw new PayloadTooLargeException("text has " + request.text().length()
                    + " characters; the limit is " + max + " (standpoint.text.max-chars)");
        }
        return new ArticleSubmission(request.text(), present(request.title()), present(request.url()),
                Optional.ofNullable(request.publishedAt()).map(t -> t.toInstant()), present(request.language()),
                present(request.target()));
    }

    private static void checkLength(List<FieldViolation> violations, String field, String value) {
        if (value != null && value.length() > MAX_SHORT_FIELD) {
            violations.add(new FieldViolation(field, "must be at most " + MAX_SHORT_FIELD + " characters"));
        }
    }

    /**
     * Text must be Unicode that the database can hold: PostgreSQL text cannot store U+0000, and an unpaired
     * surrogate (possible through a JSON escape such as \\uD800) is not a character; the driver would store
     * '?' and the stored text would differ from the one whose offsets were reported.
     */
    private static void checkStorable(List<FieldViolation> violations, String field, String value) {
        if (value == null) {
            return;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == 0) {
                violations.add(new FieldViolation(field, "contains U+0000 (NUL) at offset " + i
                        + ", which cannot be stored"));
                return;
            }
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                violations.add(new FieldViolation(field, String.format(
                        "contains an unpaired surrogate U+%04X at offset %d; text must be valid Unicode", (int) c, i)));
                return;
            }
        }
    }

    /** The engine's cue, title and stance lexicons are English: "en" and its regional tags ("en-GB"). */
    private static boolean isEnglish(String tag) {
        return tag.equalsIgnoreCase("en") || tag.regionMatches(true, 0, "en-", 0, 3);
    }

    private static boolean isHttpUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()));
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }
}
