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

    public AnalysisService(Analyzer analyzer, AnalysisStore store, MeterRegistry registry, AnalysisTimeLimit timeLimit,
                           AnalysisCaps caps) {
        this.analyzer = analyzer;
        this.store = store;
        this.timeLimit = timeLimit;
        this.caps = caps;
        this.analysisTimer = Timer.builder("standpoint.analysis.duration")
                .description("Time the engine takes to analyse one article")
                .publishPercentileHistogram()
                .register(registry);
    }

    /** What a create call produced, and whether it replayed an earlier request with the same key. */
    public record Outcome(StoredAnalysis analysis, boolean replayed) {
    }

    public Outcome analyze(ArticleSubmission submission, boolean persist, Optional<String> idempotencyKey) {
        String hash = contentHash(submission.text());
        String requestHash = RequestFingerprint.of(submission);
        if (persist && idempotencyKey.isPresent()) {
            Optional<Outcome> earlier = replay(idempotencyKey.get(), requestHash, hash);
            if (earlier.isPresent()) {
                return earlier.get();
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
                new StoredAnalysis.Found(analysis.actors().size(), analysis.quotes().size()));
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
