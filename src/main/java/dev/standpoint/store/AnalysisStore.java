package dev.standpoint.store;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Stores analyses, one transaction each, and answers the queries the API needs. */
@ApplicationScoped
public class AnalysisStore {

    private final AnalysisRepository analyses;
    private final ActorEntryRepository actors;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final BatchIdempotencyKeyRepository batchKeys;
    private final AnalysisDocumentCodec codec;

    public AnalysisStore(AnalysisRepository analyses, ActorEntryRepository actors,
                         IdempotencyKeyRepository idempotencyKeys, BatchIdempotencyKeyRepository batchKeys,
                         AnalysisDocumentCodec codec) {
        this.analyses = analyses;
        this.actors = actors;
        this.idempotencyKeys = idempotencyKeys;
        this.batchKeys = batchKeys;
        this.codec = codec;
    }

    /** The analysis alone, or with the key whose request (hashed whole) created it. */
    @Transactional
    public StoredAnalysis save(StoredAnalysis unsaved, Optional<String> idempotencyKey) {
        return save(unsaved, idempotencyKey, unsaved.article().contentHash());
    }

    /**
     * Persists the analysis, its actor rows and, when given, the idempotency key with the hash of the request in
     * one transaction. A concurrent request with the same key fails on the key's primary key and rolls back whole.
     */
    @Transactional
    public StoredAnalysis save(StoredAnalysis unsaved, Optional<String> idempotencyKey, String requestHash) {
        StoredAnalysis saved = insert(unsaved);
        idempotencyKey.ifPresent(key -> {
            IdempotencyKeyEntity k = new IdempotencyKeyEntity();
            k.key = key;
            k.analysisId = saved.id().orElseThrow();
            k.contentHash = unsaved.article().contentHash();
            k.requestHash = requestHash;
            k.createdAt = unsaved.createdAt();
            idempotencyKeys.persist(k);
        });
        analyses.flush();
        return saved;
    }

    /**
     * Persists a batch's analyses and its key in one transaction: all of them and the key, or none (a crash or a
     * concurrent request with the same key leaves nothing, and the retry stores the batch once). `outcome`
     * turns the saved analyses, in order, into the document the key replays.
     */
    @Transactional
    public List<StoredAnalysis> saveBatch(List<StoredAnalysis> unsaved, String key, String requestHash,
                                          Function<List<StoredAnalysis>, String> outcome) {
        List<StoredAnalysis> saved = unsaved.stream().map(this::insert).toList();
        BatchIdempotencyKeyEntity k = new BatchIdempotencyKeyEntity();
        k.key = key;
        k.requestHash = requestHash;
        k.outcome = outcome.apply(saved);
        k.createdAt = java.time.Instant.now();
        batchKeys.persist(k);
        analyses.flush();
        return saved;
    }

    /** The request hash and outcome document stored for a batch's Idempotency-Key. */
    @Transactional
    public Optional<BatchOutcome> findBatch(String key) {
        return batchKeys.findByIdOptional(key).map(k -> new BatchOutcome(k.requestHash, k.outcome));
    }

    private StoredAnalysis insert(StoredAnalysis unsaved) {
        String id = UUID.randomUUID().toString();
        ArticleMetadata meta = unsaved.article();
        AnalysisEntity e = new AnalysisEntity();
        e.id = id;
        e.createdAt = unsaved.createdAt();
        e.publishedAt = meta.publishedAt().orElse(null);
        e.title = meta.title().orElse(null);
        e.url = meta.url().orElse(null);
        e.language = meta.language().orElse(null);
        e.target = meta.target().orElse(null);
        e.contentHash = meta.contentHash();
        e.engineVersion = unsaved.engineVersion().orElse(null);
        e.textLength = meta.length();
        e.articleText = unsaved.text();
        e.document = codec.write(unsaved.analysis());
        e.actorsFound = unsaved.found().actors();
        e.quotesFound = unsaved.found().quotes();
        analyses.persist(e);
        for (Actor actor : unsaved.analysis().actors()) {
            actors.persist(actorRow(e, actor));
        }
        return new StoredAnalysis(Optional.of(id), unsaved.createdAt(), meta, unsaved.text(), unsaved.analysis(),
                unsaved.found(), unsaved.engineVersion());
    }

