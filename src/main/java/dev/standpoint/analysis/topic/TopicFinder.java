package dev.standpoint.analysis.topic;

import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.analysis.text.Segmentation;

import java.util.List;
import java.util.Optional;

/**
 * The central issue: the caller's target when given; else the headline, which news copy puts on the
 * first line (a short line without closing punctuation); else the first sentence of the lead.
 */
public final class TopicFinder {

    private static final int LEAD_MAX_CHARS = 300;

    private static final int LEAD_CONTEXT_MAX_CHARS = 400;

    /** The first paragraph after the headline (the first paragraph when there is no headline), cut to 400 chars. */
    public String lead(Segmentation segmentation) {
        List<Span> paragraphs = segmentation.paragraphs();
        int first = segmentation.headline().isPresent() ? 1 : 0;
        if (paragraphs.size() <= first) {
            return "";
        }
        Span lead = paragraphs.get(first);
        int end = Math.min(lead.end(), lead.start() + LEAD_CONTEXT_MAX_CHARS);
        if (end < segmentation.text().length() && Character.isLowSurrogate(segmentation.text().charAt(end))) {
            end--; // never cut a surrogate pair in two
        }
        return segmentation.text().substring(lead.start(), end);
    }

    /** Stage: the topic stance is judged toward. */
    public Topic find(Article article, Segmentation segmentation) {
        List<Span> paragraphs = segmentation.paragraphs();
        Optional<Span> headline = segmentation.headline();
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
