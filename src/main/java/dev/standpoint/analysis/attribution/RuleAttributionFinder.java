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
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Attributions by rule: a cue from the {@link CueLexicon} and its source, read with the patterns of news
 * copy ({@link Pattern}): "X said (that) ...", "..., said X, a Y at Z", "X, a Y, warned ...", "according
 * to X", "hailed by X as ...", "with X stating ...", participle clauses (", saying ...") that share the
 * clause's subject, coordinated verbs ("X promised ... and said ..."), relative clauses ("who say"), and
 * adjectives of reaction after "be" ("critics are worried that ..."). Cues in the headline, inside someone
 * else's reported words, or in the passive without an agent ("is said to") are not attributions.
 */
public final class RuleAttributionFinder implements AttributionFinder {

    /** The construction an attribution was read from; its name is the attribution's provenance. */
    public enum Pattern {
        ACCORDING_TO("according-to"),
        PASSIVE_AGENT("passive-agent"),
        PARTICIPLE("participle"),
        CUE_BEFORE_SOURCE("cue-before-source"),
        APPOSITIVE_SUBJECT("appositive-subject"),
        COORDINATED("coordinated-cue"),
        RELATIVE_CLAUSE("relative-clause"),
        SUBJECT_CUE("subject-cue");

        private final String ruleName;

        Pattern(String ruleName) {
            this.ruleName = ruleName;
        }

        public String ruleName() {
            return ruleName;
        }
    }

    /** How sure a rule attribution is: one figure for all patterns until they are scored apart. */
    private static final double RULE_CONFIDENCE = 0.9;
    private static final WordList POST_MODIFIERS = WordList.load("source-post-modifiers.tsv");
    private static final int MAX_DESCRIPTOR_TOKENS = 6;
    private static final Set<String> DASHES = Set.of("-", "\u2013", "\u2014");
    private static final int MAX_DASH_ASIDE_TOKENS = 20;
    /** Determiners of a phrase that names nobody in particular when a restrictive clause follows. */
    private static final WordList INDEFINITES = WordList.load("indefinite-determiners.tsv");
    /** Conjunctions that open a reduced clause before a participle: "when asked", "if pressed", "once questioned". */
    private static final WordList SUBORDINATORS = WordList.load("participle-subordinators.tsv");
    /** Words only a noun follows ("the", "their"), never a verb: unlike "that", "all" or "some" ("some said"). */
    private static final WordList NOUN_DETERMINERS = WordList.load("noun-only-determiners.tsv");
    /** Cue forms that are also plural nouns ("states", "fears"): the cue reading needs a subject before them. */
    private static final WordList PLURAL_NOUN_CUES = WordList.load("plural-noun-cues.tsv");
    /** Conjunctions that end a described reaction: what follows is another clause, often another voice. */
    private static final WordList CONTRASTS = WordList.load("reaction-enders.tsv");
    /** A description before a named appositive longer than this is no role ("One pastor supporting Mr. Cruz" is). */
    private static final int MAX_APPOSITIVE_DESCRIPTION_TOKENS = 10;
    /** Words that attach an affiliation to a name ("Darran Whiting of Liberty Baptist Church"). */
    private static final WordList AFFILIATION_WORDS = WordList.load("affiliation-prepositions.tsv");
    private static final CueLexicon.Cue ACCORDING_TO = new CueLexicon.Cue("according to", "according to",
            CueLexicon.Kind.SPEECH, Stance.NEUTRAL);

    private final CueLexicon cues;
    private final WordList preverbal = WordList.load("cue-preverbal-words.tsv");
    private final WordList linkingVerbs = WordList.load("linking-verbs.tsv");
    private final WordList negations = WordList.load("cue-negations.tsv");
    private final WordList modals = WordList.load("modal-verbs.tsv");
    private final WordList tellObjects = WordList.load("tell-objects.tsv");
    private final WordList sentenceOpeners = WordList.load("sentence-openers.tsv");
    private final WordList clauseIntroducers = WordList.load("clause-introducers.tsv");
    private final AnonymityFormulas anonymityFormulas = new AnonymityFormulas();
    private final ExperiencerReactions experiencerReactions = new ExperiencerReactions(linkingVerbs, negations);

    public RuleAttributionFinder(CueLexicon cues) {
        this.cues = cues;
    }

    /** The anonymity formulas these rules read, for the tagged stage that runs them (one copy per engine). */
    AnonymityFormulas anonymityFormulas() {
        return anonymityFormulas;
    }

    /** A cue being read: mutable while one sentence is worked out, then frozen into an Attribution. */
    private static final class Draft {
        Pattern pattern;
        SourcePhrase source;
        CueLexicon.Cue cue;
        int cueToken;
        int auxStart;
        int eventStart;
        int complementFrom;
        int complementTo;
        boolean negated;
        boolean passive;
        boolean inverted;
        boolean modal;
        boolean be;
        final List<Integer> quotations = new ArrayList<>();
    }

