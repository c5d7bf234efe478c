package dev.standpoint.analysis;

import dev.standpoint.analysis.actors.ActorRegistry;
import dev.standpoint.analysis.actors.MentionFinder;
import dev.standpoint.analysis.actors.NameIndex;
import dev.standpoint.analysis.actors.SourceLexicon;
import dev.standpoint.analysis.actors.SourceReader;
import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.model.StanceScores;
import dev.standpoint.analysis.model.Topic;
import dev.standpoint.analysis.quotes.CueLexicon;
import dev.standpoint.analysis.quotes.QuoteAttributor;
import dev.standpoint.analysis.quotes.QuoteAttributor.AttributedQuote;
import dev.standpoint.analysis.quotes.QuoteAttributor.ResolvedEvent;
import dev.standpoint.analysis.quotes.Quotation;
import dev.standpoint.analysis.quotes.QuotationFinder;
import dev.standpoint.analysis.quotes.SpeechEvent;
import dev.standpoint.analysis.quotes.SpeechEventFinder;
import dev.standpoint.analysis.stance.MiniLmSentenceEncoder;
import dev.standpoint.analysis.stance.StanceAggregator;
import dev.standpoint.analysis.stance.StanceClassifier;
import dev.standpoint.analysis.stance.StanceLexicon;
import dev.standpoint.analysis.stance.StanceScorer;
import dev.standpoint.analysis.text.Paragraphs;
import dev.standpoint.analysis.text.SentenceSplitter;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.text.Tokenizer;
import dev.standpoint.analysis.topic.TopicFinder;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

/**
 * The one entry point of the engine: an article in, its actors, stances, evidence and quotes out.
 *
 * <p>The pipeline: quotations are found first and become opaque tokens, so the narrator's grammar is
 * read apart from what people said; sentences are split; cues and their sources are read sentence by
 * sentence; sources are grouped into actors in text order (pronouns and offices resolved); quotations
 * are attributed; each piece of evidence is scored; actor stances are aggregated. Every actor, quote
 * and piece of evidence points at spans of the submitted text.
 *
 * <p>Thread-safe: lexicons are loaded once in the constructor and never changed; each call keeps its
 * state on the stack.
 */
public final class Analyzer {

    private static final int SUMMARY_MAX_CHARS = 140;
    private static final Set<String> TARGET_STOPWORDS = Set.of("the", "a", "an", "of", "and", "to", "in", "on",
            "for", "with", "its", "his", "her", "their", "new", "plan", "plans", "by", "at", "from", "is", "are");

    private final QuotationFinder quotationFinder = new QuotationFinder();
    private final SourceLexicon sourceLexicon = new SourceLexicon();
    private final SpeechEventFinder eventFinder = new SpeechEventFinder(new CueLexicon());
    private final QuoteAttributor quoteAttributor = new QuoteAttributor();
    private final StanceScorer stanceScorer;
    private final StanceAggregator stanceAggregator = new StanceAggregator();
    private final TopicFinder topicFinder = new TopicFinder();
    private final MentionFinder mentionFinder = new MentionFinder();

    /** How evidence is scored for stance. */
    public enum StanceScoring {
        /** Cues and the stance lexicon: a fraction of a millisecond per article. The default. */
        LEXICON,
        /**
         * Cues and lexicon, and for an actor none of whose evidence takes a side by them, the trained
         * classifier over sentence embeddings: ~1 ms per such evidence, and the model's load at start.
         */
        LEXICON_AND_MODEL;

        /** The scoring the service's {@code standpoint.engine.stance-model} setting asks for. */
        public static StanceScoring withClassifier(boolean classifier) {
            return classifier ? LEXICON_AND_MODEL : LEXICON;
        }
    }

    /** The default engine: cues and lexicon, with nothing to load (see the README for the trade). */
    public Analyzer() {
        this(StanceScoring.LEXICON);
    }

    public Analyzer(StanceScoring scoring) {
        StanceLexicon lexicon = new StanceLexicon();
        this.stanceScorer = scoring == StanceScoring.LEXICON ? new StanceScorer(lexicon)
                : new StanceScorer(lexicon, new MiniLmSentenceEncoder(),
                        StanceClassifier.load("/dev/standpoint/analysis/lexicon/stance-model.tsv"));
    }

