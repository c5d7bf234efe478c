package dev.standpoint.api;

import jakarta.inject.Inject;
import jakarta.enterprise.context.ApplicationScoped;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The configured API keys (standpoint.security.api-keys), compared in constant time. */
@ApplicationScoped
public class ApiKeys {

    private final List<byte[]> digests;
    private final boolean protectReads;

    @Inject
    public ApiKeys(StandpointConfig config) {
        this(config.security().apiKeys().orElse(Set.of()), config.security().protectReads());
    }

    ApiKeys(Set<String> keys, boolean protectReads) {
        this.digests = keys.stream().map(String::strip).filter(k -> !k.isEmpty()).map(ApiKeys::digest).toList();
        this.protectReads = protectReads;
    }

    /** Whether any key is configured; without keys the API is open. */
    boolean enabled() {
        return !digests.isEmpty();
    }

    boolean required(String method) {
        return enabled() && (protectReads || !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)));
    }

    boolean accepts(String presented) {
        byte[] d = digest(presented);
        boolean match = false;
        for (byte[] known : digests) {
            match |= MessageDigest.isEqual(known, d); // no early exit: the time does not tell which key matched
        }
        return match;
    }

    /** The key a request presents in X-API-Key or Authorization: Bearer, if any. */
    static Optional<String> presented(String apiKeyHeader, String authorization) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return Optional.of(apiKeyHeader.strip());
        }
        if (authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7)
                && !authorization.substring(7).isBlank()) {
            return Optional.of(authorization.substring(7).strip());
        }
        return Optional.empty();
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