    /** One sentence being read: its tokens, bounds and the phrase reader. */
    private record Reading(List<Token> tokens, int sf, int st, NounPhraseReader reader) {
        Token at(int i) {
            return tokens.get(i);
        }
    }

    @Override
    public List<Attribution> find(Segmentation segmentation, NounPhrases phrases) {
        List<Attribution> found = new ArrayList<>();
        for (Sentence sentence : segmentation.sentences()) {
            Reading r = new Reading(segmentation.tokens(), sentence.fromToken(), sentence.toToken(), phrases.reader());
            for (Draft d : readSentence(r)) {
                Attribution a = freeze(r, sentence.index(), d);
                // Headlines compress attributions ("Golden rule 'intact' says ex-aide"); the body states them in full.
                if (!segmentation.inHeadline(a.cueSpan())) {
                    found.add(a);
                }
            }
        }
        found.addAll(TranscriptSpeakers.find(segmentation, phrases));
        // A reacting group that another cue of the sentence already names a source in ("sparked concern among
        // some MPs, councils and some senior police officers, who say ...") is that cue's to speak for
        List<Attribution> byCue = List.copyOf(found);
        for (Attribution reaction : experiencerReactions.find(segmentation, phrases)) {
            if (byCue.stream().noneMatch(a -> a.cueSpan().overlaps(reaction.cueSpan())
                    || a.sentence() == reaction.sentence() && a.source().span().overlaps(reaction.source().span()))) {
                found.add(reaction);
            }
        }
        return found;
    }

    private List<Draft> readSentence(Reading r) {
        List<Draft> drafts = new ArrayList<>();
        for (int k = r.sf; k < r.st; k++) {
            Token t = r.at(k);
            if (!t.isWord() || t.isCapitalized()) {
                continue;
            }
            Draft d = null;
            if (t.is("according") && k + 1 < r.st && r.at(k + 1).is("to")) {
                d = readAccordingTo(r, k);
            } else {
                Optional<CueLexicon.Cue> cue = cues.lookup(t.lower());
                if (cue.isPresent()) {
                    d = readCue(r, k, cue.get(), drafts);
                }
            }
            if (d != null) {
                drafts.add(d);
            }
        }
        return settle(drafts);
    }

    private Draft readAccordingTo(Reading r, int k) {
        Optional<SourcePhrase> source = r.reader.ownerOrStartingAt(k + 2, r.st);
        if (source.isEmpty() || source.get().isPronoun()) {
            return null;
        }
        Draft d = new Draft();
        d.pattern = Pattern.ACCORDING_TO;
        d.source = source.get();
        d.cue = ACCORDING_TO;
        d.cueToken = k;
        d.auxStart = k;
        d.eventStart = k;
        d.inverted = true;
        // The attributed words are the clause before "according to", or after it when it opens the sentence.
        int clauseEnd = k > r.sf && r.at(k - 1).is(",") ? k - 1 : k;
        if (clauseEnd > r.sf) {
            d.complementFrom = r.sf;
            d.complementTo = clauseEnd;
        } else {
            int after = d.source.toToken();
            while (after < r.st && (r.at(after).is(",") || !r.at(after).isWord()
                    && r.at(after).kind() != Token.Kind.QUOTE)) {
                after++;
            }
            d.complementFrom = after;
            d.complementTo = r.st;
        }
        return d;
    }

    /** A cue verb or adjective at token k: the words before it first, then the pattern that finds its source. */
    private Draft readCue(Reading r, int k, CueLexicon.Cue cue, List<Draft> earlier) {
        Draft d = new Draft();
        d.cue = cue;
        d.cueToken = k;
        int a = readPreverbalWords(r, k, d);
        if (!isAttributingUse(r, k, cue, d.be) || anonymityFormulas.opensAt(r.tokens(), k)) {
            return null;
        }
        if (a >= r.sf && SUBORDINATORS.contains(r.at(a).lower()) && cue.form().endsWith("ed")) {
            return null; // "when asked whether ..., he said": whoever asked goes unnamed; the answer has its own cue
        }
        boolean found = readSource(r, a, earlier, d);
        if (!found || d.source == null) {
            return null;
        }
        if (cue.lemma().equals("tell") && !d.inverted) {
            d.complementFrom = skipTellObject(r, d.complementFrom);
        }
        while (d.complementFrom < r.st && (r.at(d.complementFrom).is("that") || r.at(d.complementFrom).is(":")
                || r.at(d.complementFrom).is(","))) {
            d.complementFrom++;
        }
        if (opensAccordingTo(r, k + 1) || k + 1 < r.st && r.at(k + 1).is(",") && opensAccordingTo(r, k + 2)) {
            // "in battleground states, according to X": a plural noun, not a verb whose words follow ("said
            // that, according to X, ..." reports on)
            return null;
        }
        d.complementTo = insideRelativeClause(r, d) ? relativeClauseEnd(r, d.complementFrom) : r.st;
        return d;
    }

