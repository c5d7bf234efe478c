package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

/**
 * A stretch of text between quotation marks. {@code inner} excludes the marks, {@code outer} includes
 * them (or ends at the paragraph when a multi-paragraph quotation leaves its closing mark to a later
 * paragraph).
 */
public record Quotation(Span inner, Span outer) {
    public Quotation {
        if (!outer.contains(inner)) {
            throw new IllegalArgumentException("inner span must lie within the outer span");
        }
    }
}
