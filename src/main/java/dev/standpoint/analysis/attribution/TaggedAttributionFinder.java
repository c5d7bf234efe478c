package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.phrases.NounPhraseReader;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourceWords;
import dev.standpoint.analysis.phrases.SourcePhrase;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Attributions by the trained tagger, rules then model: the rule stage runs first and its findings are
 * features; the {@link AttributionTagger} then tags each sentence's tokens as source, cue or content, and
 * the spans are linked: each content to the nearest cue of its sentence, each cue to the nearest source. A
 * quotation in a sentence without a cue continues the attribution before it ('"...," he said. "More words."').
 * Rule attributions whose words the tagger left untouched are kept beside the tagger's. With a
 * {@link NetworkUse}, the {@link AttributionNetwork}'s role scores join the tagger's before its Viterbi.
 */
public final class TaggedAttributionFinder implements AttributionFinder {

    /** A maximal run of one kind of role in a sentence: token indices [from, to) of the segmentation. */
    record RoleSpan(char kind, int from, int to) {
        int distanceTo(RoleSpan other) {
            return other.from >= to ? other.from - to : from >= other.to ? from - other.to : 0;
        }
    }

    /**
     * How tagged spans become attributions, chosen by cross-validation on PolNeAR train (src/train).
     *
     * @param extendContent  a content that starts at its cue (or ends at it) runs to the sentence's end (or start):
     *                       PolNeAR's contents are whole clauses, and the tagger often stops short
     * @param ruleSource     a cue a rule also read takes the rule's source, else the nearest tagged one
     * @param rulesKept      where a rule attribution and the tagger's share words, which one is kept
     */
    public record Decoding(boolean extendContent, boolean ruleSource, RulesKept rulesKept) {
        public static final Decoding CHOSEN = new Decoding(true, true, RulesKept.ALL);
    }

    /** Where a rule attribution and a tagged one share words, which of the two is kept. */
    public enum RulesKept {
        /** The rule's, always: rules are precise about who spoke. */
        ALL,
        /**
         * The rule's where it read a reaction ("expressed concern", "celebrated the move") at the tagger's cue: the
         * rule reads the whole reaction, where PolNeAR, which the tagger learnt from, marks only its object ("the
         * move"); elsewhere the tagger's.
         */
        REACTIONS,
        /** The tagger's, always. */
        NONE;

        boolean wins(Attribution rule, Attribution tagged) {
            return switch (this) {
                case ALL -> true;
                case REACTIONS -> rule.contentKind() == EvidenceKind.DESCRIPTION && rule.cueSpan().overlaps(tagged.cueSpan());
                case NONE -> false;
            };
        }
    }

    static final String MODEL = "/models/attribution/attribution-tagger.bin.gz";
    static final String MODEL_NAME = "attribution-tagger-1";
    /**
     * The share of its attributions whose content is a PolNeAR content, on PolNeAR dev (the evaluation's table of
     * attribution rules: 0.438 of 1,108 at stop 26, where 0.8 had stood unmeasured).
     */
    static final double MODEL_CONFIDENCE = 0.44;
    /**
     * How much the network's role log-probabilities count against the tagger's scores: the best of {@code
     * AttributionTaggerTraining network-cv}'s weights on fold 0 of PolNeAR train, network and tagger trained
     * on folds 1 to 4.
     */
    static final float NETWORK_WEIGHT = 100f;
    /**
     * The content and cue bias of the tagger beside the network, chosen with the weight (the shipped tagger's
     * own is {@code AttributionTaggerTraining.CHOSEN_BIAS}, 80): the network makes more of the tagger's recall safe.
     */
    static final float NETWORK_BIAS = 260f;
    private static final float SHIPPED_BIAS = 80f;
    /** As {@link #MODEL_CONFIDENCE}, with the network: 0.585 of 918. */
    static final double NETWORK_CONFIDENCE = 0.59;