    /**
     * The oldest stored analysis of the same text by the same engine, with the same title and target (the other
     * things the engine reads): what a repeated submission gets back instead of a second copy.
     */
    @Transactional
    public Optional<StoredAnalysis> findSame(String contentHash, String engineVersion, Optional<String> title,
                                             Optional<String> target) {
        return analyses.find("contentHash = ?1 and engineVersion = ?2 order by createdAt, id", contentHash,
                        engineVersion).stream()
                .filter(e -> Objects.equals(e.title, title.orElse(null)) && Objects.equals(e.target, target.orElse(null)))
                .findFirst().map(this::toStored);
    }

    @Transactional
    public Optional<StoredAnalysis> find(String id) {
        return analyses.findByIdOptional(id).map(this::toStored);
    }

    /** The analysis an idempotency key created, with the content hash of the request that created it. */
    @Transactional
    public Optional<IdempotentResult> findByIdempotencyKey(String key) {
        return idempotencyKeys.findByIdOptional(key)
                .flatMap(k -> find(k.analysisId).map(a -> new IdempotentResult(k.contentHash,
                        Optional.ofNullable(k.requestHash), a)));
    }

    @Transactional
    public boolean delete(String id) {
        if (analyses.findByIdOptional(id).isEmpty()) {
            return false;
        }
        idempotencyKeys.deleteByAnalysis(id);
        actors.deleteByAnalysis(id);
        analyses.deleteById(id);
        return true;
    }

    @Transactional
    public AnalysisPage list(AnalysisQuery query) {
        Optional<ListingCursor> after = query.cursor().map(token -> ListingCursor.decode(token)
                .orElseThrow(() -> new InvalidCursorException(token)));
        List<AnalysisEntity> rows = analyses.page(query, after, query.limit() + 1);
        boolean more = rows.size() > query.limit();
        List<AnalysisEntity> page = more ? rows.subList(0, query.limit()) : rows;
        Optional<String> next = Optional.empty();
        if (more) {
            AnalysisEntity last = page.get(page.size() - 1);
            next = Optional.of(new ListingCursor(last.createdAt, last.id).encode());
        }
        return new AnalysisPage(page.stream().map(this::toStored).toList(), next);
    }

    /** Actors whose key contains the normalised query, most often seen first; `cursor` continues a listing. */
    @Transactional
    public Page<ActorSummary> actors(String query, int limit, Optional<String> cursor) {
        Optional<ActorSummary> after = cursor.map(token -> PageCursor.decode(token, "actors", 2)
                .map(v -> new ActorSummary(v.get(1), "", "", Integer.parseInt(v.get(0)), 0, null))
                .orElseThrow(() -> new InvalidCursorException(token)));
        List<ActorSummary> rows = actors.summaries(ActorNameKey.of(query), after, limit + 1);
        boolean more = rows.size() > limit;
        List<ActorSummary> page = more ? rows.subList(0, limit) : rows;
        Optional<String> next = Optional.empty();
        if (more) {
            ActorSummary last = page.get(page.size() - 1);
            next = Optional.of(new PageCursor("actors", List.of(Integer.toString(last.analysisCount()), last.id())).encode());
        }
        return new Page<>(page, next);
    }

    /** The latest name and type seen for an actor, if any analysis holds it. */
    @Transactional
    public Optional<ActorSummary> actor(String actorId) {
        return actors.latest(actorId).map(r -> new ActorSummary(actorId, r.name, r.actorType, 0, 0, r.createdAt));
    }

