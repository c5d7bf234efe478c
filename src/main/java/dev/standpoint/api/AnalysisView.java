package dev.standpoint.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How much of an analysis an answer carries (the `fields` parameter): everything, or a summary without the
 * texts of mentions, evidence and quotes (each actor keeps its stance, summary and counts), for lists and
 * overviews that would otherwise move every quoted sentence of every article; or everything and the trace
 * (`debug`): which rule or model decided each attribution, actor link, quote speaker and stance.
 */
public enum AnalysisView {
    FULL, SUMMARY, DEBUG;

    public static AnalysisView parse(String value) {
        if (value == null || value.isBlank()) {
            return FULL;
        }
        for (AnalysisView view : values()) {
            if (view.name().equalsIgnoreCase(value.trim())) {
                return view;
            }
        }
        throw new InvalidRequestException("fields", "unknown value '" + value + "'; expected one of "
                + Arrays.stream(values()).map(v -> v.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", ")));
    }
}
