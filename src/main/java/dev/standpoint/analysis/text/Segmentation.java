package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The first stage's answer: the text cut into paragraphs, quotations, tokens (each quotation one opaque
 * token) and sentences, with the headline when the first line is one. Every later stage reads this.
 *
 * @param headline the first paragraph when it reads as a headline: short and not closed like a sentence
 */
public record Segmentation(String text, List<Span> paragraphs, List<Quotation> quotations, List<Token> tokens,
                           List<Sentence> sentences, Optional<Span> headline) {
    public Segmentation {
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        quotations = List.copyOf(quotations);
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        Objects.requireNonNull(headline, "headline");
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** Whether the span lies inside the headline. */
    public boolean inHeadline(Span span) {
        return headline.map(h -> h.contains(span)).orElse(false);
    }
}
