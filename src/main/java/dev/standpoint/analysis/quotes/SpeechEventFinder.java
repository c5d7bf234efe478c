package dev.standpoint.analysis.quotes;

import dev.standpoint.analysis.actors.SourcePhrase;
import dev.standpoint.analysis.actors.SourceReader;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the attributions of each sentence: a cue from the {@link CueLexicon} and its source, read with
 * the patterns of news copy: "X said (that) ...", "..., said X, a Y at Z", "X, a Y, warned ...",
 * "according to X", "hailed by X as ...", "with X stating ...", participle clauses (", saying ...")
 * that share the clause's subject, coordinated verbs ("X promised ... and said ..."), and adjectives
 * of reaction after "be" ("critics are worried that ...").
 */
public final class SpeechEventFinder {

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "are", "was", "were", "be",
            "been", "being", "will", "would", "could", "should", "may", "might", "must", "can", "do", "does", "did",
            "also", "reportedly", "then", "later", "earlier", "previously", "again", "once", "even", "already",
            "still", "now", "just", "only", "further", "instead", "repeatedly", "today", "yesterday", "not", "n't",
            "never", "so", "far", "both", "all", "always", "often", "since", "first", "too", "remain", "remains",
            "remained", "appear", "appears", "appeared", "seem", "seems", "seemed", "become", "became", "got",
            "feel", "feels", "felt", "quickly", "swiftly", "openly", "publicly");
    private static final Set<String> BE_FORMS = Set.of("is", "are", "was", "were", "be", "been", "being", "remain",
            "remains", "remained", "appear", "appears", "appeared", "seem", "seems", "seemed", "become", "became",
            "feel", "feels", "felt", "got");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    private static final Set<String> MODALS = Set.of("will", "would", "could", "should", "may", "might", "must", "can");
    private static final Set<String> TELL_OBJECTS = Set.of("him", "her", "them", "us", "me", "reporters",
            "journalists", "mps", "delegates", "listeners", "viewers", "parliament", "peers", "members", "students",
            "supporters", "investors", "analysts", "colleagues", "staff", "workers", "officials", "lawmakers");
    private static final Set<String> SENTENCE_OPENERS = Set.of("but", "and", "however", "meanwhile", "yet", "so",
            "also", "still", "now", "then", "instead", "indeed", "moreover", "separately", "earlier", "later");
    private static final Set<String> INTRO_PREPOSITIONS = Set.of("in", "on", "at", "after", "before", "despite",
            "during", "speaking", "writing", "following", "with", "for", "from", "under", "since", "as", "while",
            "when", "although", "though", "if", "asked", "according");
    private static final CueLexicon.Cue ACCORDING_TO = new CueLexicon.Cue("according to", "according to",
            CueLexicon.Kind.SPEECH, Stance.NEUTRAL);

    private final CueLexicon cues;

    public SpeechEventFinder(CueLexicon cues) {
        this.cues = cues;
    }

    /** A cue being read: mutable while the sentence is worked out, then frozen into a SpeechEvent. */
    private static final class Draft {
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
        final List<Integer> quotations = new ArrayList<>();
    }

    public List<SpeechEvent> find(String text, List<Token> tokens, List<int[]> sentences, SourceReader reader) {
        List<SpeechEvent> events = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            int sf = sentences.get(s)[0], st = sentences.get(s)[1];
            List<Draft> drafts = readSentence(tokens, sf, st, reader);
            for (Draft d : drafts) {
                events.add(freeze(text, tokens, sf, st, s, d));
            }
        }
        return events;
    }

    private List<Draft> readSentence(List<Token> tokens, int sf, int st, SourceReader reader) {
        List<Draft> drafts = new ArrayList<>();
        for (int k = sf; k < st; k++) {
            Token t = tokens.get(k);
            if (!t.isWord() || t.isCapitalized()) {
                continue;
            }
            Draft d = null;
            if (t.is("according") && k + 1 < st && tokens.get(k + 1).is("to")) {
                d = readAccordingTo(tokens, sf, st, k, reader);
            } else {
                Optional<CueLexicon.Cue> cue = cues.lookup(t.lower());
                if (cue.isPresent()) {
                    d = readCue(tokens, sf, st, k, cue.get(), drafts, reader);
                }
            }
            if (d != null) {
                drafts.add(d);
            }
        }
        return settle(tokens, drafts);
    }

    private Draft readAccordingTo(List<Token> tokens, int sf, int st, int k, SourceReader reader) {
        Optional<SourcePhrase> source = reader.startingAt(k + 2, st);
        if (source.isEmpty() || source.get().isPronoun()) {
            return null;
        }
        Draft d = new Draft();
        d.source = source.get();
        d.cue = ACCORDING_TO;
        d.cueToken = k;
        d.auxStart = k;
        d.eventStart = k;
        d.inverted = true;
        // The attributed words are the clause before "according to", or after it when it opens the sentence.
        int clauseEnd = k > sf && tokens.get(k - 1).is(",") ? k - 1 : k;
        if (clauseEnd > sf) {
            d.complementFrom = sf;
            d.complementTo = clauseEnd;
        } else {
            int after = d.source.toToken();
            while (after < st && (tokens.get(after).is(",") || !tokens.get(after).isWord()
                    && tokens.get(after).kind() != Token.Kind.QUOTE)) {
                after++;
            }
            d.complementFrom = after;
            d.complementTo = st;
        }
        return d;
    }

    private Draft readCue(List<Token> tokens, int sf, int st, int k, CueLexicon.Cue cue, List<Draft> earlier,
                          SourceReader reader) {
        Draft d = new Draft();
        d.cue = cue;
        d.cueToken = k;
        int a = k - 1;
        boolean be = false;
        while (a >= sf && tokens.get(a).isWord() && !tokens.get(a).isCapitalized()
                && (AUXILIARIES.contains(tokens.get(a).lower()) || tokens.get(a).lower().endsWith("ly"))) {
            String l = tokens.get(a).lower();
            be |= BE_FORMS.contains(l);
            d.negated |= NEGATIONS.contains(l);
            d.modal |= MODALS.contains(l);
            a--;
        }
        d.auxStart = a + 1;
        if (cue.kind() == CueLexicon.Kind.STATE && !be) {
            return null;
        }
        // "called" names rather than reports ("a group called X") unless it calls for or on something, or
        // calls something a quoted name: 'called the bill "a cruel mistake"'
        if (cue.lemma().equals("call") && !(k + 1 < st && (tokens.get(k + 1).is("for") || tokens.get(k + 1).is("on")))
                && !quotationFollows(tokens, k + 1, st)) {
            return null;
        }
        int next = k + 1;
        if (cue.lemma().equals("speak") && !(next < st && (tokens.get(next).is("out") || tokens.get(next).is("against")))) {
            return null;
        }
        boolean byFollows = next < st && tokens.get(next).is("by");
        boolean participle = cue.isParticiple();
        Token left = a >= sf ? tokens.get(a) : null;
        if (be && !byFollows && cue.kind() == CueLexicon.Kind.SPEECH && !participle) {
            return null; // "is said to", "is reported to be": someone unnamed speaks of the subject
        }

        if (byFollows && !participle && (be || (left != null && left.is(",")))) {
            d.passive = true;
            d.source = reader.startingAt(next + 1, st).orElse(null);
            d.eventStart = d.auxStart;
            d.complementFrom = d.source == null ? next : d.source.toToken();
        } else if (participle) {
            Optional<SourcePhrase> withSource = left != null && left.isWord()
                    ? reader.endingAt(a, sf).filter(p -> p.fromToken() > sf && tokens.get(p.fromToken() - 1).is("with"))
                    : Optional.empty();
            d.source = withSource.orElseGet(() -> clauseSubject(tokens, sf, st, earlier, reader));
            d.eventStart = withSource.map(SourcePhrase::fromToken).orElse(d.auxStart);
            d.complementFrom = next;
        } else if (left == null || left.kind() == Token.Kind.QUOTE || (left.is(",") && a - 1 >= sf
                && tokens.get(a - 1).kind() == Token.Kind.QUOTE)) {
            d.inverted = true; // "..." said X  /  "...," said X
            d.source = reader.startingAt(next, st).orElse(null);
            d.eventStart = d.auxStart;
            d.complementFrom = d.source == null ? next : afterAppositive(tokens, d.source.toToken(), st);
        } else if (left.is(",")) {
            d.source = appositiveSubject(tokens, sf, a, st, reader);
            if (d.source == null) {
                // "CLAUSE, said X" puts the source after the cue
                d.inverted = true;
                d.source = reader.startingAt(next, st).orElse(null);
                d.eventStart = d.auxStart;
                d.complementFrom = d.source == null ? next : afterAppositive(tokens, d.source.toToken(), st);
            } else {
                d.eventStart = d.source.fromToken();
                d.complementFrom = next;
            }
        } else if (left.is("and") || left.is("but") || left.is("or")) {
            d.source = earlier.isEmpty() ? clauseSubject(tokens, sf, st, earlier, reader)
                    : earlier.get(earlier.size() - 1).source;
            d.eventStart = d.auxStart;
            d.complementFrom = next;
        } else if (left.is("who") || left.is("which")) {
            int j = a - 1; // "the Music Managers' Forum (MMF), who say"
            if (j >= sf && tokens.get(j).is(",")) {
                j--;
            }
            if (j >= sf && tokens.get(j).is(")")) {
                while (j >= sf && !tokens.get(j).is("(")) {
                    j--;
                }
                j--;
            }
            d.source = reader.endingAt(j, sf).orElse(null);
            if (d.source == null) {
                return null;
            }
            d.eventStart = d.source.fromToken();
            d.complementFrom = next;
        } else {
            d.source = reader.endingAt(a, sf).filter(s -> !reader.followsPreposition(s)).orElse(null);
            if (d.source == null) {
                // "Alois Rhiel, its minister for economic affairs added": an appositive with no closing comma
                d.source = appositiveSubject(tokens, sf, a + 1, st, reader);
            }
            if (d.source == null) {
                return null;
            }
            boolean baseForm = cue.form().equals(cue.lemma()) && d.auxStart == k;
            boolean plural = d.source.type() == ActorType.GROUP
                    || d.source.name().equalsIgnoreCase("they");
            if (baseForm && !plural) {
                return null; // "Russian state media": a bare verb form after a singular is not a verb
            }
            d.eventStart = d.source.fromToken();
            d.complementFrom = next;
            // "not all experts are convinced": the negation stands before the subject
            int before = d.source.fromToken() - 1;
            while (before >= sf && before >= d.source.fromToken() - 2 && tokens.get(before).isWord()) {
                d.negated |= NEGATIONS.contains(tokens.get(before).lower());
                before--;
            }
        }
        if (d.source == null) {
            return null;
        }
        if (cue.lemma().equals("tell") && !d.inverted) {
            d.complementFrom = skipTellObject(tokens, d.complementFrom, st);
        }
        while (d.complementFrom < st && (tokens.get(d.complementFrom).is("that") || tokens.get(d.complementFrom).is(":")
                || tokens.get(d.complementFrom).is(","))) {
            d.complementFrom++;
        }
        d.complementTo = st;
        return d;
    }

    /** A quotation within the next few words, before any punctuation. */
    private static boolean quotationFollows(List<Token> tokens, int from, int st) {
        for (int i = from; i < st && i < from + 6; i++) {
            if (tokens.get(i).kind() == Token.Kind.QUOTE) {
                return true;
            }
            if (tokens.get(i).kind() == Token.Kind.PUNCT) {
                return false;
            }
        }
        return false;
    }

    /** "X, a defense analyst at ..., said": the subject stands before the appositive that ends at {@code comma}. */
    private SourcePhrase appositiveSubject(List<Token> tokens, int sf, int comma, int st, SourceReader reader) {
        int leftmostPerson = -1;
        for (int c = comma - 1; c > sf && comma - c < 24; c--) {
            if (tokens.get(c).kind() == Token.Kind.QUOTE) {
                break;
            }
            if (tokens.get(c).is(",") && reader.endingAt(c - 1, sf)
                    .filter(p -> p.reference() == SourcePhrase.Reference.NAME
                            && p.type() == ActorType.PERSON).isPresent()) {
                leftmostPerson = c;
            }
        }
        if (leftmostPerson > 0) {
            SourcePhrase person = reader.endingAt(leftmostPerson - 1, sf).get();
            Optional<String> appositive = reader.appositiveAfter(leftmostPerson, comma + 1);
            return person.role().isEmpty() && appositive.isPresent() ? person.withRole(appositive) : person;
        }
        for (int c = comma - 1; c > sf && comma - c < 18; c--) {
            if (!tokens.get(c).is(",")) {
                if (tokens.get(c).kind() == Token.Kind.QUOTE) {
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
            if (named.isPresent() && s.reference() != SourcePhrase.Reference.NAME) {
                return named.get().role().isPresent() ? named.get() : named.get().withRole(s.role().or(() ->
                        Optional.of(s.name())));
            }
            return s.role().isEmpty() && appositive.isPresent() ? s.withRole(appositive) : s;
        }
        return null;
    }

    /** The subject of the sentence's main clause, for participle and coordinated cues. */
    private SourcePhrase clauseSubject(List<Token> tokens, int sf, int st, List<Draft> earlier, SourceReader reader) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            if (!earlier.get(i).passive) {
                return earlier.get(i).source;
            }
        }
        int i = sf;
        while (i < st && (tokens.get(i).is(",") || SENTENCE_OPENERS.contains(tokens.get(i).lower()))) {
            i++;
        }
        if (i < st && INTRO_PREPOSITIONS.contains(tokens.get(i).lower())) {
            while (i < st && !tokens.get(i).is(",")) {
                i++;
            }
            i++;
        }
        return i < st ? reader.startingAt(i, st).orElse(null) : null;
    }

    private static int afterAppositive(List<Token> tokens, int at, int st) {
        if (at < st && tokens.get(at).is(",")) {
            int i = at + 1;
            while (i < st && !tokens.get(i).is(",") && !tokens.get(i).is(".")) {
                i++;
            }
            return Math.min(st, i + 1);
        }
        return at;
    }

    private static int skipTellObject(List<Token> tokens, int at, int st) {
        int i = at;
        if (i < st && (tokens.get(i).is("the") || tokens.get(i).is("a") || tokens.get(i).is("an"))) {
            i++;
        }
        int start = i;
        while (i < st && tokens.get(i).isWord() && (tokens.get(i).isCapitalized()
                || Character.isDigit(tokens.get(i).text().charAt(0)) || tokens.get(i).lower().endsWith("'s")
                || (i > start && tokens.get(i - 1).lower().endsWith("'s")))) {
            i++;
        }
        if (i == start && i < st && TELL_OBJECTS.contains(tokens.get(i).lower())) {
            i++;
        }
        if (i == start && start > at) {
            // "told a London news conference that ...": skip a short lower-case object up to "that" or ":"
            int j = start;
            while (j < st && j - start < 6 && tokens.get(j).isWord() && !tokens.get(j).is("that")) {
                j++;
            }
            if (j < st && (tokens.get(j).is("that") || tokens.get(j).is(":"))) {
                return j;
            }
        }
        if (i < st && (tokens.get(i).is("in") || tokens.get(i).is("at")) && i > start) {
            int j = i + 1; // "told an investors' conference in Kiev"
            while (j < st && tokens.get(j).isCapitalized()) {
                j++;
            }
            i = j;
        }
        return i;
    }

    /** Drops cues nested in another's reported words and ends each cue's reach where the next begins. */
    private static List<Draft> settle(List<Token> tokens, List<Draft> drafts) {
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

    private SpeechEvent freeze(String text, List<Token> tokens, int sf, int st, int sentence, Draft d) {
        int from = d.complementFrom, to = Math.min(d.complementTo, st);
        // Quotations governed by the cue: in its reach, or standing just before the source or cue.
        for (int i = from; i < to; i++) {
            if (tokens.get(i).kind() == Token.Kind.QUOTE) {
                d.quotations.add(tokens.get(i).quotation());
            }
        }
        int before = d.eventStart - 1;
        if (before >= sf && tokens.get(before).is(",")) {
            before--;
        }
        if (before >= sf && tokens.get(before).kind() == Token.Kind.QUOTE && !d.quotations.contains(tokens.get(before).quotation())) {
            d.quotations.add(0, tokens.get(before).quotation());
        }
        boolean quotationPrecedes = before >= sf && tokens.get(before).kind() == Token.Kind.QUOTE;
        Optional<Span> content;
        EvidenceKind kind;
        if (d.cue.kind() == CueLexicon.Kind.SPEECH) {
            kind = EvidenceKind.REPORTED;
            // '"...," he said, in a rare statement': the quotation is what was said
            content = quotationPrecedes ? Optional.empty() : reportedContent(tokens, sf, from, to, d);
            if (content.isPresent() && content.get().start() < tokens.get(d.eventStart).span().start()) {
                for (int i = sf; i < d.eventStart; i++) {
                    if (tokens.get(i).kind() == Token.Kind.QUOTE && !d.quotations.contains(tokens.get(i).quotation())) {
                        d.quotations.add(tokens.get(i).quotation());
                    }
                }
            }
        } else {
            kind = EvidenceKind.DESCRIPTION;
            content = describedReaction(tokens, d, st);
        }
        Span cueSpan = d.cue == ACCORDING_TO
                ? new Span(tokens.get(d.cueToken).span().start(), tokens.get(d.cueToken + 1).span().end())
                : tokens.get(d.cueToken).span();
        return new SpeechEvent(d.source, d.cue, cueSpan, sentence, content, kind, d.quotations, d.negated);
    }

    private static Optional<Span> reportedContent(List<Token> tokens, int sf, int from, int to, Draft d) {
        int end = to;
        while (end > from && (tokens.get(end - 1).kind() == Token.Kind.PUNCT || tokens.get(end - 1).is("but")
                || tokens.get(end - 1).is("and") || tokens.get(end - 1).is("or"))) {
            end--;
        }
        boolean hasWords = false;
        for (int i = from; i < end; i++) {
            hasWords |= tokens.get(i).isWord();
        }
        if (hasWords && d.cue != ACCORDING_TO) {
            return Optional.of(new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end()));
        }
        if (d.cue == ACCORDING_TO && hasWords) {
            boolean quoted = false;
            for (int i = from; i < end; i++) {
                quoted |= tokens.get(i).kind() == Token.Kind.QUOTE;
            }
            return quoted ? Optional.empty()
                    : Optional.of(new Span(tokens.get(from).span().start(), tokens.get(end - 1).span().end()));
        }
        // "CLAUSE, Mr Hensel said." and "CLAUSE, said X.": the reported words come first.
        int comma = d.eventStart - 1;
        if (comma > sf && tokens.get(comma).is(",") && tokens.get(comma - 1).kind() != Token.Kind.QUOTE) {
            int start = sf;
            while (start < comma && SENTENCE_OPENERS.contains(tokens.get(start).lower())) {
                start++;
            }
            boolean clauseHasQuote = false;
            for (int i = start; i < comma; i++) {
                clauseHasQuote |= tokens.get(i).kind() == Token.Kind.QUOTE && i == comma - 1;
            }
            if (start < comma && !clauseHasQuote) {
                return Optional.of(new Span(tokens.get(start).span().start(), tokens.get(comma - 1).span().end()));
            }
        }
        return Optional.empty();
    }

    private static Optional<Span> describedReaction(List<Token> tokens, Draft d, int st) {
        int start = d.passive || d.source.toToken() != d.auxStart ? d.auxStart : d.source.fromToken();
        if (d.negated && d.source.toToken() == d.auxStart) {
            int n = d.source.fromToken() - 1;
            while (n >= 0 && n >= d.source.fromToken() - 2 && tokens.get(n).isWord()) {
                if (tokens.get(n).is("not") || tokens.get(n).is("no")) {
                    start = n;
                }
                n--;
            }
        }
        int end = d.cueToken + 1;
        while (end < st && !(tokens.get(end).kind() == Token.Kind.PUNCT && ",;:.!?".contains(tokens.get(end).text()))) {
            end++;
        }
        return Optional.of(new Span(tokens.get(start).span().start(), tokens.get(end - 1).span().end()));
    }
}
