package dev.standpoint.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One stored analysis: article metadata, the exact text its offsets point into, and the analysis as JSON. */
@Entity
@Table(name = "analysis")
public class AnalysisEntity {
    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String title;
    public String url;
    public String language;
    public String target;

    /** Actors and quotes the engine found (null before V3: then the document holds all of them). */
    @Column(name = "actors_found")
    public Integer actorsFound;

    @Column(name = "quotes_found")
    public Integer quotesFound;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** The engine that made the analysis (null before V4); with contentHash, what dedupe matches on. */
    @Column(name = "engine_version")
    public String engineVersion;

    @Column(name = "text_length", nullable = false)
    public int textLength;

    @Column(name = "article_text", nullable = false)
    public String articleText;

    @Column(nullable = false)
    public String document;
}
