package dev.standpoint.spark;

import dev.standpoint.analysis.model.Article;

import java.io.Serializable;
import java.util.Optional;

/**
 * One input record: the fields of the bulk mode's JSONL (text required; id, title, url, publishedAt, target
 * optional). The analysis id of its rows is its id, or without one the service's content hash of the text.
 */
public record ArticleRecord(String id, String text, String title, String url, String publishedAt, String target)
        implements Serializable {

    public String analysisId() {
        return id != null && !id.isBlank() ? id : ActorRows.contentHash(text);
    }

    /** What the engine reads: the text, the headline kept apart, the stance target if any. */
    public Article article() {
        return new Article(text, Optional.ofNullable(title), Optional.ofNullable(target));
    }
}
