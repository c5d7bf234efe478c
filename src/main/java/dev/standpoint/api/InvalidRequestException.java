package dev.standpoint.api;

import java.util.List;

/** A request that parsed but breaks a rule: empty text, a bad URL, an unknown enum value, a bad limit. */
public class InvalidRequestException extends RuntimeException {
    private final List<FieldViolation> violations;

    public InvalidRequestException(String field, String message) {
        this(List.of(new FieldViolation(field, message)));
    }

    public InvalidRequestException(List<FieldViolation> violations) {
        super(violations.stream().map(v -> v.field() + ": " + v.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request"));
        this.violations = List.copyOf(violations);
    }

    public List<FieldViolation> violations() {
        return violations;
    }
}