    private static final CueLexicon.Cue CONTINUATION = new CueLexicon.Cue("continuation", "continuation",
            CueLexicon.Kind.SPEECH, Stance.NEUTRAL);

    private final AttributionTagger tagger;
    private final AttributionFeatures features;
    private final RuleAttributionFinder rules;
    private final CueLexicon cues;
    private final Provenance provenance;
    private final String modelName;
    private final Decoding decoding;
    private final AnonymityFormulas anonymityFormulas;
    private final Optional<NetworkUse> network;

    /**
     * How the {@link AttributionNetwork} joins the tagger: its role log-probabilities times {@code weight} are added
     * to the tagger's scores of each token; where a {@code gate} is given, only in sentences where that tagger alone
     * tags some role, which spares the network's cost on sentences with no sign of an attribution.
     */
    public record NetworkUse(AttributionNetwork network, float weight, Optional<AttributionTagger> gate) {
    }

    public TaggedAttributionFinder(AttributionTagger tagger, AttributionFeatures features, RuleAttributionFinder rules,
                                   CueLexicon cues, String modelName, double confidence) {
        this(tagger, features, rules, cues, modelName, confidence, Decoding.CHOSEN);
    }

    public TaggedAttributionFinder(AttributionTagger tagger, AttributionFeatures features, RuleAttributionFinder rules,
                                   CueLexicon cues, String modelName, double confidence, Decoding decoding) {
        this(tagger, Optional.empty(), features, rules, cues, modelName, confidence, decoding);
    }

    public TaggedAttributionFinder(AttributionTagger tagger, Optional<NetworkUse> network, AttributionFeatures features,
                                   RuleAttributionFinder rules, CueLexicon cues, String modelName, double confidence,
                                   Decoding decoding) {
        this.network = network;
        this.decoding = decoding;
        this.tagger = tagger;
        this.features = features;
        this.rules = rules;
        this.anonymityFormulas = rules.anonymityFormulas(); // one copy of the list, the rules' own
        this.cues = cues;
        this.provenance = Provenance.model(modelName, confidence);
        this.modelName = modelName;
    }

    @Override
    public Optional<String> modelName() {
        return Optional.of(modelName);
    }

    /** The shipped tagger (models/attribution, its card beside it). */
    public static TaggedAttributionFinder load(CueLexicon cues, SourceWords words, RuleAttributionFinder rules) {
        return new TaggedAttributionFinder(shippedTagger(), new AttributionFeatures(cues, words), rules,
                CueLexicon.withPolnearCues(), MODEL_NAME, MODEL_CONFIDENCE);
    }

    /** The shipped tagger with the shipped {@link AttributionNetwork}'s scores, weighted as cross-validation chose. */
    public static TaggedAttributionFinder loadWithNetwork(CueLexicon cues, SourceWords words, RuleAttributionFinder rules) {
        AttributionTagger shipped = shippedTagger();
        return new TaggedAttributionFinder(shipped.withContentAndCueBias(NETWORK_BIAS - SHIPPED_BIAS),
                Optional.of(new NetworkUse(AttributionNetwork.load(), NETWORK_WEIGHT, Optional.of(shipped))),
                new AttributionFeatures(cues, words), rules, CueLexicon.withPolnearCues(),
                MODEL_NAME + "+" + AttributionNetwork.NAME, NETWORK_CONFIDENCE, Decoding.CHOSEN);
    }

