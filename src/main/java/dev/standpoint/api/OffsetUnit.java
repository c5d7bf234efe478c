package dev.standpoint.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The unit of the offsets in a response: UTF-16 code units (Java, JavaScript) or code points (Python). */
public enum OffsetUnit {
    UTF16, CODEPOINTS;

    public static OffsetUnit parse(String value) {
        if (value == null || value.isBlank()) {
            return UTF16;
        }
        for (OffsetUnit unit : values()) {
            if (unit.name().equalsIgnoreCase(value.trim())) {
                return unit;
            }
        }
        throw new InvalidRequestException("offsets", "unknown value '" + value + "'; expected one of "
                + Arrays.stream(values()).map(u -> u.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
