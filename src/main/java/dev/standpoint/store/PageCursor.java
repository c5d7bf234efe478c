package dev.standpoint.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The position after the last item of a page, as the values the list is sorted by, behind a kind tag so a
 * cursor of one list is refused by another. Base64url, so clients treat it as opaque.
 */
public record PageCursor(String kind, List<String> values) {

    private static final String SEPARATOR = "\u001F"; // the unit separator, which no sort value contains

    public PageCursor {
        values = List.copyOf(values);
    }

    public String encode() {
        String raw = kind + SEPARATOR + String.join(SEPARATOR, values);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(raw.getBytes(StandardCharsets.UTF_8));
    }

    /** The values of a cursor of this kind with this many values, or empty for anything else. */
    public static Optional<List<String>> decode(String token, String kind, int size) {
        try {
            String raw = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(raw.split(SEPARATOR, -1));
            if (parts.size() != size + 1 || !parts.get(0).equals(kind)) {
                return Optional.empty();
            }
            return Optional.of(List.copyOf(parts.subList(1, parts.size())));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