    public Analysis analyze(Article article) {
        String text = article.text();
        List<Span> paragraphs = Paragraphs.of(text);
        List<Quotation> quotations = quotationFinder.find(text, paragraphs);
        List<Token> tokens = Tokenizer.tokenize(text, quotations.stream().map(Quotation::outer).toList());
        List<int[]> sentences = SentenceSplitter.split(tokens, q -> endsSentence(text, quotations.get(q)));
        SourceReader reader = new SourceReader(sourceLexicon, text, tokens);
        // Headlines compress attributions ("Golden rule 'intact' says ex-aide"); the body states them in full.
        Optional<Span> headline = topicFinder.headline(text, paragraphs);
        List<SpeechEvent> events = eventFinder.find(text, tokens, sentences, reader).stream()
                .filter(e -> headline.map(h -> !h.contains(e.cueSpan())).orElse(true)).toList();

        ActorRegistry registry = new ActorRegistry(NameIndex.build(tokens, sentences, reader));
        List<OptionalInt> sources = new ArrayList<>();
        for (SpeechEvent e : events) {
            sources.add(registry.resolve(e.source(), e.sentence())
                    .map(entry -> OptionalInt.of(entry.index())).orElse(OptionalInt.empty()));
        }
        registry.finish();
        List<ResolvedEvent> resolved = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            OptionalInt source = sources.get(i);
            resolved.add(new ResolvedEvent(events.get(i), source.isPresent()
                    ? OptionalInt.of(registry.canonical(source.getAsInt())) : source));
        }
        List<AttributedQuote> attributed = quoteAttributor.attribute(text, paragraphs, quotations, tokens, resolved);

        Topic topic = topicFinder.find(article, paragraphs, headline);
        Map<Integer, List<StanceAggregator.Scored>> evidenceByActor = new TreeMap<>();
        Set<ActorSpan> seenEvidence = new HashSet<>();
        Set<String> targetWords = article.target().map(Analyzer::contentWords).orElse(Set.of());
        for (ResolvedEvent r : resolved) {
            if (r.actor().isEmpty() || r.event().content().isEmpty()) {
                continue;
            }
            Span span = r.event().content().get();
            addEvidence(evidenceByActor, seenEvidence, r.actor().getAsInt(), r.event().contentKind(), span, text,
                    r.event().cue().form(), r.event().cue().prior(), r.event().negated(), targetWords);
        }
        for (AttributedQuote q : attributed) {
            if (q.actor().isPresent()) {
                Span inner = quotations.get(q.quotation()).inner();
                addEvidence(evidenceByActor, seenEvidence, q.actor().getAsInt(), EvidenceKind.DIRECT_QUOTE, inner, text, q.cue(),
                        Stance.NEUTRAL, false, targetWords);
            }
        }

        // Rules first, actor by actor: the classifier is asked only about an actor none of whose evidence takes
        // a side by cues and lexicon. Asked about every such piece of evidence instead, it made five times the
        // calls and overrode actors the rules had read right (README, Accuracy).
        if (stanceScorer.hasClassifier()) {
            for (List<StanceAggregator.Scored> scored : evidenceByActor.values()) {
                if (scored.stream().allMatch(s -> s.weights().takesNoSide())) {
                    scored.replaceAll(this::withClassifier);
                }
            }
        }

