package dev.standpoint.api;

/** A request bigger than a configured limit: text longer than standpoint.text.max-chars, or too many batch items. */
public class PayloadTooLargeException extends RuntimeException {
    public PayloadTooLargeException(String detail) {
        super(detail);
    }
}
