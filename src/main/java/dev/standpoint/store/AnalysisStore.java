package dev.standpoint.store;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Stores analyses, one transaction each, and answers the queries the API needs. */
@ApplicationScoped
public class AnalysisStore {

    private final AnalysisRepository analyses;
    private final ActorEntryRepository actors;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final AnalysisDocumentCodec codec;

    public AnalysisStore(AnalysisRepository analyses, ActorEntryRepository actors,
                         IdempotencyKeyRepository idempotencyKeys, AnalysisDocumentCodec codec) {
        this.analyses = analyses;
        this.actors = actors;
        this.idempotencyKeys = idempotencyKeys;
        this.codec = codec;
    }

    /**
     * Persists the analysis, its actor rows and, when given, the idempotency key in one transaction.
     * A concurrent request with the same key fails on the key's primary key and rolls back whole.
     */
    @Transactional
    public StoredAnalysis save(StoredAnalysis unsaved, Optional<String> idempotencyKey) {
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
        e.textLength = meta.length();
        e.articleText = unsaved.text();
        e.document = codec.write(unsaved.analysis());
        analyses.persist(e);
        for (Actor actor : unsaved.analysis().actors()) {
            actors.persist(actorRow(e, actor));
        }
        idempotencyKey.ifPresent(key -> {
            IdempotencyKeyEntity k = new IdempotencyKeyEntity();
            k.key = key;
            k.analysisId = id;
            k.contentHash = meta.contentHash();
            k.createdAt = e.createdAt;
            idempotencyKeys.persist(k);
        });
        analyses.flush();
        return new StoredAnalysis(Optional.of(id), unsaved.createdAt(), meta, unsaved.text(), unsaved.analysis());
    }

    @Transactional
    public Optional<StoredAnalysis> find(String id) {
        return analyses.findByIdOptional(id).map(this::toStored);
    }

    /** The analysis an idempotency key created, with the content hash of the request that created it. */
    @Transactional
    public Optional<IdempotentResult> findByIdempotencyKey(String key) {
        return idempotencyKeys.findByIdOptional(key)
                .flatMap(k -> find(k.analysisId).map(a -> new IdempotentResult(k.contentHash, a)));
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

    @Transactional
    public List<ActorSummary> actors(String query, int limit) {
        return actors.summaries(ActorNameKey.of(query), limit);
    }

    @Transactional
    public List<ActorAppearance> appearances(String actorId) {
        List<ActorEntryEntity> rows = actors.byKey(actorId);
        List<ActorAppearance> result = new ArrayList<>(rows.size());
        for (ActorEntryEntity r : rows) {
            Optional<String> title = analyses.findByIdOptional(r.analysisId).map(a -> a.title);
            result.add(new ActorAppearance(r.analysisId, title, Optional.ofNullable(r.publishedAt), r.createdAt,
                    r.name, ActorType.valueOf(r.actorType), Stance.valueOf(r.stance), r.confidence,
                    new StanceScores(r.approval, r.concern, r.skepticism, r.neutral), r.evidenceCount,
                    r.mentionCount));
        }
        return result;
    }

    private StoredAnalysis toStored(AnalysisEntity e) {
        ArticleMetadata meta = new ArticleMetadata(Optional.ofNullable(e.title), Optional.ofNullable(e.url),
                Optional.ofNullable(e.publishedAt), Optional.ofNullable(e.language), Optional.ofNullable(e.target),
                e.textLength, e.contentHash);
        return new StoredAnalysis(Optional.of(e.id), e.createdAt, meta, e.articleText, codec.read(e.document));
    }

    private static ActorEntryEntity actorRow(AnalysisEntity analysis, Actor actor) {
        ActorEntryEntity row = new ActorEntryEntity();
        row.id = UUID.randomUUID().toString();
        row.analysisId = analysis.id;
        row.actorRef = fit(actor.id(), 200);
        String key = ActorNameKey.of(actor.name());
        row.nameKey = fit(key.isEmpty() ? actor.id() : key, 500);
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

    /** What an idempotency key points to. */
    public record IdempotentResult(String contentHash, StoredAnalysis analysis) {
    }
}
