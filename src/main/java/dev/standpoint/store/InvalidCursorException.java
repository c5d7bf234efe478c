package dev.standpoint.store;

/** A pagination cursor that this service did not issue. */
public class InvalidCursorException extends RuntimeException {
    public InvalidCursorException(String cursor) {
        super("cursor '" + cursor + "' is not one this service issued");
    }
}