        // Actors in order of their first evidence, numbered from a1.
        List<Integer> order = new ArrayList<>(evidenceByActor.keySet());
        order.sort(Comparator.comparingInt(i -> firstStart(evidenceByActor.get(i))));
        Map<Integer, List<Mention>> mentions = mentionFinder.find(
                order.stream().map(registry::entry).toList(), tokens, text);
        Map<Integer, String> ids = new HashMap<>();
        List<Actor> actors = new ArrayList<>();
        for (int index : order) {
            String id = "a" + (actors.size() + 1);
            ids.put(index, id);
            ActorRegistry.Entry entry = registry.entry(index);
            List<StanceAggregator.Scored> scored = evidenceByActor.get(index);
            scored.sort(Comparator.comparingInt(s -> s.evidence().span().start()));
            StanceAggregator.Aggregate aggregate = stanceAggregator.aggregate(scored, entry.role());
            List<Evidence> evidence = scored.stream().map(StanceAggregator.Scored::evidence).toList();
            actors.add(new Actor(id, entry.name(), entry.type(), entry.role(), mentions.get(index), aggregate.stance(),
                    aggregate.sentiment(), summary(entry.name(), entry.type(), aggregate.stance().label(), scored), evidence));
        }
        List<Quote> quotes = new ArrayList<>();
        for (AttributedQuote q : attributed) {
            Span inner = quotations.get(q.quotation()).inner();
            Optional<String> speaker = q.actor().isPresent() ? Optional.ofNullable(ids.get(q.actor().getAsInt()))
                    : Optional.empty();
            quotes.add(new Quote(inner, inner.of(text), speaker, q.cue(), speaker.isPresent() ? q.confidence() : 0.0));
        }
        return new Analysis(topic, actors, quotes);
    }

    /** An actor's evidence span, for the duplicate check in addEvidence. */
    private record ActorSpan(int actor, Span span) {
    }

    private void addEvidence(Map<Integer, List<StanceAggregator.Scored>> byActor, Set<ActorSpan> seen, int actor,
                             EvidenceKind kind, Span span,
                             String text, String cue, Stance prior, boolean negated, Set<String> targetWords) {
        List<StanceAggregator.Scored> list = byActor.computeIfAbsent(actor, k -> new ArrayList<>());
        // One span counts once per actor; a set (not a scan of the list) keeps an actor with tens of
        // thousands of quotes linear.
        if (!seen.add(new ActorSpan(actor, span))) {
            return;
        }
        String words = span.of(text);
        list.add(scored(kind, span, words, cue, stanceScorer.score(words, kind, prior, negated),
                relevance(words, targetWords)));
    }

    /** The same evidence, its weights and label now with the classifier's reading added. */
    private StanceAggregator.Scored withClassifier(StanceAggregator.Scored item) {
        Evidence e = item.evidence();
        return scored(e.kind(), e.span(), e.text(), e.cue(), stanceScorer.withClassifier(item.weights(), e.text(),
                e.kind()), item.relevance());
    }

    /** Evidence labelled with its strongest stance, beside the weights the actor's stance is built from. */
    private static StanceAggregator.Scored scored(EvidenceKind kind, Span span, String words, String cue,
                                                  StanceScorer.Weights weights, double relevance) {
        StanceScores scores = weights.scores();
        Stance label = scores.top();
        return new StanceAggregator.Scored(new Evidence(kind, span, words, cue, label, scores.of(label)), weights,
                relevance);
    }

    /** With a target, evidence that names it counts for more; without one, all evidence counts alike. */
    private static double relevance(String evidence, Set<String> targetWords) {
        if (targetWords.isEmpty()) {
            return 1.0;
        }
        for (String w : contentWords(evidence)) {
            if (targetWords.contains(w)) {
                return 2.0;
            }
        }
        return 0.5;
    }

    private static Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !TARGET_STOPWORDS.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }

    private static int firstStart(List<StanceAggregator.Scored> scored) {
        return scored.stream().mapToInt(s -> s.evidence().span().start()).min().orElse(Integer.MAX_VALUE);
    }

    private static boolean endsSentence(String text, Quotation q) {
        String inner = q.inner().of(text).stripTrailing();
        return !inner.isEmpty() && ".!?\u2026".indexOf(inner.charAt(inner.length() - 1)) >= 0;
    }

    /** One readable sentence: who, which stance, and the strongest evidence for it, e.g. 'X approves, saying "..."'. */
    static String summary(String name, ActorType type, Stance label, List<StanceAggregator.Scored> scored) {
        StanceAggregator.Scored strongest = scored.stream()
                .filter(s -> s.evidence().stance() == label)
                .max(Comparator.comparingDouble(s -> s.evidence().score()))
                .orElse(scored.get(0));
        String words = strongest.evidence().text().replaceAll("\\s+", " ").strip().replaceAll("[,;:]+$", "");
        if (words.length() > SUMMARY_MAX_CHARS) {
            int cut = SUMMARY_MAX_CHARS - 3;
            if (Character.isHighSurrogate(words.charAt(cut - 1))) {
                cut--; // never split a character outside the BMP
            }
            words = words.substring(0, cut).strip() + "...";
        }
        boolean plural = type == ActorType.GROUP;
        String verb = switch (label) {
            case APPROVAL -> plural ? "approve" : "approves";
            case CONCERN -> plural ? "are concerned" : "is concerned";
            case SKEPTICISM -> plural ? "are skeptical" : "is skeptical";
            case NEUTRAL -> plural ? "take no clear side" : "takes no clear side";
        };
        String how = switch (strongest.evidence().kind()) {
            case DIRECT_QUOTE -> "saying";
            case REPORTED -> "reportedly saying";
            case DESCRIPTION -> "as the article puts it,";
        };
        boolean closed = words.endsWith(".") || words.endsWith("!") || words.endsWith("?");
        return name + " " + verb + ", " + how + " \u201C" + words + "\u201D" + (closed ? "" : ".");
    }
}
