package dev.standpoint.analysis;

import dev.standpoint.analysis.actors.ActorCluster;
import dev.standpoint.analysis.actors.ActorResolution;
import dev.standpoint.analysis.actors.ActorResolver;
import dev.standpoint.analysis.actors.ResolvedAttribution;
import dev.standpoint.analysis.actors.RuleActorResolver;
import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.attribution.AttributionFinder;
import dev.standpoint.analysis.attribution.CoordinatedSources;
import dev.standpoint.analysis.attribution.CueLexicon;
import dev.standpoint.analysis.attribution.RuleAttributionFinder;
import dev.standpoint.analysis.attribution.TaggedAttributionFinder;
import dev.standpoint.analysis.evidence.AttributedQuote;
import dev.standpoint.analysis.evidence.CollectedEvidence;
import dev.standpoint.analysis.evidence.EvidenceCollector;
import dev.standpoint.analysis.evidence.RuleEvidenceCollector;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.analysis.model.Trace;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourceWords;
import dev.standpoint.analysis.stance.ActorJudgement;
import dev.standpoint.analysis.stance.JudgedEvidence;
import dev.standpoint.analysis.stance.LexiconStanceJudge;
import dev.standpoint.analysis.stance.MiniLmSentenceEncoder;
import dev.standpoint.analysis.stance.ModelStanceJudge;
import dev.standpoint.analysis.stance.StanceClassifier;
import dev.standpoint.analysis.stance.StanceJudge;
import dev.standpoint.analysis.stance.StanceModel;
import dev.standpoint.analysis.stance.StanceModelInput;
import dev.standpoint.analysis.stance.StanceQuestion;
import dev.standpoint.analysis.summary.SummaryWriter;
import dev.standpoint.analysis.text.RuleSegmenter;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Segmenter;
import dev.standpoint.analysis.topic.TopicFinder;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The one entry point of the engine: an article in, its actors, stances, evidence and quotes out.
 *
 * <p>A pipeline of named stages, each behind one small interface, with typed records between them; data
 * flows one way: text -> segmentation (paragraphs, quotations, tokens, sentences) -> noun phrases ->
 * attributions -> actors -> evidence -> stance -> summaries. Which implementation a stage uses comes from
 * the {@link EngineSettings}; every decision records the rule or model that made it ({@link Trace}).
 *
 * <p>Thread-safe: word lists and models are loaded once in the constructor and never changed; each call
 * keeps its state on the stack.
 */
public final class Analyzer {

    /** The stages of one engine, for callers that run or score a stage on its own (the evaluation). */
    public record Stages(Segmenter segmenter, SourceWords sourceWords, AttributionFinder attributions,
                         ActorResolver actors, EvidenceCollector evidence, TopicFinder topic, StanceJudge stance,
                         SummaryWriter summaries) {
    }

    private final Stages stages;

    /** The default engine: rules in every stage, with nothing to load. */
    public Analyzer() {
        this(EngineSettings.rules());
    }

    public Analyzer(EngineSettings settings) {
        StanceJudge stance = switch (settings.stance()) {
            case LEXICON -> new LexiconStanceJudge();
            case LEXICON_AND_CLASSIFIER -> new LexiconStanceJudge(new MiniLmSentenceEncoder(),
                    StanceClassifier.load("stance-model.tsv"));
            case MODEL -> new ModelStanceJudge(new StanceModel(), new StanceModelInput());
        };
        CueLexicon cues = new CueLexicon();
        SourceWords words = new SourceWords();
        RuleAttributionFinder rules = new RuleAttributionFinder(cues);
        AttributionFinder attribution = new CoordinatedSources(switch (settings.attribution()) {
            case RULES -> rules;
            case TAGGER -> TaggedAttributionFinder.load(cues, words, rules);
            case TAGGER_AND_NETWORK -> TaggedAttributionFinder.loadWithNetwork(cues, words, rules);
        });
        this.stages = new Stages(new RuleSegmenter(), words, attribution, new RuleActorResolver(),
                new RuleEvidenceCollector(), new TopicFinder(), stance, new SummaryWriter());
    }