    /** "The bill, which ministers claim will tackle crime, is expected ...": the cue's subject follows ", which". */
    private static boolean insideRelativeClause(Reading r, Draft d) {
        int before = d.source.fromToken() - 1;
        return !d.inverted && before - 1 >= r.sf && (r.at(before).is("which") || r.at(before).is("that"))
                && r.at(before - 1).is(",");
    }

    /**
     * Where the relative clause the content stands in closes: at a comma the main clause's verb follows (", is
     * expected"), since commas inside the clause may list ("crime, terrorism and illegal immigration").
     */
    private int relativeClauseEnd(Reading r, int from) {
        for (int j = from; j + 1 < r.st; j++) {
            if (r.at(j).is(",") && r.at(j + 1).isWord() && !r.at(j + 1).isCapitalized()
                    && preverbal.contains(r.at(j + 1).lower())) {
                return j;
            }
        }
        return r.st;
    }

    private static boolean opensAccordingTo(Reading r, int at) {
        return at + 1 < r.st && r.at(at).is("according") && r.at(at + 1).is("to");
    }

    /**
     * Reads leftwards over auxiliaries and adverbs ("has also said", "was quickly condemned"), noting
     * negation, modality and a form of "be"; returns the index of the first token left of them.
     */
    private int readPreverbalWords(Reading r, int k, Draft d) {
        int a = k - 1;
        while (a >= r.sf && r.at(a).isWord() && !r.at(a).isCapitalized()
                && (preverbal.contains(r.at(a).lower()) || r.at(a).lower().endsWith("ly"))) {
            String l = r.at(a).lower();
            d.be |= linkingVerbs.contains(l);
            d.negated |= negations.contains(l);
            d.modal |= modals.contains(l);
            a--;
        }
        d.auxStart = a + 1;
        return a;
    }

    /** Whether the cue word reports here, or is used in another sense. */
    private static boolean isAttributingUse(Reading r, int k, CueLexicon.Cue cue, boolean be) {
        if (cue.kind() == CueLexicon.Kind.STATE && !be) {
            return false; // reaction adjectives report only after "be": "critics are worried"
        }
        // "called" names rather than reports ("a group called X") unless it calls for or on something, or
        // calls something a quoted name: 'called the bill "a cruel mistake"'
        if (cue.lemma().equals("call") && !(k + 1 < r.st && (r.at(k + 1).is("for") || r.at(k + 1).is("on")))
                && !quotationFollows(r, k + 1)) {
            return false;
        }
        // "US firms added only 146,000 jobs": adding a number is counting, not speaking
        if (cue.lemma().equals("add") && (startsWithDigit(r, k + 1)
                || k + 2 < r.st && r.at(k + 1).isWord() && !r.at(k + 1).is("that") && startsWithDigit(r, k + 2))) {
            return false;
        }
        if (cue.lemma().equals("speak") && !(k + 1 < r.st && (r.at(k + 1).is("out") || r.at(k + 1).is("against")))) {
            return false;
        }
        boolean byFollows = k + 1 < r.st && r.at(k + 1).is("by");
        // "is said to", "is reported to be": someone unnamed speaks of the subject
        return !(be && !byFollows && cue.kind() == CueLexicon.Kind.SPEECH && !cue.isParticiple());
    }

    private static boolean startsWithDigit(Reading r, int at) {
        return at < r.st && Character.isDigit(r.at(at).text().charAt(0));
    }

    /** Chooses the pattern by what stands left of the cue and reads the source; false when there is none. */
    private boolean readSource(Reading r, int a, List<Draft> earlier, Draft d) {
        int k = d.cueToken;
        int next = k + 1;
        boolean byFollows = next < r.st && r.at(next).is("by");
        Token left = a >= r.sf ? r.at(a) : null;
        if (byFollows && !d.cue.isParticiple() && (d.be || (left != null && left.is(",")))) {
            passiveAgent(r, next, d);
        } else if (d.cue.isParticiple()) {
            participle(r, a, left, earlier, d);
        } else if (left == null || left.kind() == Token.Kind.QUOTE || (left.is(",") && a - 1 >= r.sf
                && r.at(a - 1).kind() == Token.Kind.QUOTE)) {
            cueBeforeSource(r, next, d); // "..." said X  /  "...," said X
        } else if (left.is(",")) {
            afterComma(r, a, next, d);
        } else if (left.is("and") || left.is("but") || left.is("or")) {
            d.pattern = Pattern.COORDINATED;
            d.source = earlier.isEmpty() ? subjectOfTheClauseBefore(r, a).orElseGet(() -> clauseSubject(r, earlier))
                    : coordinatedWith(earlier, d.cue).source;
            d.eventStart = d.auxStart;
            d.complementFrom = next;
        } else if (left.is("who") || left.is("which")) {
            return relativeClause(r, a, next, d);
        } else {
            return subjectCue(r, a, next, d);
        }
        return true;
    }

