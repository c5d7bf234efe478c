package dev.standpoint.api;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import dev.standpoint.analysis.model.Trace;
import dev.standpoint.analysis.text.CodePointOffsets;
import dev.standpoint.api.AnalysisResponse.ActorView;
import dev.standpoint.api.AnalysisResponse.ArticleInfo;
import dev.standpoint.api.AnalysisResponse.Counts;
import dev.standpoint.api.AnalysisResponse.EvidenceView;
import dev.standpoint.api.AnalysisResponse.MentionView;
import dev.standpoint.api.AnalysisResponse.QuoteView;
import dev.standpoint.api.AnalysisResponse.SentimentView;
import dev.standpoint.api.AnalysisResponse.SpanView;
import dev.standpoint.api.AnalysisResponse.StanceScoresView;
import dev.standpoint.api.AnalysisResponse.StanceView;
import dev.standpoint.api.AnalysisResponse.TopicView;
import dev.standpoint.store.ArticleMetadata;
import dev.standpoint.store.StoredAnalysis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import java.util.Locale;
import java.util.function.IntUnaryOperator;

/**
 * Maps stored analyses to response records, converting every offset to the requested unit, leaving texts out
 * of the summary view and showing at most standpoint.caps.mentions-per-actor and .evidence-per-actor.
 */
@ApplicationScoped
public class AnalysisResponses {

    private final int mentionsPerActor;
    private final int evidencePerActor;

    @Inject
    public AnalysisResponses(StandpointConfig config) {
        this(config.caps().mentionsPerActor(), config.caps().evidencePerActor());
    }

    private AnalysisResponses(int mentionsPerActor, int evidencePerActor) {
        this.mentionsPerActor = mentionsPerActor;
        this.evidencePerActor = evidencePerActor;
    }

    /** Every mention and piece of evidence, for the engine's own evaluation outside the service. */
    public static AnalysisResponses uncapped() {
        return new AnalysisResponses(Integer.MAX_VALUE, Integer.MAX_VALUE);
    }

    public AnalysisResponse of(StoredAnalysis stored, OffsetUnit unit, AnalysisView view) {
        IntUnaryOperator offset = unit == OffsetUnit.CODEPOINTS
                ? new CodePointOffsets(stored.text())::toCodePoints
                : IntUnaryOperator.identity();
        ArticleMetadata m = stored.article();
        ArticleInfo article = new ArticleInfo(m.title().orElse(null), m.url().orElse(null),
                m.publishedAt().orElse(null), m.language().orElse(null), m.target().orElse(null),
                unit == OffsetUnit.CODEPOINTS ? offset.applyAsInt(m.length()) : m.length(), m.contentHash());
        Analysis a = stored.analysis();
        TopicView topic = new TopicView(a.topic().text(), a.topic().span().map(s -> span(s, offset)).orElse(null));
        boolean cut = stored.found().actors() > a.actors().size() || stored.found().quotes() > a.quotes().size()
                || a.actors().stream().anyMatch(actor -> actor.mentions().size() > mentionsPerActor
                        || actor.evidence().size() > evidencePerActor);
        Counts counts = new Counts(a.actors().size(), stored.found().actors(), a.quotes().size(),
                stored.found().quotes(), cut);
        boolean full = view != AnalysisView.SUMMARY;
        return new AnalysisResponse(stored.id().orElse(null), stored.createdAt(), article, topic, counts,
                a.actors().stream().map(actor -> actor(actor, offset, full)).toList(),
                full ? a.quotes().stream().map(q -> quote(q, offset)).toList() : null,
                view == AnalysisView.DEBUG ? trace(a.trace(), offset) : null);
    }

    private static AnalysisResponse.TraceView trace(Trace t, IntUnaryOperator offset) {
        return new AnalysisResponse.TraceView(
                t.attributions().stream().map(a -> new AnalysisResponse.AttributionTraceView(span(a.cue(), offset),
                        span(a.source(), offset), a.content().map(c -> span(c, offset)).orElse(null),
                        a.kind().name().toLowerCase(Locale.ROOT), a.actorId().orElse(null), a.found().decidedBy(),
                        a.found().confidence(), a.linked().decidedBy(), a.linked().confidence())).toList(),
                t.quotes().stream().map(q -> new AnalysisResponse.QuoteTraceView(span(q.quote(), offset),
                        q.speakerId().orElse(null), q.attributed().decidedBy(), q.attributed().confidence())).toList(),
                t.stances().stream().map(s -> new AnalysisResponse.StanceTraceView(s.actorId(), s.decided().decidedBy(),
                        s.decided().confidence())).toList());
    }

    static String label(Stance stance) {
        return stance.name().toLowerCase(Locale.ROOT);
    }

    static StanceScoresView scores(StanceScores s) {
        return new StanceScoresView(s.approval(), s.concern(), s.skepticism(), s.neutral());
    }

    private ActorView actor(Actor a, IntUnaryOperator offset, boolean full) {
        return new ActorView(a.id(), a.name(), a.type().name(), a.role().orElse(null),
                full ? a.mentions().stream().limit(mentionsPerActor).map(m -> mention(m, offset)).toList() : null,
                a.mentions().size(),
                new StanceView(label(a.stance().label()), a.stance().confidence(), scores(a.stance().scores())),
                new SentimentView(a.sentiment().score(), a.sentiment().magnitude()), a.summary(),
                full ? a.evidence().stream().limit(evidencePerActor).map(e -> evidence(e, offset)).toList() : null,
                a.evidence().size());
    }

    private static MentionView mention(Mention m, IntUnaryOperator offset) {
        return new MentionView(m.text(), offset.applyAsInt(m.span().start()), offset.applyAsInt(m.span().end()));
    }

    private static EvidenceView evidence(Evidence e, IntUnaryOperator offset) {
        return new EvidenceView(e.kind().name(), e.text(), offset.applyAsInt(e.span().start()),
                offset.applyAsInt(e.span().end()), e.cue(), label(e.stance()), e.score());
    }

    private static QuoteView quote(Quote q, IntUnaryOperator offset) {
        return new QuoteView(q.text(), offset.applyAsInt(q.span().start()), offset.applyAsInt(q.span().end()),
                q.speakerId().orElse(null), q.cue(), q.confidence());
    }

    private static SpanView span(Span s, IntUnaryOperator offset) {
        return new SpanView(offset.applyAsInt(s.start()), offset.applyAsInt(s.end()));
    }
}