    /** One page of an actor's appearances, oldest first; `cursor` continues the timeline. */
    @Transactional
    public Page<ActorAppearance> appearances(String actorId, int limit, Optional<String> cursor) {
        Optional<ActorEntryRepository.TimelinePosition> after = cursor.map(token -> PageCursor.decode(token, "timeline", 3)
                .flatMap(AnalysisStore::position)
                .orElseThrow(() -> new InvalidCursorException(token)));
        List<ActorEntryEntity> rows = actors.byKey(actorId, after, limit + 1);
        boolean more = rows.size() > limit;
        List<ActorEntryEntity> page = more ? rows.subList(0, limit) : rows;
        List<ActorAppearance> result = new ArrayList<>(page.size());
        for (ActorEntryEntity r : page) {
            Optional<String> title = analyses.findByIdOptional(r.analysisId).map(a -> a.title);
            result.add(new ActorAppearance(r.analysisId, title, Optional.ofNullable(r.publishedAt), r.createdAt,
                    r.name, ActorType.valueOf(r.actorType), Stance.valueOf(r.stance), r.confidence,
                    new StanceScores(r.approval, r.concern, r.skepticism, r.neutral), r.evidenceCount,
                    r.mentionCount));
        }
        Optional<String> next = Optional.empty();
        if (more) {
            ActorEntryEntity last = page.get(page.size() - 1);
            Instant sortAt = last.publishedAt != null ? last.publishedAt : last.createdAt;
            next = Optional.of(new PageCursor("timeline", List.of(sortAt.toString(), last.createdAt.toString(), last.id))
                    .encode());
        }
        return new Page<>(result, next);
    }

    private static Optional<ActorEntryRepository.TimelinePosition> position(List<String> values) {
        try {
            return Optional.of(new ActorEntryRepository.TimelinePosition(Instant.parse(values.get(0)),
                    Instant.parse(values.get(1)), values.get(2)));
        } catch (java.time.format.DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private StoredAnalysis toStored(AnalysisEntity e) {
        ArticleMetadata meta = new ArticleMetadata(Optional.ofNullable(e.title), Optional.ofNullable(e.url),
                Optional.ofNullable(e.publishedAt), Optional.ofNullable(e.language), Optional.ofNullable(e.target),
                e.textLength, e.contentHash);
        var analysis = codec.read(e.document);
        var found = new StoredAnalysis.Found(e.actorsFound == null ? analysis.actors().size() : e.actorsFound,
                e.quotesFound == null ? analysis.quotes().size() : e.quotesFound);
        return new StoredAnalysis(Optional.of(e.id), e.createdAt, meta, e.articleText, analysis, found,
                Optional.ofNullable(e.engineVersion));
    }

    private static ActorEntryEntity actorRow(AnalysisEntity analysis, Actor actor) {
        ActorEntryEntity row = new ActorEntryEntity();
        row.id = UUID.randomUUID().toString();
        row.analysisId = analysis.id;
        row.actorRef = fit(actor.id(), 200);
        row.nameKey = ActorKeys.of(actor, analysis.id);
        row.name = fit(actor.name(), 1000);
        row.actorType = actor.type().name();
        row.stance = actor.stance().label().name();
        row.confidence = actor.stance().confidence();
        StanceScores s = actor.stance().scores();
        row.approval = s.approval();
        row.concern = s.concern();
        row.skepticism = s.skepticism();
        row.neutral = s.neutral();
        row.evidenceCount = actor.evidence().size();
        row.mentionCount = actor.mentions().size();
        row.publishedAt = analysis.publishedAt;
        row.createdAt = analysis.createdAt;
        return row;
    }

    /**
     * Cuts a value to its column size (V1 migration), never inside a surrogate pair. The engine can name an
     * actor with thousands of capitalised words; the full name stays in the analysis document.
     */
    static String fit(String value, int columnSize) {
        if (value.length() <= columnSize) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(columnSize - 1)) ? columnSize - 1 : columnSize;
        return value.substring(0, end);
    }

    /** What an idempotency key points to; the request hash is empty for keys stored before V2. */
    public record IdempotentResult(String contentHash, Optional<String> requestHash, StoredAnalysis analysis) {

        /** Whether a request with this hash (and article text with this content hash) is the one that stored it. */
        public boolean sameRequest(String requestHash, String contentHash) {
            return this.requestHash.map(requestHash::equals).orElseGet(() -> this.contentHash.equals(contentHash));
        }
    }

    /** A batch key's request hash and the outcome document saveBatch wrote. */
    public record BatchOutcome(String requestHash, String outcome) {
    }
}
