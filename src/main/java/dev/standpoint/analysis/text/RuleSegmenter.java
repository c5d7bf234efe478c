package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * Segmentation by rules: paragraphs at line breaks; quotations first ({@link QuotationFinder}), so that each
 * becomes one opaque token and what people said is never read as the narrator's grammar; then tokens and
 * sentences ({@link SentenceSplitter}).
 */
public final class RuleSegmenter implements Segmenter {

    private static final int HEADLINE_MAX_CHARS = 200;

    private final QuotationFinder quotationFinder = new QuotationFinder();
    private final SentenceSplitter sentenceSplitter = new SentenceSplitter();

    @Override
    public Segmentation segment(String text) {
        List<Span> paragraphs = Paragraphs.of(text);
        List<Quotation> quotations = quotationFinder.find(text, paragraphs);
        List<Token> tokens = Tokenizer.tokenize(text, quotations.stream().map(Quotation::outer).toList());
        List<Sentence> sentences = sentenceSplitter.split(tokens, q -> endsSentence(text, quotations.get(q)));
        return new Segmentation(text, paragraphs, quotations, tokens, sentences, headline(text, paragraphs));
    }

    /** The first line when it reads as a headline: short, and not closed like a sentence. */
    static Optional<Span> headline(String text, List<Span> paragraphs) {
        if (paragraphs.size() < 2) {
            return Optional.empty();
        }
        Span first = paragraphs.get(0);
        String line = first.of(text);
        boolean headline = line.length() <= HEADLINE_MAX_CHARS && !line.matches("(?s).*[.!?:]$");
        return headline ? Optional.of(first) : Optional.empty();
    }

    private static boolean endsSentence(String text, Quotation q) {
        String inner = q.inner().of(text).stripTrailing();
        return !inner.isEmpty() && ".!?\u2026".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }
}