    private static AttributionTagger shippedTagger() {
        try (InputStream in = TaggedAttributionFinder.class.getResourceAsStream(MODEL)) {
            if (in == null) {
                throw new IllegalStateException("the attribution tagger is missing from the classpath: " + MODEL);
            }
            return AttributionTagger.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Attribution> find(Segmentation segmentation, NounPhrases phrases) {
        List<Attribution> byRule = new ArrayList<>(rules.find(segmentation, phrases));
        // "Her remark that ... angered ministers": the ministers' reaction stands beside what she said, whose words
        // it shares, and takes nothing from the tagger's reading of it
        List<Attribution> experienced = byRule.stream().filter(ExperiencerReactions::foundIt).toList();
        byRule.removeAll(experienced);
        AttributionFeatures.RuleMarks marks = AttributionFeatures.RuleMarks.of(segmentation, byRule);
        List<Attribution> found = new ArrayList<>();
        for (Sentence sentence : segmentation.sentences()) {
            if (sentence.toToken() == sentence.fromToken()
                    || segmentation.inHeadline(segmentation.token(sentence.fromToken()).span())) {
                continue;
            }
            Role[] roles = roles(segmentation, sentence, features.of(segmentation, sentence, marks));
            List<RoleSpan> spans = joinedAcrossUnknownCues(segmentation, spans(roles, sentence.fromToken()));
            for (RoleSpan tagged : spans.stream().filter(s -> s.kind == 'T').toList()) {
                Optional<RoleSpan> cue = nearest(spans, tagged, 'C');
                if (cue.isPresent() && anonymityFormulas.opensAt(segmentation.tokens(), cue.get().from)) {
                    continue; // "who asked not to be named": how the source is kept unnamed, not what it said
                }
                RoleSpan content = decoding.extendContent() && cue.isPresent()
                        ? extended(segmentation, sentence, tagged, cue.get(), spans) : tagged;
                Attribution a;
                if (cue.isPresent()) {
                    // A rule that read the same cue knows its source better (appositives, "according to"):
                    // the tagger's nearest source span is the fallback.
                    Optional<SourcePhrase> phrase = decoding.ruleSource()
                            ? ruleSourceAt(segmentation, byRule, cue.get()) : Optional.empty();
                    if (phrase.isEmpty()) {
                        phrase = nearest(spans, cue.get(), 'S')
                                .flatMap(s -> taggedSource(segmentation, sentence, phrases, s, cue.get()));
                    }
                    if (phrase.isEmpty()) {
                        continue;
                    }
                    a = attribution(segmentation, sentence, phrase.get(), cue(segmentation, cue.get()),
                            span(segmentation, cue.get()), content);
                } else if (!found.isEmpty() && sentence.index() - found.get(found.size() - 1).sentence() <= 1
                        && opensWithQuotation(segmentation, content)) {
                    Attribution previous = found.get(found.size() - 1);
                    a = attribution(segmentation, sentence, previous.source(), CONTINUATION,
                            span(segmentation, content), content);
                } else {
                    continue;
                }
                found.add(a);
            }
        }
        RulesKept policy = decoding.rulesKept();
        found.removeIf(a -> byRule.stream().anyMatch(r -> policy.wins(r, a) && sharesWords(segmentation, r, a)));
        // A rule attribution keeps its place unless a tagged one that it does not beat shares its words: the
        // tagger learnt from PolNeAR, whose annotators left out some of what this project's guide counts.
        List<Attribution> tagged = List.copyOf(found);
        for (Attribution r : byRule) {
            if (tagged.stream().noneMatch(a -> !policy.wins(r, a) && sharesWords(segmentation, r, a))) {
                found.add(r);
            }
        }
        found.addAll(experienced);
        found.sort(Comparator.comparingInt(Attribution::sentence).thenComparingInt(a -> a.cueSpan().start()));
        return found;
    }

    private Role[] roles(Segmentation segmentation, Sentence sentence, long[][] tokenFeatures) {
        if (network.isEmpty()) {
            return tagger.tag(tokenFeatures);
        }
        NetworkUse use = network.get();
        if (use.gate().isPresent() && Arrays.stream(use.gate().get().tag(tokenFeatures)).allMatch(r -> r == Role.O)) {
            return tagger.tag(tokenFeatures);
        }
        return tagger.tag(tokenFeatures, use.network().logProbabilities(segmentation, sentence), use.weight());
    }

    /**
     * A content that begins just after its cue ("said (that) ...") runs to the end of the sentence, one that
     * ends just before it ("..., he said") from the sentence's start, unless another tagged span stands there.
     */
    private static RoleSpan extended(Segmentation s, Sentence sentence, RoleSpan content, RoleSpan cue,
                                     List<RoleSpan> spans) {
        int from = content.from, to = content.to;
        if (content.from >= cue.to && content.from - cue.to <= 2) {
            int end = sentence.toToken();
            for (RoleSpan other : spans) {
                if (other != content && other.from >= content.to) {
                    end = Math.min(end, other.from);
                }
            }
            while (end > to && s.token(end - 1).kind() == Token.Kind.PUNCT) {
                end--;
            }
            to = Math.max(to, end);
        } else if (content.to <= cue.from && cue.from - content.to <= 3) {
            int start = sentence.fromToken();
            for (RoleSpan other : spans) {
                if (other != content && other.to <= content.from) {
                    start = Math.max(start, other.to);
                }
            }
            while (start < from && s.token(start).kind() == Token.Kind.PUNCT) {
                start++;
            }
            from = Math.min(from, start);
        }
        return new RoleSpan('T', from, to);
    }

    /**
     * A verb the lexicon does not know reports words when what follows it is a that-clause, a colon or a
     * quotation ("quipped that ...", "mused: ...").
     */
    private static boolean reportsWords(Segmentation s, RoleSpan cue) {
        if (cue.to >= s.tokens().size()) {
            return false;
        }
        Token next = s.token(cue.to);
        return next.is("that") || next.is(":") || next.kind() == Token.Kind.QUOTE
                || next.is(",") && cue.to + 1 < s.tokens().size() && s.token(cue.to + 1).kind() == Token.Kind.QUOTE;
    }

    /** A content without a cue continues the speaker before it only as a quotation ('"...," he said. "More."'). */
    private static boolean opensWithQuotation(Segmentation s, RoleSpan content) {
        for (int i = content.from; i < content.to; i++) {
            Token t = s.token(i);
            if (t.kind() == Token.Kind.QUOTE) {
                return true;
            }
            if (t.isWord()) {
                return false;
            }
        }
        return false;
    }

    /**
     * The source phrase a tagged source span names. The tagger marks PolNeAR's whole source spans, which run
     * on past the name: "Amy Deace, who was named last ...", "Donald Trump, the likely nominee,"; the phrase
     * is then the part before the first comma, bracket or relative pronoun. A relative pronoun alone ("who",
     * "which") speaks for the phrase it follows ("Smith, who argued that ..."); a possessive pronoun right
     * before its cue owns it ("her remark that ...").
     */
    private static Optional<SourcePhrase> taggedSource(Segmentation s, Sentence sentence, NounPhrases phrases,
                                                       RoleSpan source, RoleSpan cue) {
        NounPhraseReader reader = phrases.reader();
        if (source.to - source.from == 1 && cue.from == source.to) {
            Optional<SourcePhrase> owner = reader.possessiveOwner(source.from);
            if (owner.isPresent()) {
                return owner; // "her remark that ...": she made it
            }
        }
        Optional<SourcePhrase> whole = reader.phraseOf(source.from, source.to);
        Optional<SourcePhrase> named = namedBeforeAppositive(s, reader, source);
        if (named.isPresent() && !named.get().name().equals(whole.map(SourcePhrase::name).orElse(""))) {
            return named; // "Filippo Grandi, the United Nations High Commissioner for Refugees (UNHCR)" is Grandi
        }
        if (whole.isPresent()) {
            return whole;
        }
        if (source.to - source.from == 1 && isRelativePronoun(s.token(source.from))) {
            int last = source.from - 1;
            if (last > sentence.fromToken() && s.token(last).is(",")) {
                last--;
            }
            return reader.endingAt(last, sentence.fromToken());
        }
        for (int i = source.from + 1; i < source.to; i++) {
            Token t = s.token(i);
            if (t.is(",") || t.is("(") || isRelativePronoun(t)) {
                return reader.phraseOf(source.from, i);
            }
        }
        return Optional.empty();
    }

    /**
     * A person's name that opens the tagged span and a comma closes: the appositive after it describes them, and is
     * their role where the name gives none.
     */
    private static Optional<SourcePhrase> namedBeforeAppositive(Segmentation s, NounPhraseReader reader, RoleSpan source) {
        for (int i = source.from + 1; i < source.to; i++) {
            if (s.token(i).is(",")) {
                Optional<String> appositive = appositiveText(s, i + 1, source.to);
                return reader.phraseOf(source.from, i).filter(p -> p.type() == ActorType.PERSON
                        && p.reference() == SourcePhrase.Reference.NAME)
                        .map(p -> p.role().isPresent() || appositive.isEmpty() ? p : p.withRole(appositive));
            }
            if (!s.token(i).isWord()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /** The words of tokens [from, to) without an opening article or closing punctuation: "the UN envoy," is "UN envoy". */
    private static Optional<String> appositiveText(Segmentation s, int from, int to) {
        while (to > from && !s.token(to - 1).isWord()) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        String text = s.text().substring(s.token(from).span().start(), s.token(to - 1).span().end());
        int open = text.lastIndexOf('(');
        if (open > 0 && text.indexOf(')', open) < 0) {
            text = text.substring(0, open); // "... for Refugees (UNHCR)": its closing bracket was cut
        }
        String words = NounPhraseReader.stripArticle(NounPhraseReader.normaliseSpace(text));
        return words.isEmpty() ? Optional.empty() : Optional.of(words);
    }

    private static boolean isRelativePronoun(Token t) {
        return t.is("who") || t.is("which");
    }

    /** The source of a rule attribution whose cue lies in the tagged cue. */
    private static Optional<SourcePhrase> ruleSourceAt(Segmentation s, List<Attribution> byRule, RoleSpan cue) {
        Span cueSpan = span(s, cue);
        return byRule.stream().filter(r -> r.cueSpan().overlaps(cueSpan))
                .map(Attribution::source).findFirst();
    }

    private Attribution attribution(Segmentation s, Sentence sentence, SourcePhrase source, CueLexicon.Cue cue,
                                    Span cueSpan, RoleSpan tagged) {
        // "said that the plan ...": the complementiser and punctuation before the words are not what was said
        int from = tagged.from;
        while (from < tagged.to - 1 && (s.token(from).is("that") || s.token(from).kind() == Token.Kind.PUNCT)) {
            from++;
        }
        RoleSpan content = new RoleSpan('T', from, tagged.to);
        List<Integer> quotations = new ArrayList<>();
        boolean hasWords = false;
        for (int i = content.from; i < content.to; i++) {
            Token t = s.token(i);
            if (t.kind() == Token.Kind.QUOTE) {
                quotations.add(t.quotation());
            } else if (t.isWord()) {
                hasWords = true;
            }
        }
        // A content that is a quotation alone is the quotation's: the evidence stage makes it a direct quote.
        Optional<Span> reported = hasWords ? Optional.of(span(s, content)) : Optional.empty();
        EvidenceKind kind = cue.kind() == CueLexicon.Kind.REACTION || cue.kind() == CueLexicon.Kind.STATE
                ? EvidenceKind.DESCRIPTION : EvidenceKind.REPORTED;
        return new Attribution(source, cue, cueSpan, sentence.index(), reported, kind, quotations, false, provenance);
    }

    private CueLexicon.Cue cue(Segmentation s, RoleSpan cue) {
        StringBuilder form = new StringBuilder();
        for (int i = cue.from; i < cue.to; i++) {
            if (!form.isEmpty()) {
                form.append(' ');
            }
            form.append(s.token(i).lower());
        }
        String text = form.toString();
        return lookup(s, cue)
                .map(c -> new CueLexicon.Cue(text, c.lemma(), c.kind(), c.prior()))
                .orElse(new CueLexicon.Cue(text, text.toLowerCase(Locale.ROOT),
                        reportsWords(s, cue) ? CueLexicon.Kind.SPEECH : CueLexicon.Kind.ACTION, Stance.NEUTRAL));
    }

    /**
     * The lexicon's cue in a tagged cue span: the whole span, else its longest known part, the first of equals
     * ("has proposed", "said in", "also points out").
     */
    private Optional<CueLexicon.Cue> lookup(Segmentation s, RoleSpan cue) {
        for (int length = cue.to - cue.from; length >= 1; length--) {
            for (int from = cue.from; from + length <= cue.to; from++) {
                StringBuilder part = new StringBuilder();
                for (int i = from; i < from + length; i++) {
                    part.append(i > from ? " " : "").append(s.token(i).lower());
                }
                Optional<CueLexicon.Cue> known = cues.lookup(part.toString());
                if (known.isPresent()) {
                    return known;
                }
            }
        }
        return Optional.empty();
    }

    private static Span span(Segmentation s, RoleSpan r) {
        return new Span(s.token(r.from).span().start(), s.token(r.to - 1).span().end());
    }

    private static Optional<RoleSpan> nearest(List<RoleSpan> spans, RoleSpan to, char kind) {
        return spans.stream().filter(s -> s.kind == kind).min(Comparator.comparingInt(to::distanceTo));
    }

    /**
     * "blasted [her rival] [on Monday over] [his stance on abortion]": PolNeAR marks a cue that wraps round its
     * content ("blasted ... over"), and the tagger then cuts one content in two at the cue's second part. A cue run
     * the lexicon does not know, between two contents that touch it, after a cue that opens the first, is that
     * second part: the two contents and it are one content.
     */
    private List<RoleSpan> joinedAcrossUnknownCues(Segmentation s, List<RoleSpan> spans) {
        List<RoleSpan> joined = new ArrayList<>(spans);
        for (int i = 0; i + 3 < joined.size(); i++) {
            RoleSpan cue = joined.get(i), first = joined.get(i + 1), inner = joined.get(i + 2), second = joined.get(i + 3);
            if (cue.kind == 'C' && first.kind == 'T' && inner.kind == 'C' && second.kind == 'T'
                    && first.from == cue.to && inner.from == first.to && second.from == inner.to
                    && lookup(s, inner).isEmpty()) {
                joined.subList(i + 1, i + 4).clear();
                joined.add(i + 1, new RoleSpan('T', first.from, second.to));
            }
        }
        return joined;
    }

    /** The runs of source (S), cue (C) and content (T) roles, begin tags opening a new run. */
    static List<RoleSpan> spans(Role[] roles, int offset) {
        List<RoleSpan> spans = new ArrayList<>();
        int i = 0;
        while (i < roles.length) {
            Role r = roles[i];
            if (r == Role.O) {
                i++;
                continue;
            }
            char kind = r.isSource() ? 'S' : r.isCue() ? 'C' : 'T';
            int j = i + 1;
            while (j < roles.length && !roles[j].begins() && roles[j] != Role.O
                    && (roles[j].isSource() ? 'S' : roles[j].isCue() ? 'C' : 'T') == kind) {
                j++;
            }
            spans.add(new RoleSpan(kind, offset + i, offset + j));
            i = j;
        }
        return spans;
    }

    /** The words of an attribution: its content and the quotations it governs. */
    private static List<Span> words(Segmentation s, Attribution a) {
        List<Span> spans = new ArrayList<>();
        a.content().ifPresent(spans::add);
        a.quotations().forEach(q -> spans.add(s.quotations().get(q).outer()));
        return spans;
    }

    private static boolean sharesWords(Segmentation s, Attribution rule, Attribution tagged) {
        List<Span> theirs = words(s, tagged);
        return words(s, rule).stream().anyMatch(w -> theirs.stream().anyMatch(w::overlaps));
    }
}
