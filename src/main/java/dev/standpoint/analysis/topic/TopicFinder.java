package dev.standpoint.analysis.topic;

import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.analysis.text.Paragraphs;

import java.util.List;
import java.util.Optional;

/**
 * The central issue: the caller's target when given; else the headline, which news copy puts on the
 * first line (a short line without closing punctuation); else the first sentence of the lead.
 */
public final class TopicFinder {

    private static final int HEADLINE_MAX_CHARS = 200;
    private static final int LEAD_MAX_CHARS = 300;

    /** The first line when it reads as a headline: short, and not closed like a sentence. */
    public Optional<Span> headline(String text, List<Span> paragraphs) {
        if (paragraphs.size() < 2) {
            return Optional.empty();
        }
        Span first = paragraphs.get(0);
        String line = first.of(text);
        boolean headline = line.length() <= HEADLINE_MAX_CHARS && !line.matches("(?s).*[.!?:]$");
        return headline ? Optional.of(first) : Optional.empty();
    }

    /**
     * @param paragraphs the text's paragraphs, as {@link Paragraphs#of} gives them
     * @param headline   what {@link #headline} found in them
     */
    public Topic find(Article article, List<Span> paragraphs, Optional<Span> headline) {
        if (article.target().isPresent()) {
            return new Topic(article.target().get().strip(), Optional.empty());
        }
        String text = article.text();
        if (headline.isPresent()) {
            return new Topic(headline.get().of(text), headline);
        }
        if (article.title().isPresent()) {
            return new Topic(article.title().get().strip(), Optional.empty());
        }
        if (paragraphs.isEmpty()) {
            return new Topic("", Optional.empty());
        }
        Span lead = paragraphs.get(0);
        int end = lead.end();
        String leadText = lead.of(text);
        for (int i = 0; i < leadText.length() - 1; i++) {
            char c = leadText.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && Character.isWhitespace(leadText.charAt(i + 1)) && i > 20) {
                end = lead.start() + i + 1;
                break;
            }
        }
        end = Math.min(end, lead.start() + LEAD_MAX_CHARS);
        // never cut a surrogate pair in two
        if (end < text.length() && Character.isLowSurrogate(text.charAt(end)) && end > lead.start()) {
            end--;
        }
        Span span = new Span(lead.start(), end);
        return new Topic(span.of(text), Optional.of(span));
    }
}
