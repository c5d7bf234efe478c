package dev.standpoint.api;

/** An Idempotency-Key sent again with a request that differs, in any field, from the one that first used it. */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException(String key) {
        super("Idempotency-Key '" + key + "' was already used for a different request; a retry must send the same "
                + "fields (text, title, url, publishedAt, language, target; for a batch, the same items), "
                + "and a new request needs a new key");
    }
}
