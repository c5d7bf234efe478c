package dev.standpoint.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A client's Idempotency-Key and the analysis its first request created; the primary key makes it unique. */
@Entity
@Table(name = "idempotency_key")
public class IdempotencyKeyEntity {
    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "analysis_id", nullable = false)
    public String analysisId;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** SHA-256 of the whole request; null for keys stored before V2, which compare by content hash. */
    @Column(name = "request_hash")
    public String requestHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