    /** An engine of the given stages: for training and evaluation, which try stage implementations out. */
    public Analyzer(Stages stages) {
        this.stages = stages;
    }

    public Stages stages() {
        return stages;
    }

    /**
     * What names this engine's output beyond its stages: the trained models' names, attribution's then stance's,
     * where one runs, so that a new model under the same settings is a new engine to dedupe (the settings' id,
     * "tagger-and-network-model", stays the same).
     */
    public List<String> modelNames() {
        return Stream.of(stages.attributions().modelName(), stages.stance().modelName()).flatMap(Optional::stream)
                .toList();
    }

    public Analysis analyze(Article article) {
        Segmentation segmentation = stages.segmenter().segment(article.text());
        NounPhrases phrases = NounPhrases.read(segmentation, stages.sourceWords());
        List<Attribution> attributions = stages.attributions().find(segmentation, phrases);
        ActorResolution actors = stages.actors().resolve(segmentation, phrases, attributions);
        CollectedEvidence evidence = stages.evidence().collect(segmentation, actors);
        Topic topic = stages.topic().find(article, segmentation);
        Map<Integer, ActorJudgement> stances = stages.stance().judge(new StanceQuestion(article.text(), topic,
                stages.topic().lead(segmentation), article.target(), actors.byIndex(), evidence.byActor()));
        return report(segmentation, topic, actors, evidence, stances);
    }

    /** The answer: actors numbered a1, a2, ... in order of their first evidence, their quotes, and the trace. */
    private Analysis report(Segmentation segmentation, Topic topic, ActorResolution resolution,
                            CollectedEvidence evidence, Map<Integer, ActorJudgement> stances) {
        Map<Integer, ActorCluster> clusters = resolution.byIndex();
        Map<Integer, String> ids = new HashMap<>();
        List<Actor> actors = new ArrayList<>();
        List<Trace.StanceTrace> stanceTraces = new ArrayList<>();
        for (int index : evidence.byActor().keySet()) {
            String id = "a" + (actors.size() + 1);
            ids.put(index, id);
            ActorCluster actor = clusters.get(index);
            ActorJudgement judgement = stances.get(index);
            List<Evidence> items = judgement.evidence().stream().map(Analyzer::evidence).toList();
            String summary = stages.summaries().summary(actor.name(), actor.type(), judgement.stance(),
                    judgement.evidence());
            actors.add(new Actor(id, actor.name(), actor.type(), actor.role(), actor.mentions(), judgement.stance(),
                    judgement.sentiment(), summary, items));
            stanceTraces.add(new Trace.StanceTrace(id, judgement.provenance()));
        }
        String text = segmentation.text();
        List<Quote> quotes = new ArrayList<>();
        List<Trace.QuoteTrace> quoteTraces = new ArrayList<>();
        for (AttributedQuote q : evidence.quotes()) {
            Span inner = segmentation.quotations().get(q.quotation()).inner();
            Optional<String> speaker = q.actor().isPresent() ? Optional.ofNullable(ids.get(q.actor().getAsInt()))
                    : Optional.empty();
            quotes.add(new Quote(inner, inner.of(text), speaker, q.cue(), speaker.isPresent() ? q.confidence() : 0.0));
            quoteTraces.add(new Trace.QuoteTrace(inner, speaker, q.provenance()));
        }
        List<Trace.AttributionTrace> attributionTraces = new ArrayList<>();
        for (ResolvedAttribution r : resolution.attributions()) {
            Attribution a = r.attribution();
            Optional<String> actorId = r.actor().isPresent() ? Optional.ofNullable(ids.get(r.actor().getAsInt()))
                    : Optional.empty();
            attributionTraces.add(new Trace.AttributionTrace(a.cueSpan(), a.source().span(), a.content(),
                    a.contentKind(), actorId, a.provenance(), r.link()));
        }
        return new Analysis(topic, actors, quotes, new Trace(attributionTraces, quoteTraces, stanceTraces));
    }

    private static Evidence evidence(JudgedEvidence judged) {
        var item = judged.item();
        return new Evidence(item.kind(), item.span(), item.text(), item.cue(), judged.label(), judged.score());
    }
}
