package dev.standpoint.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A batch request's Idempotency-Key, the hash of its items, and what each item came to (a JSON document). */
@Entity
@Table(name = "batch_idempotency_key")
public class BatchIdempotencyKeyEntity {
    @Id
    @Column(name = "idempotency_key")
    public String key;

    @Column(name = "request_hash", nullable = false)
    public String requestHash;

    @Column(nullable = false)
    public String outcome;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
