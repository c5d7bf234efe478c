package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.phrases.NounPhraseReader;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.phrases.SourcePhrase;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.LexiconFile;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reactions whose source stands after the verb, as the one who feels them: "The statement drew sharp criticism from
 * both sides of the debate", "the remarks prompted outrage among Muslim groups", "to the chagrin of human rights
 * groups", "Mrs. Clinton's position has angered some Democrats on the left". The cue rules read a source before its
 * verb; here the subject is what was reacted to, and the reacting group, often named nowhere else, is the object.
 * Each is a described reaction (DESCRIPTION) of the whole clause, with the stance its noun or verb suggests.
 */
final class ExperiencerReactions {

    private static final String DRAWN_RULE = "reaction-drawn-from";
    private static final String FEELING_RULE = "reaction-to-the-feeling-of";
    private static final String EXPERIENCER_RULE = "experiencer-object";
    /** The share of their attributions whose content is a PolNeAR content on PolNeAR dev: 5 of 7 at stop 30. */
    private static final double CONFIDENCE = 0.7;
    private static final Set<String> DECIDED_BY = Stream.of(DRAWN_RULE, FEELING_RULE, EXPERIENCER_RULE)
            .map(rule -> Provenance.rule(rule, CONFIDENCE).decidedBy()).collect(Collectors.toUnmodifiableSet());
    /** Words between "drew" and its reaction noun: "drew the immediate ire of", "faced stiff opposition from". */
    private static final int MAX_WORDS_BEFORE_NOUN = 4;
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("from", "of", "among");
    private static final Set<ActorType> REACTING_TYPES = Set.of(ActorType.GROUP, ActorType.ORGANIZATION,
            ActorType.PERSON, ActorType.ANONYMOUS);
    private static final Set<String> DASHES_AND_STOPS = Set.of(",", ";", ":", "-", "\u2013", "\u2014");

    private final Map<String, Stance> reactionNouns = priors("reaction-nouns.tsv");
    private final Map<String, Stance> feelings = priors("reaction-feelings.tsv");
    private final Map<String, Stance> experiencerVerbs = priors("experiencer-verbs.tsv");
    private final WordList drawingVerbs = WordList.load("reaction-drawing-verbs.tsv");
    private final WordList linkingVerbs;
    private final WordList negations;

    /**
     * @param linkingVerbs the rules' own list ("is", "were", "seemed"), and {@code negations} theirs (cue-negations.tsv):
     *                     one copy per engine
     */
    ExperiencerReactions(WordList linkingVerbs, WordList negations) {
        this.linkingVerbs = linkingVerbs;
        this.negations = negations;
    }

