package dev.standpoint.store;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** One actor of one stored analysis, flattened so actors can be listed and followed across articles. */
@Entity
@Table(name = "analysis_actor")
public class ActorEntryEntity {
    @Id
    @Column(length = 36)
    public String id;

    @Column(name = "analysis_id", nullable = false)
    public String analysisId;

    /** The engine's id for the actor inside its analysis. */
    @Column(name = "actor_ref", nullable = false)
    public String actorRef;

    /** The normalised name that merges the same actor across articles; also its public id. */
    @Column(name = "name_key", nullable = false)
    public String nameKey;

    @Column(nullable = false)
    public String name;

    @Column(name = "actor_type", nullable = false)
    public String actorType;

    @Column(nullable = false)
    public String stance;

    public double confidence;
    public double approval;
    public double concern;
    public double skepticism;
    public double neutral;

    @Column(name = "evidence_count")
    public int evidenceCount;

    @Column(name = "mention_count")
    public int mentionCount;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
