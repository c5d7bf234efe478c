package dev.standpoint.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The SHA-256 of everything a request asks for, which an Idempotency-Key stands for: a retry with the same key
 * must send the same text, title, url, publishedAt (the same instant), language and target, or it is a 422.
 * Each field is written with its length, so no two different requests can run together into one string.
 */
final class RequestFingerprint {

    private RequestFingerprint() {
    }

    static String of(ArticleSubmission s) {
        StringBuilder canonical = new StringBuilder("analysis-request/1\n");
        field(canonical, "text", Optional.of(s.text()));
        field(canonical, "title", s.title());
        field(canonical, "url", s.url());
        field(canonical, "publishedAt", s.publishedAt().map(Object::toString));
        field(canonical, "language", s.language());
        field(canonical, "target", s.target());
        return sha256(canonical.toString());
    }

    static String sha256(String canonical) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }

    private static void field(StringBuilder out, String name, Optional<String> value) {
        out.append(name).append(' ');
        value.ifPresentOrElse(v -> out.append(v.length()).append(':').append(v), () -> out.append('-'));
        out.append('\n');
    }
}
