package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.model.Provenance;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * A quotation judged to be speech, with its speaker when the text supports one.
 *
 * @param quotation  index of the quotation in the segmentation
 * @param actor      the speaker's actor index, empty when the text names nobody
 * @param cue        the cue that attributes it ("said", "continuation"), empty when none does
 * @param confidence how sure the attribution is; 0 without a speaker
 */
public record AttributedQuote(int quotation, OptionalInt actor, String cue, double confidence, Provenance provenance) {
    public AttributedQuote {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(provenance, "provenance");
    }
}
