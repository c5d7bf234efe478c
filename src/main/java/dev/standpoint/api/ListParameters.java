package dev.standpoint.api;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.store.ListingCursor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Parses query parameters by hand so a bad value is a 400 problem naming it, not JAX-RS's bare 404. */
final class ListParameters {

    private ListParameters() {
    }

    static int limit(String value, StandpointConfig.Listing listing) {
        if (value == null || value.isBlank()) {
            return listing.defaultLimit();
        }
        try {
            int limit = Integer.parseInt(value.trim());
            if (limit >= 1 && limit <= listing.maxLimit()) {
                return limit;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new InvalidRequestException("limit", "must be a whole number from 1 to " + listing.maxLimit());
    }

    static Optional<String> present(String value) {
        return Optional.ofNullable(value).filter(v -> !v.isBlank());
    }

    static Optional<String> cursor(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        if (ListingCursor.decode(value).isEmpty()) {
            throw new InvalidRequestException("cursor", "is not a cursor this service issued; use nextCursor as given");
        }
        return Optional.of(value);
    }

    static Optional<Stance> stance(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        for (Stance s : Stance.values()) {
            if (s.name().equalsIgnoreCase(value.trim())) {
                return Optional.of(s);
            }
        }
        throw new InvalidRequestException("stance", "unknown value '" + value + "'; expected one of "
                + Arrays.stream(Stance.values()).map(s -> s.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.joining(", ")));
    }

    /** An ISO-8601 instant with offset ("2025-01-02T10:00:00Z") or a date, meaning its start in UTC. */
    static Optional<Instant> since(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(OffsetDateTime.parse(value.trim()).toInstant());
        } catch (DateTimeParseException notDateTime) {
            try {
                return Optional.of(LocalDate.parse(value.trim()).atStartOfDay(ZoneOffset.UTC).toInstant());
            } catch (DateTimeParseException notDate) {
                throw new InvalidRequestException("since", "must be an ISO-8601 date or date-time with offset");
            }
        }
    }

    /** The Idempotency-Key header, trimmed; at most 255 characters (its column). */
    static Optional<String> idempotencyKey(String header) {
        Optional<String> key = Optional.ofNullable(header).map(String::trim).filter(k -> !k.isEmpty());
        if (key.isPresent() && key.get().length() > 255) {
            throw new InvalidRequestException("Idempotency-Key", "must be at most 255 characters");
        }
        return key;
    }

    static boolean persist(String value) {
        return flag("persist", value);
    }

    /** dedupe=false stores a text again even when this engine already stored it. */
    static boolean dedupe(String value) {
        return flag("dedupe", value);
    }

    /** A boolean query parameter that is true unless it says false. */
    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("true")) {
            return true;
        }
        if (value.equalsIgnoreCase("false")) {
            return false;
        }
        throw new InvalidRequestException(name, "must be true or false");
    }
}
