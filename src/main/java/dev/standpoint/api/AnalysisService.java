package dev.standpoint.api;

import dev.standpoint.analysis.Analyzer;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.store.AnalysisStore;
import dev.standpoint.store.ArticleMetadata;
import dev.standpoint.store.StoredAnalysis;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;

/** Runs the engine on a submission, times it, and stores the result when asked to. */
@ApplicationScoped
public class AnalysisService {

    private final Analyzer analyzer;
    private final AnalysisStore store;
    private final Timer analysisTimer;
    private final AnalysisTimeLimit timeLimit;
    private final AnalysisCaps caps;
    private final EngineVersion engineVersion;
    private final AnalysisRequestValidator validator;

    public AnalysisService(Analyzer analyzer, AnalysisStore store, MeterRegistry registry, AnalysisTimeLimit timeLimit,
                           AnalysisCaps caps, EngineVersion engineVersion, AnalysisRequestValidator validator) {
        this.analyzer = analyzer;
        this.engineVersion = engineVersion;
        this.validator = validator;
        this.store = store;
        this.timeLimit = timeLimit;
        this.caps = caps;
        this.analysisTimer = Timer.builder("standpoint.analysis.duration")
                .description("Time the engine takes to analyse one article")
                .publishPercentileHistogram()
                .register(registry);
    }

    /**
     * What a create call produced: whether it replayed an earlier request with the same key, or found the same
     * text already stored by this engine (deduplicated: nothing new was stored).
     */
    public record Outcome(StoredAnalysis analysis, boolean replayed, boolean deduplicated) {
        Outcome(StoredAnalysis analysis, boolean replayed) {
            this(analysis, replayed, false);
        }
    }

    /** Validates and analyses one request, storing it when asked (and answering the stored copy, with dedupe). */
    public Outcome submit(AnalysisRequest request, boolean persist, boolean dedupe) {
        return analyze(validator.validate(request), persist, dedupe, Optional.empty());
    }

    public Outcome analyze(ArticleSubmission submission, boolean persist, Optional<String> idempotencyKey) {
        return analyze(submission, persist, true, idempotencyKey);
    }

    Outcome analyze(ArticleSubmission submission, boolean persist, boolean dedupe, Optional<String> idempotencyKey) {
        String hash = contentHash(submission.text());
        String requestHash = RequestFingerprint.of(submission);
        if (persist && idempotencyKey.isPresent()) {
            Optional<Outcome> earlier = replay(idempotencyKey.get(), requestHash, hash);
            if (earlier.isPresent()) {
                return earlier.get();
            }
        }
        if (persist && dedupe) {
            Optional<StoredAnalysis> same = store.findSame(hash, engineVersion.label(), submission.title(),
                    submission.target());
            if (same.isPresent()) {
                return new Outcome(same.get(), false, true);
            }
        }
        StoredAnalysis unsaved = analyse(submission);
        if (!persist) {
            return new Outcome(unsaved, false);
        }
        try {
            return new Outcome(store.save(unsaved, idempotencyKey, requestHash), false);
        } catch (PersistenceException e) {
            // Two requests raced with one key: the loser's transaction rolled back; answer with the winner.
            if (idempotencyKey.isPresent()) {
                return replay(idempotencyKey.get(), requestHash, hash).orElseThrow(() -> e);
            }
            throw e;
        }
    }

    /** The label of the engine that makes this service's analyses. */
    String engineVersion() {
        return engineVersion.label();
    }

    public StoredAnalysis find(String id) {
        return store.find(id).orElseThrow(() -> new ResourceNotFoundException("no analysis with id '" + id + "'"));
    }

    public void delete(String id) {
        if (!store.delete(id)) {
            throw new ResourceNotFoundException("no analysis with id '" + id + "'");
        }
    }

    private Optional<Outcome> replay(String key, String requestHash, String contentHash) {
        return store.findByIdempotencyKey(key).map(r -> {
            if (!r.sameRequest(requestHash, contentHash)) {
                throw new IdempotencyKeyReusedException(key);
            }
            return new Outcome(r.analysis(), true);
        });
    }

    /** Runs the engine within the time limit and applies the caps; the result is not stored yet (its id is empty). */
    StoredAnalysis analyse(ArticleSubmission s) {
        String hash = contentHash(s.text());
        Article article = new Article(s.text(), s.title(), s.target());
        Analysis analysis = timeLimit.run(() -> analysisTimer.record(() -> analyzer.analyze(article)));
        ArticleMetadata meta = new ArticleMetadata(s.title(), s.url(), s.publishedAt(), s.language(), s.target(),
                s.text().length(), hash);
        // Microseconds: the precision both PostgreSQL and H2 keep, so listing cursors compare exactly.
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return new StoredAnalysis(Optional.empty(), now, meta, s.text(), caps.apply(analysis),
                new StoredAnalysis.Found(analysis.actors().size(), analysis.quotes().size()),
                Optional.of(engineVersion.label()));
    }


    static String contentHash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every JVM", e);
        }
    }
}
