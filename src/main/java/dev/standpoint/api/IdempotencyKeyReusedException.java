package dev.standpoint.api;

/** An Idempotency-Key sent again with a different article than the request that first used it. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different article text");
    }
}