    private static Map<String, Stance> priors(String file) {
        Map<String, Stance> byWord = new HashMap<>();
        for (String[] row : LexiconFile.rows(file)) {
            byWord.put(row[0], Stance.valueOf(row[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(byWord);
    }

    /** Whether one of these rules found the attribution. */
    static boolean foundIt(Attribution a) {
        return DECIDED_BY.contains(a.provenance().decidedBy());
    }

    List<Attribution> find(Segmentation segmentation, NounPhrases phrases) {
        List<Attribution> found = new ArrayList<>();
        List<Token> tokens = segmentation.tokens();
        for (Sentence sentence : segmentation.sentences()) {
            if (sentence.toToken() == sentence.fromToken()
                    || segmentation.inHeadline(tokens.get(sentence.fromToken()).span())) {
                continue;
            }
            Clause c = new Clause(segmentation.text(), tokens, sentence, phrases.reader());
            for (int k = sentence.fromToken(); k < sentence.toToken(); k++) {
                Token t = tokens.get(k);
                if (!t.isWord() || t.isCapitalized()) {
                    continue;
                }
                Optional<Attribution> a = drawnFrom(c, k);
                if (a.isEmpty()) {
                    a = toTheFeelingOf(c, k);
                }
                if (a.isEmpty()) {
                    a = experiencerObject(c, k);
                }
                a.ifPresent(found::add);
            }
        }
        return found;
    }

    /** One sentence being read. */
    private record Clause(String text, List<Token> tokens, Sentence sentence, NounPhraseReader reader) {
        Token at(int i) {
            return tokens.get(i);
        }

        int from() {
            return sentence.fromToken();
        }

        int to() {
            return sentence.toToken();
        }

        /**
         * The source phrase that starts at {@code at}, if it names someone who could react; a list of them is one
         * group ("activists and farmers", "Tory and Lib Dem MPs and its own backbenchers").
         */
        Optional<SourcePhrase> reacting(int at) {
            Optional<SourcePhrase> first = one(at);
            if (first.isEmpty()) {
                return first;
            }
            int end = first.get().toToken();
            while (end + 1 < to() && (at(end).is("and") || at(end).is("or") || at(end).is(","))) {
                int next = end + 1;
                if (at(end).is(",") && next + 1 < to() && (at(next).is("and") || at(next).is("or"))) {
                    next++;
                }
                Optional<SourcePhrase> conjunct = one(next);
                if (conjunct.isEmpty()) {
                    break;
                }
                end = conjunct.get().toToken();
            }
            if (end == first.get().toToken()) {
                return first;
            }
            Span span = span(at, end);
            return Optional.of(new SourcePhrase(span, NounPhraseReader.normaliseSpace(span.of(text())), span,
                    Optional.empty(), ActorType.GROUP, SourcePhrase.Reference.DESCRIPTION, at, end));
        }

        private Optional<SourcePhrase> one(int at) {
            return at < to() ? reader.startingAt(at, to()).filter(p -> p.fromToken() == at
                    && p.reference() != SourcePhrase.Reference.PRONOUN && REACTING_TYPES.contains(p.type()))
                    : Optional.empty();
        }

        /** Where the clause of {@code at} opens: after the comma, semicolon, colon or dash before it. */
        int clauseStart(int at) {
            int i = at;
            while (i > from() && !isBoundary(at(i - 1))) {
                i--;
            }
            return i;
        }

        /** Where the clause that runs on from {@code at} closes (exclusive). */
        int clauseEnd(int at) {
            int i = at;
            while (i < to() && !isBoundary(at(i))) {
                i++;
            }
            while (i > at && at(i - 1).kind() == Token.Kind.PUNCT) {
                i--;
            }
            return i;
        }

        private static boolean isBoundary(Token t) {
            return t.kind() == Token.Kind.QUOTE || t.kind() == Token.Kind.PUNCT && DASHES_AND_STOPS.contains(t.text());
        }

        Span span(int fromToken, int toToken) {
            return new Span(at(fromToken).span().start(), at(toToken - 1).span().end());
        }

        boolean negatedBefore(int k, WordList negations) {
            for (int i = k - 1; i >= from() && i >= k - 2; i--) {
                if (negations.contains(at(i).lower())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** "drew sharp criticism from both sides", "faced stiff opposition from activists and farmers". */
    private Optional<Attribution> drawnFrom(Clause c, int verb) {
        if (!drawingVerbs.contains(c.at(verb).lower())) {
            return Optional.empty();
        }
        for (int n = verb + 1; n < c.to() - 1 && n - verb <= MAX_WORDS_BEFORE_NOUN + 1; n++) {
            Token t = c.at(n);
            if (!t.isWord()) {
                return Optional.empty();
            }
            Stance prior = reactionNouns.get(t.lower());
            if (prior != null && SOURCE_PREPOSITIONS.contains(c.at(n + 1).lower())) {
                int noun = n;
                return c.reacting(n + 2).map(source -> {
                    int start = c.clauseStart(verb);
                    int end = Math.max(source.toToken(), c.clauseEnd(source.toToken()));
                    return attribution(c, source, c.at(noun).lower(), prior, c.span(verb, noun + 2), c.span(start, end),
                            c.negatedBefore(verb, negations), DRAWN_RULE);
                });
            }
        }
        return Optional.empty();
    }

    /** "..., to the chagrin of human rights groups": the clause and how the group took it. */
    private Optional<Attribution> toTheFeelingOf(Clause c, int to) {
        if (!c.at(to).is("to") || to + 3 >= c.to() || !c.at(to + 1).is("the") || !c.at(to + 3).is("of")) {
            return Optional.empty();
        }
        Stance prior = feelings.get(c.at(to + 2).lower());
        if (prior == null) {
            return Optional.empty();
        }
        return c.reacting(to + 4).map(source -> attribution(c, source, c.at(to + 2).lower(), prior, c.span(to, to + 4),
                c.span(c.from(), source.toToken()), false, FEELING_RULE));
    }

    /** "has angered some Democrats on the left", "roiled traditionalists nationwide": the object reacts. */
    private Optional<Attribution> experiencerObject(Clause c, int verb) {
        Stance prior = experiencerVerbs.get(c.at(verb).lower());
        if (prior == null || verb == c.from() || verb + 1 >= c.to()) {
            return Optional.empty();
        }
        Token before = c.at(verb - 1);
        if (linkingVerbs.contains(before.lower()) || before.is("get") || before.is("got") || before.is("the")
                || before.is("an") || before.is("a") || !before.isWord() && !before.is(")")) {
            return Optional.empty(); // "were angered by", "an upset victory", ", pleased with"
        }
        return c.reacting(verb + 1)
                .map(source -> attribution(c, source, c.at(verb).lower(), prior, c.at(verb).span(),
                        c.span(c.clauseStart(verb), Math.max(source.toToken(), c.clauseEnd(verb + 1))),
                        c.negatedBefore(verb, negations), EXPERIENCER_RULE));
    }

    /** The reaction as an attribution; its cue is named by the word that carries it ("ire", "chagrin", "angered"). */
    private static Attribution attribution(Clause c, SourcePhrase source, String cueWord, Stance prior, Span cueSpan,
                                           Span content, boolean negated, String rule) {
        return new Attribution(source, new CueLexicon.Cue(cueWord, cueWord, CueLexicon.Kind.REACTION, prior), cueSpan,
                c.sentence().index(), Optional.of(content), EvidenceKind.DESCRIPTION, List.of(), negated,
                Provenance.rule(rule, CONFIDENCE));
    }
}
