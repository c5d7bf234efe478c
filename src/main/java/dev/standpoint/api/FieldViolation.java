package dev.standpoint.api;

/** One invalid field of a request, named by its JSON path or parameter name. */
public record FieldViolation(String field, String message) {
}