    /**
     * "Jindal signed an order ..., while Mike Huckabee, the former governor, proposed ... and said ...": with no cue
     * read before it, a coordinated cue shares the subject of the clause that "while", "whereas" or "but" opens.
     */
    private static Optional<SourcePhrase> subjectOfTheClauseBefore(Reading r, int conjunction) {
        for (int j = conjunction - 1; j > r.sf; j--) {
            Token t = r.at(j);
            if (t.is("while") || t.is("whereas") || t.is("but") || t.is(";")) {
                int subject = j + 1;
                return r.reader.startingAt(subject, conjunction)
                        .filter(p -> p.fromToken() == subject && p.reference() != SourcePhrase.Reference.PRONOUN);
            }
        }
        return Optional.empty();
    }

    /**
     * The earlier cue a coordinated one shares its subject with: the last of the same kind, else the last. "The WTO
     * said that many countries support the end of quotas and stressed that ...": speech coordinates with speech,
     * and the reaction between ("support") stands inside what the WTO said.
     */
    private static Draft coordinatedWith(List<Draft> earlier, CueLexicon.Cue cue) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (earlier.get(i).cue.kind() == cue.kind()) {
                return earlier.get(i);
            }
        }
        return earlier.get(earlier.size() - 1);
    }

    /** "hailed by X as ...", "was condemned by X": the agent after "by" is the source. */
    private static void passiveAgent(Reading r, int by, Draft d) {
        d.pattern = Pattern.PASSIVE_AGENT;
        d.passive = true;
        d.source = r.reader.startingAt(by + 1, r.st).orElse(null);
        d.eventStart = d.auxStart;
        d.complementFrom = d.source == null ? by : d.source.toToken();
    }

    /** ", saying ..." shares the clause's subject; "with X stating ..." names its own. */
    private void participle(Reading r, int a, Token left, List<Draft> earlier, Draft d) {
        d.pattern = Pattern.PARTICIPLE;
        Optional<SourcePhrase> withSource = left != null && left.isWord()
                ? r.reader.endingAt(a, r.sf).filter(p -> p.fromToken() > r.sf && r.at(p.fromToken() - 1).is("with"))
                : Optional.empty();
        d.source = withSource.orElseGet(() -> clauseSubject(r, earlier));
        d.eventStart = withSource.map(SourcePhrase::fromToken).orElse(d.auxStart);
        d.complementFrom = d.cueToken + 1;
    }

    /** '"..." said X', 'CLAUSE, said X': the source follows the cue. */
    private static void cueBeforeSource(Reading r, int next, Draft d) {
        d.pattern = Pattern.CUE_BEFORE_SOURCE;
        d.inverted = true;
        d.source = r.reader.startingAt(next, r.st).orElse(null);
        d.eventStart = d.auxStart;
        d.complementFrom = d.source == null ? next : afterAppositive(r, d.source.toToken());
    }

    /** "X, a defense analyst, warned": the subject before the appositive; else "CLAUSE, said X". */
    private void afterComma(Reading r, int comma, int next, Draft d) {
        d.pattern = Pattern.APPOSITIVE_SUBJECT;
        d.source = appositiveSubject(r, comma);
        if (d.source == null) {
            cueBeforeSource(r, next, d);
        } else {
            d.eventStart = d.source.fromToken();
            d.complementFrom = next;
        }
    }

    /** "the Music Managers' Forum (MMF), who say": the relative pronoun's antecedent is the source. */
    private static boolean relativeClause(Reading r, int a, int next, Draft d) {
        d.pattern = Pattern.RELATIVE_CLAUSE;
        int j = a - 1;
        boolean restrictive = true;
        if (j >= r.sf && r.at(j).is(",")) {
            j--;
            restrictive = false;
        }
        if (j >= r.sf && r.at(j).is(")")) {
            while (j >= r.sf && !r.at(j).is("(")) {
                j--;
            }
            j--;
            restrictive = false;
        }
        d.source = r.reader.endingAt(j, r.sf).orElse(null);
        // "wanted a candidate who had not accepted money": an indefinite the clause defines is nobody in particular
        if (d.source == null || restrictive && INDEFINITES.contains(r.at(d.source.fromToken()).lower())) {
            return false;
        }
        d.eventStart = d.source.fromToken();
        d.complementFrom = next;
        return true;
    }

    /**
     * The unnamed source or group a post-modifier describes ("a source [familiar] with the talks", "a consultant
     * at the trust"), whole, descriptor included; {@code last} is the token before the cue. Never "of" ("the head
     * of the IMF" names the IMF's office) and never a named source. "with" counts here, though prepositions.tsv
     * leaves it out (there "with X stating" must stay a subject).
     */
    private Optional<SourcePhrase> describedUnnamedSource(Reading r, int last) {
        for (int p = last - 1; p > r.sf && p >= last - MAX_DESCRIPTOR_TOKENS; p--) {
            Token t = r.at(p);
            if (!t.isWord() || preverbal.contains(t.lower())) {
                // "Unions for Deutsche Boerse staff in Frankfurt has reportedly expressed fears": a verb, no descriptor
                return Optional.empty();
            }
            if (t.is("of") || !(r.reader.isPreposition(p) || t.is("with"))) {
                continue;
            }
            int head = POST_MODIFIERS.contains(r.at(p - 1).lower()) ? p - 2 : p - 1;
            if (head < r.sf) {
                return Optional.empty();
            }
            return r.reader.endingAt(head, r.sf)
                    .filter(s -> s.type() == ActorType.ANONYMOUS || s.type() == ActorType.GROUP
                            || s.reference() == SourcePhrase.Reference.DESCRIPTION
                            || s.reference() == SourcePhrase.Reference.OFFICE)
                    .filter(s -> !r.reader.followsPreposition(s))
                    .map(s -> described(r, s, last + 1));
        }
        return Optional.empty();
    }

    /** The source with its descriptor: the name runs to the end of the phrase that describes it. */
    private static SourcePhrase described(Reading r, SourcePhrase source, int to) {
        StringBuilder name = new StringBuilder(source.name());
        for (int i = source.toToken(); i < to; i++) {
            name.append(' ').append(r.at(i).text());
        }
        Span span = new Span(source.span().start(), r.at(to - 1).span().end());
        return new SourcePhrase(span, name.toString(), span, source.role(), source.type(), source.reference(),
                source.fromToken(), to);
    }

    /** "X said", "Western diplomats expressed": the noun phrase just before the cue. */
    private boolean subjectCue(Reading r, int a, int next, Draft d) {
        d.pattern = Pattern.SUBJECT_CUE;
        String wordBefore = r.at(a).lower();
        boolean afterPreposition = r.reader.isPreposition(a) && !wordBefore.equals("to") && !d.cue.form().endsWith("ing");
        // "all battleground states", "budget fears": a cue that is also a plural noun, after a lower-case word no
        // source could be headed by, is that noun
        boolean nounCompound = PLURAL_NOUN_CUES.contains(d.cue.form()) && r.at(a).isWord()
                && (!r.at(a).isCapitalized() || r.reader.isCapitalisedOpener(a)) && !r.reader.couldHeadASource(a);
        if (d.auxStart == d.cueToken && (wordBefore.endsWith("'s") || wordBefore.endsWith("\u2019s")
                || NOUN_DETERMINERS.contains(wordBefore) || afterPreposition || nounCompound)) {
            // "Frankfurt's state of Hessen", "many voters in the state were", "ready for questions about": right
            // after a possessive, an article or a preposition the cue word is a noun ("to" and "-ing" aside:
            // "plans to question", "by questioning")
            return false;
        }
        // "the interviews with chief executives suggested": the phrase after a preposition is not the subject
        d.source = r.reader.endingAt(beforeDashAside(r, a), r.sf)
                .filter(s -> !r.reader.followsPreposition(s)
                        && !(s.fromToken() > r.sf && r.at(s.fromToken() - 1).is("with")))
                .orElse(null);
        if (d.source == null) {
            // "Alois Rhiel, its minister for economic affairs added": an appositive with no closing comma
            d.source = appositiveSubject(r, a + 1);
        }
        if (d.source == null) {
            // "A source familiar with the talks said", "a senior consultant at the trust said": the unnamed
            // source the prepositional phrase describes
            d.source = describedUnnamedSource(r, a).orElse(null);
        }
        if (d.source == null) {
            return false;
        }
        boolean baseForm = d.cue.form().equals(d.cue.lemma()) && d.auxStart == d.cueToken;
        boolean plural = d.source.type() == ActorType.GROUP || d.source.name().equalsIgnoreCase("they");
        if (baseForm && !plural) {
            return false; // "Russian state media": a bare verb form after a singular is not a verb
        }
        d.eventStart = d.source.fromToken();
        d.complementFrom = next;
        // "not all experts are convinced": the negation stands before the subject
        int before = d.source.fromToken() - 1;
        while (before >= r.sf && before >= d.source.fromToken() - 2 && r.at(before).isWord()) {
            d.negated |= negations.contains(r.at(before).lower());
            before--;
        }
        return true;
    }

    /** "one of the so-called Guildford Four": the group a phrase after a preposition names, with the words before. */
    private static String partitive(Reading r, SourcePhrase group) {
        int from = group.fromToken() - 1;
        if (from - 1 >= r.sf && r.at(from - 1).isWord()) {
            from--;
        }
        return wordsOf(r, from, group.toToken());
    }

    /** The tokens [from, to) as words with single spaces between. */
    private static String wordsOf(Reading r, int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            words.append(words.isEmpty() ? "" : " ").append(r.at(i).text());
        }
        return words.toString();
    }

    /**
     * "Gerry Conlon - who was wrongly convicted - said": the subject stands before an aside set off by dashes;
     * {@code at} itself when it is no closing dash.
     */
    private static int beforeDashAside(Reading r, int at) {
        if (at < r.sf || !DASHES.contains(r.at(at).text())) {
            return at;
        }
        for (int open = at - 1; open > r.sf && at - open <= MAX_DASH_ASIDE_TOKENS; open--) {
            if (DASHES.contains(r.at(open).text())) {
                return open - 1;
            }
            if (r.at(open).kind() == Token.Kind.QUOTE) {
                break;
            }
        }
        return at;
    }

    /** A quotation within the next few words, before any punctuation. */
    private static boolean quotationFollows(Reading r, int from) {
        for (int i = from; i < r.st && i < from + 6; i++) {
            if (r.at(i).kind() == Token.Kind.QUOTE) {
                return true;
            }
            if (r.at(i).kind() == Token.Kind.PUNCT) {
                return false;
            }
        }
        return false;
    }

    /** "X, a defense analyst at ..., said": the subject stands before the appositive that ends at {@code comma}. */
    private SourcePhrase appositiveSubject(Reading r, int comma) {
        NounPhraseReader reader = r.reader;
        int sf = r.sf;
        SourcePhrase namedInAppositive = personNamedInAppositive(r, comma);
        if (namedInAppositive != null) {
            return namedInAppositive;
        }
        int leftmostPerson = -1;
        for (int c = comma - 1; c > sf && comma - c < 24; c--) {
            if (r.at(c).kind() == Token.Kind.QUOTE) {
                break;
            }
            // "one of the so-called Guildford Four, Gerry Conlon, said": a name after "of" is the group, not the speaker
            if (r.at(c).is(",") && reader.endingAt(c - 1, sf)
                    .filter(p -> p.reference() == SourcePhrase.Reference.NAME && p.type() == ActorType.PERSON
                            && !reader.followsPreposition(p)).isPresent()) {
                leftmostPerson = c;
            }
        }
        if (leftmostPerson > 0) {
            SourcePhrase person = reader.endingAt(leftmostPerson - 1, sf).get();
            Optional<String> appositive = reader.appositiveAfter(leftmostPerson, comma + 1);
            return appositive.isPresent() ? reader.withAppositive(person, appositive.get()) : person;
        }
        for (int c = comma - 1; c > sf && comma - c < 18; c--) {
            if (!r.at(c).is(",")) {
                if (r.at(c).kind() == Token.Kind.QUOTE) {
                    return null;
                }
                continue;
            }
            Optional<SourcePhrase> subject = reader.endingAt(c - 1, sf);
            if (subject.isEmpty()) {
                // "One of the bidders, group LNM, said": the appositive is the name; "Smith, 54, a former
                // regulator, said": the subject stands further left, past another appositive
                Optional<SourcePhrase> named = reader.startingAt(c + 1, comma)
                        .filter(p -> p.reference() == SourcePhrase.Reference.NAME && p.toToken() == comma);
                if (named.isPresent()) {
                    return named.get();
                }
                continue;
            }
            Optional<String> appositive = reader.appositiveAfter(c, comma + 1);
            SourcePhrase s = subject.get();
            // "Its leader, Roger Knapman, has said": the appositive is the name, the subject the role
            Optional<SourcePhrase> named = reader.startingAt(c + 1, comma)
                    .filter(p -> p.reference() == SourcePhrase.Reference.NAME && p.toToken() == comma);
            if (named.isPresent() && reader.followsPreposition(s)) {
                return named.get().role().isPresent() ? named.get() : named.get().withRole(Optional.of(partitive(r, s)));
            }
            if (named.isPresent() && s.reference() != SourcePhrase.Reference.NAME) {
                return named.get().role().isPresent() ? named.get() : named.get().withRole(s.role().or(() ->
                        Optional.of(s.name())));
            }
            return appositive.isPresent() ? reader.withAppositive(s, appositive.get()) : s;
        }
        return null;
    }

    /**
     * "One pastor supporting Mr. Cruz, Darran Whiting of Liberty Baptist Church, said", "A local pastor, Darran
     * Whiting, said": a person named in the appositive before the cue, alone or with an affiliation, is the speaker,
     * and the phrase before describes him. A name before it that opens the clause is left to the rules below
     * ("Mr. Cruz, ..., said" is ambiguous); a name in a list ("Sanders and O'Malley, said") is not an appositive.
     */
    private SourcePhrase personNamedInAppositive(Reading r, int comma) {
        int previous = comma - 1;
        while (previous > r.sf && !r.at(previous).is(",")) {
            if (r.at(previous).kind() == Token.Kind.QUOTE || r.at(previous).is(";")) {
                return null;
            }
            previous--;
        }
        if (previous <= r.sf || previous + 1 >= comma) {
            return null;
        }
        int nameStart = previous + 1;
        Optional<SourcePhrase> named = r.reader.startingAt(nameStart, comma)
                .filter(p -> p.fromToken() == nameStart && p.reference() == SourcePhrase.Reference.NAME
                        && p.type() == ActorType.PERSON)
                .filter(p -> p.toToken() == comma || AFFILIATION_WORDS.contains(r.at(p.toToken()).lower()));
        if (named.isEmpty()) {
            return null;
        }
        int clauseStart = r.sf;
        while (clauseStart < previous && sentenceOpeners.contains(r.at(clauseStart).lower())) {
            clauseStart++;
        }
        Optional<SourcePhrase> before = r.reader.endingAt(previous - 1, r.sf);
        // the description must open the clause: in "Giovanni Maria Vian, the editor of the Vatican's newspaper,
        // L'Osservatore Romano, said" the name that opens it speaks, and the rules below read him
        if (before.isEmpty() || before.get().fromToken() != clauseStart
                || before.get().reference() == SourcePhrase.Reference.NAME
                && before.get().nameSpan().start() == r.at(clauseStart).span().start()) {
            return null;
        }
        SourcePhrase person = named.get();
        if (person.role().isPresent() || previous - clauseStart > MAX_APPOSITIVE_DESCRIPTION_TOKENS) {
            return person;
        }
        return person.withRole(Optional.of(NounPhraseReader.stripArticle(wordsOf(r, clauseStart, previous))));
    }

    /** The subject of the sentence's main clause, for participle and coordinated cues. */
    private SourcePhrase clauseSubject(Reading r, List<Draft> earlier) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (!earlier.get(i).passive) {
                return earlier.get(i).source;
            }
        }
        int i = r.sf;
        while (i < r.st && (r.at(i).is(",") || sentenceOpeners.contains(r.at(i).lower()))) {
            i++;
        }
        if (i < r.st && clauseIntroducers.contains(r.at(i).lower())) {
            while (i < r.st && !r.at(i).is(",")) {
                i++;
            }
            i++;
        }
        return i < r.st ? r.reader.startingAt(i, r.st).orElse(null) : null;
    }

    private static int afterAppositive(Reading r, int at) {
        if (at < r.st && r.at(at).is(",")) {
            int i = at + 1;
            while (i < r.st && !r.at(i).is(",") && !r.at(i).is(".")) {
                i++;
            }
            return Math.min(r.st, i + 1);
        }
        return at;
    }

    /** Past the object of "told" ("told reporters", "told the BBC", "told a news conference in Kiev"). */
    private int skipTellObject(Reading r, int at) {
        int st = r.st;
        int i = at;
        if (i < st && (r.at(i).is("the") || r.at(i).is("a") || r.at(i).is("an"))) {
            i++;
        }
        int start = i;
        while (i < st && r.at(i).isWord() && (r.at(i).isCapitalized()
                || Character.isDigit(r.at(i).text().charAt(0)) || r.at(i).lower().endsWith("'s")
                || (i > start && r.at(i - 1).lower().endsWith("'s")))) {
            i++;
        }
        if (i == start && i < st && tellObjects.contains(r.at(i).lower())) {
            i++;
        }
        if (i == start && start > at) {
            // "told a London news conference that ...": skip a short lower-case object up to "that" or ":"
            int j = start;
            while (j < st && j - start < 6 && r.at(j).isWord() && !r.at(j).is("that")) {
                j++;
            }
            if (j < st && (r.at(j).is("that") || r.at(j).is(":"))) {
                return j;
            }
        }
        if (i < st && (r.at(i).is("in") || r.at(i).is("at")) && i > start) {
            int j = i + 1; // "told an investors' conference in Kiev"
            while (j < st && r.at(j).isCapitalized()) {
                j++;
            }
            i = j;
        }
        return i;
    }

    /** Drops cues nested in another's reported words and ends each cue's reach where the next begins. */
    private static List<Draft> settle(List<Draft> drafts) {
        List<Draft> kept = new ArrayList<>();
        for (Draft d : drafts) {
            Draft outer = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            // Inside someone's reported words, a cue is part of what they said ("He said Veritas would
            // announce ...", "groups dubbed ..."), unless it reports a named source's own words.
            boolean nested = outer != null && outer.cue.kind() == CueLexicon.Kind.SPEECH
                    && d.eventStart >= outer.complementFrom && d.eventStart < outer.complementTo
                    && (d.source.isPronoun() || d.cue == ACCORDING_TO || d.cue.kind() != CueLexicon.Kind.SPEECH
                    || d.modal);
            if (nested) {
                continue;
            }
            if (d.cue == ACCORDING_TO && outer != null && outer.complementFrom <= d.cueToken
                    && outer.cueToken > d.complementFrom - 1 && outer.cueToken < d.cueToken) {
                continue; // "..., Khrenin stated, according to sources": the source of a source
            }
            if (outer != null && d.eventStart > outer.complementFrom && d.eventStart < outer.complementTo) {
                outer.complementTo = d.eventStart;
            }
            kept.add(d);
        }
        return kept;
    }

    private Attribution freeze(Reading r, int sentence, Draft d) {
        int sf = r.sf;
        int from = d.complementFrom, to = Math.min(d.complementTo, r.st);
        // Quotations governed by the cue: in its reach, or standing just before the source or cue.
        for (int i = from; i < to; i++) {
            if (r.at(i).kind() == Token.Kind.QUOTE) {
                d.quotations.add(r.at(i).quotation());
            }
        }
        int before = d.eventStart - 1;
        if (before >= sf && r.at(before).is(",")) {
            before--;
        }
        if (before >= sf && r.at(before).kind() == Token.Kind.QUOTE && !d.quotations.contains(r.at(before).quotation())) {
            d.quotations.add(0, r.at(before).quotation());
        }
        boolean quotationPrecedes = before >= sf && r.at(before).kind() == Token.Kind.QUOTE;
        Optional<Span> content;
        EvidenceKind kind;
        if (d.cue.kind() == CueLexicon.Kind.SPEECH) {
            kind = EvidenceKind.REPORTED;
            // '"...," he said, in a rare statement': the quotation is what was said
            content = quotationPrecedes ? Optional.empty() : reportedContent(r, from, to, d);
            if (content.isPresent() && content.get().start() < r.at(d.eventStart).span().start()) {
                for (int i = sf; i < d.eventStart; i++) {
                    if (r.at(i).kind() == Token.Kind.QUOTE && !d.quotations.contains(r.at(i).quotation())) {
                        d.quotations.add(r.at(i).quotation());
                    }
                }
            }
        } else {
            kind = EvidenceKind.DESCRIPTION;
            content = describedReaction(r, d);
        }
        Span cueSpan = d.cue == ACCORDING_TO
                ? new Span(r.at(d.cueToken).span().start(), r.at(d.cueToken + 1).span().end())
                : r.at(d.cueToken).span();
        return new Attribution(d.source, d.cue, cueSpan, sentence, content, kind, d.quotations, d.negated,
                Provenance.rule(d.pattern.ruleName(), RULE_CONFIDENCE));
    }

    private Optional<Span> reportedContent(Reading r, int from, int to, Draft d) {
        int end = to;
        while (end > from && (r.at(end - 1).kind() == Token.Kind.PUNCT || r.at(end - 1).is("but")
                || r.at(end - 1).is("and") || r.at(end - 1).is("or"))) {
            end--;
        }
        boolean hasWords = false;
        for (int i = from; i < end; i++) {
            hasWords |= r.at(i).isWord();
        }
        if (hasWords && d.cue != ACCORDING_TO) {
            return Optional.of(new Span(r.at(from).span().start(), r.at(end - 1).span().end()));
        }
        if (d.cue == ACCORDING_TO && hasWords) {
            boolean quoted = false;
            for (int i = from; i < end; i++) {
                quoted |= r.at(i).kind() == Token.Kind.QUOTE;
            }
            return quoted ? Optional.empty()
                    : Optional.of(new Span(r.at(from).span().start(), r.at(end - 1).span().end()));
        }
        // "CLAUSE, Mr Hensel said." and "CLAUSE, said X.": the reported words come first.
        int comma = d.eventStart - 1;
        if (comma > r.sf && r.at(comma).is(",") && r.at(comma - 1).kind() != Token.Kind.QUOTE) {
            int start = r.sf;
            while (start < comma && sentenceOpeners.contains(r.at(start).lower())) {
                start++;
            }
            boolean clauseHasQuote = false;
            for (int i = start; i < comma; i++) {
                clauseHasQuote |= r.at(i).kind() == Token.Kind.QUOTE && i == comma - 1;
            }
            if (start < comma && !clauseHasQuote) {
                return Optional.of(new Span(r.at(start).span().start(), r.at(comma - 1).span().end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> describedReaction(Reading r, Draft d) {
        int start = d.passive || d.source.toToken() != d.auxStart ? d.auxStart : d.source.fromToken();
        if (d.negated && d.source.toToken() == d.auxStart) {
            int n = d.source.fromToken() - 1;
            while (n >= 0 && n >= d.source.fromToken() - 2 && r.at(n).isWord()) {
                if (r.at(n).is("not") || r.at(n).is("no")) {
                    start = n;
                }
                n--;
            }
        }
        // A full stop inside the sentence closes an abbreviation or an initial ("endorsed Mrs. Clinton"), not the
        // clause; a contrast opens another clause ("supported Linux although critics have said ...")
        int end = d.cueToken + 1;
        while (end < r.st && !(r.at(end).kind() == Token.Kind.PUNCT && ",;:!?".contains(r.at(end).text()))
                && !(end > d.cueToken + 1 && CONTRASTS.contains(r.at(end).lower()))) {
            end++;
        }
        while (end - 1 > d.cueToken && r.at(end - 1).kind() == Token.Kind.PUNCT) {
            end--;
        }
        return Optional.of(new Span(r.at(start).span().start(), r.at(end - 1).span().end()));
    }
}
