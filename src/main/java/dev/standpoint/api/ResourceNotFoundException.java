package dev.standpoint.api;

/** A stored analysis or actor that does not exist (or no longer does). */
public class ResourceNotFoundException extends RuntimeException {
    public ResourceNotFoundException(String detail) {
        super(detail);
    }
}
