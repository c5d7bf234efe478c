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

    /**
     * The first paragraph when it reads as a headline: short, and either not closed like a sentence
     * (BBC) or closed by a full stop but written in title case ("Conservative Icon Morton Blackwell Endorses
     * Ted Cruz."): PolNeAR closes three titles in four so, and a third of them are in title case. Read as
     * copy, such a title gave actors named "Conservative Icon Morton" and became the article's lead.
     */
    static Optional<Span> headline(String text, List<Span> paragraphs) {
        if (paragraphs.size() < 2) {
            return Optional.empty();
        }
        Span first = paragraphs.get(0);
        String line = first.of(text).strip();
        if (line.length() > HEADLINE_MAX_CHARS) {
            return Optional.empty();
        }
        boolean open = !line.matches("(?s).*[.!?:]$");
        return open || closedHeadline(line) ? Optional.of(first) : Optional.empty();
    }

    /** A line closed by a full stop that is still a title: title case, with no quotation or second sentence. */
    private static boolean closedHeadline(String line) {
        if (!line.endsWith(".") || line.indexOf('"') >= 0 || line.indexOf('\u201C') >= 0
                || line.substring(0, line.length() - 1).matches("(?s).*[.!?]\\s+\\p{Lu}.*")) {
            return false; // a quotation or a second sentence is copy, not a title
        }
        String[] words = line.split("\\s+");
        int longWords = 0, capitalised = 0;
        for (String w : words) {
            String letters = w.replaceAll("[^\\p{L}]", "");
            if (letters.length() >= 4) {
                longWords++;
                if (Character.isUpperCase(letters.codePointAt(0))) {
                    capitalised++;
                }
            }
        }
        // words of four letters and more: "of", "the", "to" stay lower case in a title
        return longWords >= 3 && capitalised >= 0.8 * longWords;
    }

    private static boolean endsSentence(String text, Quotation q) {
        String inner = q.inner().of(text).stripTrailing();
        return !inner.isEmpty() && ".!?\u2026".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }
}
