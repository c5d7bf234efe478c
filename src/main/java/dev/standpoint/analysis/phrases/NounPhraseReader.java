package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.phrases.SourceWords.WordClass;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.NamePronouns;
import dev.standpoint.analysis.words.WordList;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads source phrases out of a token sequence: the noun phrase that ends just before a cue
 * ("Western diplomats expressed"), the one that starts just after it ("said Colonel Andrey Petrov"),
 * and the appositive that gives a role ("Maria Ivanova, a defense analyst at ..., said").
 * Works on capitalisation and small word lists, as English news copy is consistently cased.
 */
public final class NounPhraseReader {

    private static final int MAX_LOWER_CASE_MODIFIERS = 3;
    /** Determiners of a singular noun only: before a plural head they are not its determiner. */
    private static final WordList SINGULAR_DETERMINERS = WordList.load("singular-determiners.tsv");
    private static final WordList MODALS = WordList.load("modal-verbs.tsv");
    // compiled once: these run on every capitalised word, and a pattern compiled per call was the engine's top cost
    private static final Pattern POSSESSIVE_END = Pattern.compile("'s?$");
    private static final Pattern NOT_A_LETTER = Pattern.compile("[^\\p{L}]");
    private static final Pattern ANY_SPACES = Pattern.compile("[\\s\\p{Zs}]+");
    private static final int MAX_PHRASE_TOKENS = 9;
    /** Determiners that name nobody on their own, unlike "some" or "both" ("Some argue ..."). */
    private static final WordList LONE_ARTICLES = WordList.load("lone-articles.tsv");
    private static final NamePronouns FIRST_NAMES = NamePronouns.load();

    private final SourceWords lexicon;
    private final String text;
    private final List<Token> tokens;
    /** Per token: the first word of its sentence, capitalised whatever it is. */
    private final boolean[] opensSentence;
    /** The words this article capitalises inside a sentence ("Steve Jobs"), lower case: names here. */
    private final Set<String> capitalisedInside = new HashSet<>();

    public NounPhraseReader(SourceWords lexicon, Segmentation segmentation) {
        this.lexicon = lexicon;
        this.text = segmentation.text();
        this.tokens = segmentation.tokens();
        this.opensSentence = new boolean[tokens.size()];
        for (var sentence : segmentation.sentences()) {
            for (int i = sentence.fromToken(); i < sentence.toToken(); i++) {
                if (tokens.get(i).isWord()) {
                    opensSentence[i] = true;
                    break;
                }
            }
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).isCapitalized() && !opensSentence[i]) {
                capitalisedInside.add(tokens.get(i).lower());
            }
        }
    }

    /** A bracketed aside is never the name: "Governor Mary Fallin (R-OK) said", "Sen. Chuck Grassley (R-Iowa) on". */
    private static final int MAX_ASIDE_TOKENS = 6;

    /**
     * The last token before a bracketed aside that ends at {@code last} ("Mary Fallin (R-OK)" ends at "Fallin"),
     * the acronym where the brackets hold one ("the International Monetary Fund (IMF)" ends at "IMF"), or
     * {@code last} itself where there is no aside or nothing before it from {@code floor}.
     */
    private int beforeAside(int last, int floor) {
        if (last < 0 || last >= tokens.size() || !tokens.get(last).is(")")) {
            return last;
        }
        for (int open = last - 1; open > floor && last - open <= MAX_ASIDE_TOKENS; open--) {
            if (tokens.get(open).is("(")) {
                if (isAcronym(open + 1, last)) {
                    return open + 1;
                }
                return tokens.get(open - 1).isWord() ? open - 1 : last;
            }
        }
        return last;
    }

    /**
     * Whether tokens [from, to) are one acronym, "(IMF)" after "the International Monetary Fund": the short
     * name the article goes on to use, kept as the name (a party tag, "(R-OK)", "(R)", is no acronym).
     */
    private boolean isAcronym(int from, int to) {
        if (to - from != 1) {
            return false;
        }
        String w = tokens.get(from).text();
        return w.length() >= 2 && w.chars().allMatch(Character::isLetter) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the word at {@code at} can end a name: capitalised, not a closed-class word, weekday or month
     * (capitalised-non-names.tsv), and not capitalised only because it opens its sentence.
     */
    private boolean isNameHead(int at) {
        Token t = tokens.get(at);
        return t.isCapitalized() && !lexicon.capitalisedNonNames().contains(t.lower()) && !isCapitalisedOpener(at);
    }

    /**
     * "Hours later, ...", "Such attacks ...", "Well, ...": a word capitalised only because it opens its
     * sentence, one copy writes in lower case, and this article never capitalises elsewhere ("Jobs said" stays
     * a name where the article also writes "Steve Jobs").
     */
    public boolean isCapitalisedOpener(int at) {
        if (!opensSentence[at]) {
            return false;
        }
        String lower = tokens.get(at).lower();
        // "Many", "Another", "Proponents" stand for people on their own: determiners and plurals keep their reading
        return lexicon.isLowerCaseWord(lower) && !capitalisedInside.contains(lower) && !lexicon.determiners().contains(lower)
                && !lexicon.isPluralCommonNoun(lower);
    }


    /** Whether the phrase is the object of a preposition ("a poll in the Daily Telegraph"), so no subject. */
    public boolean followsPreposition(SourcePhrase phrase) {
        return isPreposition(phrase.fromToken() - 1);
    }

    /** Whether the word at {@code at} could head a source: a subject pronoun, a source noun, or a plural of people. */
    public boolean couldHeadASource(int at) {
        String lower = tokens.get(at).lower();
        return lexicon.isSubjectPronoun(lower) || lexicon.isSourceHead(lower) || lexicon.isPluralCommonNoun(lower);
    }

    /** Whether the token at {@code at} is a preposition of prepositions.tsv. */
    public boolean isPreposition(int at) {
        return at >= 0 && tokens.get(at).isWord() && lexicon.prepositions().contains(tokens.get(at).lower());
    }

    /** The source phrase whose last token is {@code last}, reading leftwards no further than {@code floor}. */
    public Optional<SourcePhrase> endingAt(int last, int floor) {
        last = beforeAside(last, floor);
        int shareFrom = shareStart(last, floor);
        if (shareFrom >= 0) {
            return Optional.of(share(shareFrom, last + 1)); // "Twenty-four percent said she did nothing wrong"
        }
        Optional<SourcePhrase> phrase = plainEndingAt(last, floor);
        if (phrase.isEmpty() || phrase.get().isPronoun()) {
            return phrase;
        }
        return Optional.of(withLeadingShare(withLeadingHolder(phrase.get(), floor), floor));
    }

    /**
     * "75 percent of Republicans said", "(Only) 40% of voters": a poll's share of a group is the source, not the
     * object of "of" that no subject can be; the actor stage reads it as the group.
     */
    private SourcePhrase withLeadingShare(SourcePhrase phrase, int floor) {
        int of = phrase.fromToken() - 1;
        if (of - 2 < floor || !tokens.get(of).is("of") || phrase.type() == ActorType.PERSON) {
            return phrase;
        }
        int from = shareStart(of - 1, floor);
        return from < 0 ? phrase : share(from, phrase.toToken());
    }

    /** The first token of a share ending at {@code unit}: "75 percent", "12.5 per cent", "40%"; -1 if none. */
    private int shareStart(int unit, int floor) {
        if (unit - 1 < floor || unit >= tokens.size()) {
            return -1;
        }
        Token u = tokens.get(unit);
        boolean perCent = u.is("cent") && unit - 2 >= floor && tokens.get(unit - 1).is("per");
        if (!(u.is("percent") || u.is("%") || perCent)) {
            return -1;
        }
        int number = perCent ? unit - 2 : unit - 1;
        Token n = tokens.get(number);
        return n.isWord() && lexicon.isNumber(n.lower()) ? number : -1;
    }

    /**
     * The pollster whose name opens the poll word at {@code poll}: "A CNN/ORC poll" is CNN/ORC's, "the latest
     * Washington Post-ABC News survey" the Washington Post-ABC News's; empty where no capitalised name does.
     */
    private Optional<SourcePhrase> pollster(int floor, int poll) {
        int from = poll;
        while (from - 1 >= floor && (tokens.get(from - 1).isCapitalized() && !opensSentence[from - 1]
                || tokens.get(from - 1).is("/") && from - 2 >= floor && tokens.get(from - 2).isCapitalized())) {
            from--;
        }
        if (from == poll || tokens.get(from).is("/")) {
            return Optional.empty();
        }
        Span name = new Span(tokens.get(from).span().start(), tokens.get(poll - 1).span().end());
        Span span = new Span(name.start(), tokens.get(poll).span().end());
        return Optional.of(new SourcePhrase(span, normaliseSpace(name.of(text)), name, Optional.empty(),
                ActorType.ORGANIZATION, SourcePhrase.Reference.NAME, from, poll + 1));
    }

    /**
     * A poll's share as a source, tokens [from, to): a group, with the group it names ("75 percent of Republicans")
     * or none ("46 percent", the poll's respondents).
     */
    private SourcePhrase share(int from, int to) {
        Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        return new SourcePhrase(span, normaliseSpace(span.of(text)), span, Optional.empty(), ActorType.GROUP,
                SourcePhrase.Reference.DESCRIPTION, from, to);
    }

    /**
     * "Nigel McCune from the Musicians' Union said", "A spokesman for UKIP called": the phrase read
     * before the cue is only the organisation; the source is the person or unnamed source before it.
     */
    private SourcePhrase withLeadingHolder(SourcePhrase phrase, int floor) {
        int p = phrase.fromToken() - 1;
        if (p - 1 < floor || phrase.type() != ActorType.ORGANIZATION) {
            return phrase;
        }
        Token prep = tokens.get(p);
        if (!(prep.is("from") || prep.is("of") || prep.is("for") || prep.is("at"))) {
            return phrase;
        }
        Optional<SourcePhrase> holder = plainEndingAt(p - 1, floor);
        if (holder.isEmpty() || holder.get().isPronoun()) {
            return phrase;
        }
        SourcePhrase h = holder.get();
        String qualifier = normaliseSpace(text.substring(prep.span().start(), phrase.span().end()));
        if (h.type() == ActorType.ANONYMOUS || h.type() == ActorType.GROUP) {
            Span span = new Span(h.span().start(), phrase.span().end());
            String name = normaliseSpace(span.of(text));
            return new SourcePhrase(span, h.type() == ActorType.GROUP ? stripArticle(name) : name, span,
                    Optional.of(stripArticle(name)), h.type(), h.reference(), h.fromToken(), phrase.toToken());
        }
        if (h.type() == ActorType.PERSON && h.reference() == SourcePhrase.Reference.NAME) {
            return new SourcePhrase(new Span(h.span().start(), phrase.span().end()), h.name(), h.nameSpan(),
                    h.role().isPresent() ? h.role() : Optional.of(qualifier), h.type(), h.reference(), h.fromToken(),
                    phrase.toToken());
        }
        return phrase;
    }

    private Optional<SourcePhrase> plainEndingAt(int last, int floor) {
        if (last < floor || last >= tokens.size()) {
            return Optional.empty();
        }
        Token head = tokens.get(last);
        if (!head.isWord()) {
            return Optional.empty();
        }
        String lower = head.lower();
        if (lexicon.isSubjectPronoun(lower)) {
            return Optional.of(classify(last, last + 1));
        }
        if (lexicon.isPollWord(lower)) {
            return pollster(floor, last);
        }
        // "Separately, ..." opens a sentence; "John Kelly, a senior vice president, said" does not: a
        // capitalised word before it makes the -ly word the end of a name
        boolean sentenceAdverb = lower.endsWith("ly") && last + 1 < tokens.size() && tokens.get(last + 1).is(",")
                && !isLastWordOfName(last, floor);
        boolean capitalisedHead = isNameHead(last) && !sentenceAdverb;
        if (!capitalisedHead && !lexicon.isSourceHead(lower)) {
            return Optional.empty();
        }
        int from = last;
        int lowerCase = 0;
        while (from - 1 >= floor && last - from + 1 < MAX_PHRASE_TOKENS) {
            Token p = tokens.get(from - 1);
            if (!p.isWord()) {
                boolean honorificDot = p.is(".") && from - 2 >= floor && isHonorific(tokens.get(from - 2));
                // "John E. Kelly": a middle initial inside a name
                boolean initialDot = p.is(".") && from - 3 >= floor && tokens.get(from).isCapitalized()
                        && isInitial(tokens.get(from - 2)) && tokens.get(from - 3).isWord()
                        && tokens.get(from - 3).isCapitalized();
                // "A Department for Media, Culture and Sport spokeswoman": a list inside a name
                boolean listInName = p.is(",") && from - 2 >= floor && tokens.get(from - 2).isCapitalized()
                        && tokens.get(from).isCapitalized() && hasJoinerAfter(from, last);
                if (honorificDot || initialDot || listInName) {
                    from--;
                    continue;
                }
                break;
            }
            String pl = p.lower();
            int title = pl.equals("the") ? titleOfOfficeBefore(from) : -1;
            if (title >= floor) {
                from = title; // "Chancellor of the Exchequer Gordon Brown": the article is inside the office
                continue;
            }
            if (lexicon.determiners().contains(pl)) {
                // "said that Republicans": a singular determiner before a plural is the conjunction "that"
                boolean plural = lexicon.is(lower, WordClass.GROUP) || lexicon.isPluralCommonNoun(lower);
                if (!(plural && SINGULAR_DETERMINERS.contains(pl))) {
                    from--;
                }
                break;
            }
            if (p.isCapitalized()) {
                if (lexicon.capitalisedNonNames().contains(pl)) {
                    break;
                }
                from--;
                continue;
            }
            boolean joinsNames = (pl.equals("of") || pl.equals("for") || pl.equals("and"))
                    && tokens.get(from).isCapitalized() && from - 2 >= floor && tokens.get(from - 2).isCapitalized()
                    && !lexicon.capitalisedNonNames().contains(tokens.get(from - 2).lower());
            // "Local government officials in Frankfurt's state of Hessen": a group placed by a prepositional phrase
            boolean placesGroup = (pl.equals("in") || pl.equals("of") || pl.equals("from") || pl.equals("at"))
                    && groupHeadBefore(from - 1, floor) >= 0;
            if (joinsNames || placesGroup) {
                from--;
                continue;
            }
            if (lexicon.phraseBreakers().contains(pl) || pl.endsWith("ly") || Character.isDigit(pl.charAt(0))
                    || ++lowerCase > MAX_LOWER_CASE_MODIFIERS) {
                if (from < last && MODALS.contains(pl) && !tokens.get(from).isCapitalized()) {
                    from++; // "will confront voters": after a modal the word is a verb, not a modifier
                }
                break;
            }
            from--;
        }
        return Optional.ofNullable(classify(from, last + 1));
    }

    private boolean hasJoinerAfter(int from, int last) {
        for (int i = from; i <= last; i++) {
            if (tokens.get(i).is("and")) {
                return true;
            }
        }
        return false;
    }

    /** Index of a plural group noun just before {@code prep} (within three words), or -1. */
    private int groupHeadBefore(int prep, int floor) {
        for (int i = prep - 1; i >= floor && i >= prep - 3; i--) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                return -1;
            }
            if (lexicon.is(t.lower(), WordClass.GROUP)) {
                return i;
            }
        }
        return -1;
    }

    /** The source phrase that starts at {@code first}, reading rightwards no further than {@code ceiling}. */
    public Optional<SourcePhrase> startingAt(int first, int ceiling) {
        return startingAt(first, ceiling, false);
    }

    /**
     * As {@link #startingAt(int, int)}, where an owner's thing may speak for its owner (the object of "according
     * to": "according to Kantar Media's political ad tracker"); after a verb it is what was said of the owner
     * ("said Trump's remarks ...").
     */
    public Optional<SourcePhrase> ownerOrStartingAt(int first, int ceiling) {
        return startingAt(first, ceiling, true);
    }

    private Optional<SourcePhrase> startingAt(int first, int ceiling, boolean ownerSpeaks) {
        if (first >= ceiling || first >= tokens.size()) {
            return Optional.empty();
        }
        Token t = tokens.get(first);
        if (!t.isWord()) {
            return Optional.empty();
        }
        if (lexicon.isSubjectPronoun(t.lower())) {
            return Optional.of(classify(first, first + 1));
        }
        int to = first;
        if (lexicon.determiners().contains(t.lower())) {
            to++;
        }
        // Read greedily, then end the phrase at its last name word or source noun.
        boolean sawCapital = false;
        int lowerCase = 0;
        int bestEnd = -1;
        while (to < ceiling && to - first < MAX_PHRASE_TOKENS) {
            Token p = tokens.get(to);
            // "Gov. Rick Scott", "Democratic U.S. Rep. Gwen Graham": a title's or a dotted initialism's dot
            if (p.is(".") && to > first && (isHonorific(tokens.get(to - 1)) || isDottedInitialism(tokens.get(to - 1)))) {
                to++;
                continue;
            }
            if (!p.isWord()) {
                break;
            }
            String pl = p.lower();
            if (p.isCapitalized() && !(lexicon.capitalisedNonNames().contains(pl) && to == first)) {
                sawCapital = true;
                to++;
                bestEnd = to;
                continue;
            }
            if (sawCapital && isParticleInName(to, ceiling)) {
                to++;
                continue;
            }
            if (sawCapital && (pl.equals("of") || pl.equals("for") || pl.equals("and"))) {
                boolean joinsNames = to + 1 < ceiling && tokens.get(to + 1).isCapitalized() && isOrganisationName(first, to);
                if (joinsNames) {
                    to++;
                    continue;
                }
                break;
            }
            if (lexicon.phraseBreakers().contains(pl) || pl.endsWith("ly") || ++lowerCase > MAX_LOWER_CASE_MODIFIERS + 1) {
                break;
            }
            to++;
            if (lexicon.isSourceHead(pl)) {
                bestEnd = to;
            }
        }
        if (bestEnd < 0) {
            return Optional.empty();
        }
        SourcePhrase phrase = classify(first, bestEnd);
        if (phrase == null) {
            return ownerSpeaks ? ownedSpeaker(first, bestEnd, to) : Optional.empty();
        }
        return Optional.of(withTrailingQualifier(phrase, ceiling));
    }

    /**
     * "Kantar Media's political ad tracker": something of a named owner's that no word list calls a source,
     * speaking for its owner; the owner is the source and the thing its role. Tokens [first, ownerEnd) are
     * the owner's name ("the" may open it), ending in the possessive, and [ownerEnd, readTo) the lower-case
     * words after it.
     */
    private Optional<SourcePhrase> ownedSpeaker(int first, int ownerEnd, int readTo) {
        if (ownerEnd >= readTo || readTo - ownerEnd > MAX_LOWER_CASE_MODIFIERS + 1
                || !tokens.get(ownerEnd - 1).lower().endsWith("'s")) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(first).span().start(), tokens.get(readTo - 1).span().end());
        int ownerFrom = lexicon.determiners().contains(tokens.get(first).lower()) ? first + 1 : first;
        return possessiveName(ownerFrom, ownerEnd).map(owner -> new SourcePhrase(span, owner.name(), owner.nameSpan(),
                Optional.of(normaliseSpace(slice(ownerEnd, readTo))), owner.type(), owner.reference(),
                owner.fromToken(), readTo));
    }

    /**
     * A role given after the phrase: ", a spokesperson for the Belarusian General Staff," or
     * "of the Economist Intelligence Unit". An anonymous source keeps "for UKIP" in its name.
     */
    private SourcePhrase withTrailingQualifier(SourcePhrase phrase, int ceiling) {
        int at = phrase.toToken();
        if (at >= ceiling) {
            return phrase;
        }
        Token next = tokens.get(at);
        if (next.is(",")) {
            Optional<String> appositive = appositiveAfter(at, ceiling);
            return appositive.isPresent() ? withAppositive(phrase, appositive.get()) : phrase;
        }
        if ((next.is("of") || next.is("for") || next.is("from") || next.is("at")) && at + 1 < ceiling) {
            int end = at + 1;
            while (end < ceiling && tokens.get(end).isWord() && (tokens.get(end).isCapitalized()
                    || tokens.get(end).is("the") || tokens.get(end).is("of") || tokens.get(end).is("for")
                    || tokens.get(end).is("and"))) {
                end++;
            }
            boolean namesSomething = end > at + 1 && tokens.get(end - 1).isCapitalized();
            if (!namesSomething) {
                return phrase;
            }
            String qualifier = slice(at, end);
            if (phrase.type() == ActorType.ANONYMOUS) {
                Span span = new Span(phrase.span().start(), tokens.get(end - 1).span().end());
                return new SourcePhrase(span, normaliseSpace(span.of(text)), span, Optional.of(stripArticle(
                        normaliseSpace(slice(phrase.fromToken(), end)))), ActorType.ANONYMOUS,
                        phrase.reference(), phrase.fromToken(), end);
            }
            return phrase.role().isEmpty() ? phrase.withRole(Optional.of(qualifier)) : phrase;
        }
        return phrase;
    }

    /**
     * The phrase with the role an appositive gives ("X, a spokesperson for Y"), when it has none yet or only
     * a title ("Colonel Andrey Petrov, a spokesperson ..." keeps both: "Colonel, spokesperson ...").
     */
    public SourcePhrase withAppositive(SourcePhrase phrase, String appositive) {
        if (phrase.role().isEmpty()) {
            return phrase.withRole(Optional.of(appositive));
        }
        String role = phrase.role().get();
        boolean bareTitle = role.replace(".", "").split(" ").length == 1 && lexicon.honorifics().isTitle(role);
        return bareTitle ? phrase.withRole(Optional.of(role + ", " + appositive)) : phrase;
    }

    /** The text of an appositive that starts at the comma {@code comma}: up to the next comma or the end. */
    public Optional<String> appositiveAfter(int comma, int ceiling) {
        int end = comma + 1;
        while (end < ceiling && !tokens.get(end).is(",") && !tokens.get(end).is(".") && !tokens.get(end).is(";")
                && tokens.get(end).kind() != Token.Kind.QUOTE && end - comma < 16) {
            end++;
        }
        if (end == comma + 1 || end - comma >= 16) {
            return Optional.empty();
        }
        Token first = tokens.get(comma + 1);
        String firstLower = first.lower();
        boolean roleLike = lexicon.determiners().contains(firstLower) || lexicon.is(firstLower, WordClass.ROLE)
                || firstLower.equals("for") || firstLower.equals("from") || firstLower.equals("of")
                || (end - comma > 2 && lexicon.isSourceHead(tokens.get(end - 1).lower()));
        if (!roleLike || firstLower.equals("who") || firstLower.equals("which")) {
            return Optional.empty();
        }
        return Optional.of(stripArticle(normaliseSpace(slice(comma + 1, end))));
    }

    /** A run of capitalised words read as a name, for the {@link NameIndex}; "Mike Leigh's" names Mike Leigh. */
    public Optional<SourcePhrase> nameRun(int from, int to) {
        while (from < to && lexicon.capitalisedNonNames().contains(tokens.get(from).lower())) {
            from++;
        }
        int title = titleOfOfficeBefore(from);
        if (title >= 0) {
            from = title; // "[Secretary of] State John Kerry": the run is read with its office
        }
        if (to - from >= 2 && tokens.get(to - 1).lower().endsWith("'s")) {
            return possessiveName(from, to);
        }
        return from < to ? Optional.ofNullable(classify(from, to)) : Optional.empty();
    }

    /** The owner a capitalised run ending in the possessive names: "Mike Leigh's" names Mike Leigh. */
    private Optional<SourcePhrase> possessiveName(int from, int to) {
        if (!tokens.get(from).isCapitalized()) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        return Optional.ofNullable(classifyName(from, from, to, "", span, true))
                .map(p -> new SourcePhrase(p.span(), stripPossessive(p.name()), p.nameSpan(), p.role(), p.type(),
                        p.reference(), p.fromToken(), p.toToken()));
    }

    /**
     * The source phrase for tokens [from, to) that a tagger marked as a source: a subject pronoun, or read as
     * the word lists read it (its whole extent, a plural of people among them, else the phrase ending at its
     * last token), else a capitalised name they do not know, first taken for an organisation. Anything else
     * ("the budget", "figures", "who") is no source.
     */
    public Optional<SourcePhrase> phraseOf(int from, int to) {
        while (from < to && !tokens.get(from).isWord()) {
            from++;
        }
        if (to > from) {
            to = beforeAside(to - 1, from) + 1;
        }
        while (to > from && !tokens.get(to - 1).isWord()) {
            to--;
        }
        to = beforeTimeOfSpeech(from, to);
        if (to - from == 1 && lexicon.isSubjectPronoun(tokens.get(from).lower())) {
            return Optional.of(classify(from, to)); // "he", "they": resolved to their antecedent by the actor stage
        }
        if (from >= to || tokens.get(to - 1).lower().endsWith("'s")
                || to - from == 1 && lexicon.capitalisedNonNames().contains(tokens.get(from).lower())
                || isLoneArticle(from, to)) {
            // "Mr Brown's" names an owner, "Tuesday" a day, a sentence's opening "The" nobody: none speaks
            return Optional.empty();
        }
        SourcePhrase whole = classify(from, to);
        if (whole != null) {
            return Optional.of(whole);
        }
        Optional<SourcePhrase> ending = plainEndingAt(to - 1, from);
        if (ending.isPresent()) {
            return ending;
        }
        // Otherwise only a name the word lists do not know: capitalised words, not a sentence opener or a month.
        Token head = tokens.get(to - 1);
        boolean name = to - from <= MAX_PHRASE_TOKENS && isNameHead(to - 1) && !lexicon.honorifics().contains(head.lower());
        if (!name) {
            return Optional.empty();
        }
        Span span = new Span(tokens.get(from).span().start(), head.span().end());
        return Optional.of(new SourcePhrase(span, stripArticle(normaliseSpace(span.of(text))), span, Optional.empty(),
                ActorType.ORGANIZATION, SourcePhrase.Reference.NAME, from, to));
    }

    /**
     * The end of tokens [from, to) before a closing "in July" or "on Monday", when the day or month is when the
     * source spoke and a name stands before it ("Band Aid founder Bob Geldof in July said"), or before a bare day
     * or month after a lower-case word ("New polls released Sunday showed"); {@code to} otherwise.
     */
    private int beforeTimeOfSpeech(int from, int to) {
        if (to - from < 2) {
            return to;
        }
        Token when = tokens.get(to - 1);
        Token before = tokens.get(to - 2);
        boolean dayOrMonth = when.isCapitalized() && lexicon.capitalisedNonNames().contains(when.lower())
                && !lexicon.isSubjectPronoun(when.lower()) && !opensSentence[to - 1];
        if (!dayOrMonth) {
            return to;
        }
        if (before.isWord() && !before.isCapitalized() && !before.is("in") && !before.is("on")) {
            return to - 1;
        }
        return to - from >= 3 && (before.is("in") || before.is("on")) && tokens.get(to - 3).isCapitalized()
                ? to - 2 : to;
    }

    /**
     * A possessive pronoun that owns a nominal cue ("her remark that ...", "his claim that ..."): the source,
     * named by its subject pronoun ("she") so the actor stage resolves it like one. Empty for any other word.
     */
    public Optional<SourcePhrase> possessiveOwner(int at) {
        Span span = tokens.get(at).span();
        return lexicon.subjectOfPossessive(tokens.get(at).lower()).filter(lexicon::isSubjectPronoun)
                .map(subject -> new SourcePhrase(span, subject, span, Optional.empty(), lexicon.pronounType(subject),
                        SourcePhrase.Reference.PRONOUN, at, at + 1));
    }

    /** Builds a phrase from tokens [from, to), or null when they do not name a source. */
    public SourcePhrase classify(int from, int to) {
        Token last = tokens.get(to - 1);
        String headLower = last.lower();
        Span span = new Span(tokens.get(from).span().start(), last.span().end());
        if (to - from == 1 && lexicon.isSubjectPronoun(headLower)) {
            ActorType type = lexicon.pronounType(headLower);
            return new SourcePhrase(span, last.text(), span, Optional.empty(), type, SourcePhrase.Reference.PRONOUN,
                    from, to);
        }
        if (isLoneArticle(from, to)) {
            return null; // a sentence's opening "The" before a cue read as a verb ("The comments come after ...")
        }
        if (to - from >= 2 && shareStart(to - 1, from) == from) {
            return share(from, to);
        }
        if (lexicon.isPollWord(headLower)) {
            return pollster(from, to - 1).orElse(null);
        }
        if (to - from == 1 && lexicon.isGroupQuantifier(headLower)) {
            return new SourcePhrase(span, last.text(), span, Optional.empty(), ActorType.GROUP,
                    SourcePhrase.Reference.DESCRIPTION, from, to);
        }
        int start = from;
        String determiner = "";
        if (lexicon.determiners().contains(tokens.get(start).lower()) && !tokens.get(start).isCapitalized()
                || (lexicon.determiners().contains(tokens.get(start).lower()) && to - start > 1)) {
            determiner = tokens.get(start).lower();
            start++;
        }
        if (start >= to) {
            return null;
        }
        if (to - start == 1 && last.isCapitalized() && lexicon.is(headLower, WordClass.GROUP)) {
            return new SourcePhrase(span, normaliseSpace(span.of(text)), span, Optional.empty(), ActorType.GROUP,
                    SourcePhrase.Reference.DESCRIPTION, from, to);
        }
        int placed = placedGroupHead(start, to);
        if (placed >= 0) {
            String name = stripArticle(normaliseSpace(span.of(text)));
            return new SourcePhrase(span, name, span, Optional.empty(), ActorType.GROUP,
                    SourcePhrase.Reference.DESCRIPTION, from, to);
        }
        // "Hours later", "Such attacks": one capitalised word that only opens its sentence is read as the word it is
        if (last.isCapitalized() && !(to - start == 1 && isCapitalisedOpener(start))) {
            return classifyName(from, start, to, determiner, span, false);
        }
        String wholeName = normaliseSpace(span.of(text));
        // "analysts", and a plural the lists do not know right before a cue ("Shop owners said")
        if (lexicon.is(headLower, WordClass.GROUP) || lexicon.isPluralCommonNoun(headLower) && noPrepositionIn(start, to)) {
            return new SourcePhrase(span, stripArticle(wholeName), span, Optional.empty(), ActorType.GROUP,
                    SourcePhrase.Reference.DESCRIPTION, from, to);
        }
        boolean indefinite = determiner.equals("a") || determiner.equals("an") || determiner.equals("one")
                || determiner.equals("another");
        // "a consultant", "a senior aide": an indefinite office introduces someone unnamed, never an earlier person
        if ((lexicon.is(headLower, WordClass.ANONYMOUS) || lexicon.is(headLower, WordClass.ROLE)) && indefinite) {
            Optional<String> role = Optional.of(normaliseSpace(slice(start, to)));
            return new SourcePhrase(span, wholeName, span, role, ActorType.ANONYMOUS,
                    SourcePhrase.Reference.DESCRIPTION, from, to);
        }
        if (lexicon.is(headLower, WordClass.ORG)) {
            return new SourcePhrase(span, stripArticle(wholeName), span, Optional.empty(), ActorType.ORGANIZATION,
                    SourcePhrase.Reference.DESCRIPTION, from, to);
        }
        // "the minister", and "Donald Trump's campaign manager": an owner's name stands for the article
        if ((lexicon.is(headLower, WordClass.ROLE) || lexicon.is(headLower, WordClass.ANONYMOUS))
                && (!determiner.isEmpty() || hasPossessive(start, to - 1))) {
            return new SourcePhrase(span, wholeName, span, Optional.of(normaliseSpace(slice(start, to))),
                    ActorType.PERSON, SourcePhrase.Reference.OFFICE, from, to);
        }
        return null;
    }

    /** Whether a word of tokens [from, to) is a possessive ("Trump's", "the company's"). */
    private boolean hasPossessive(int from, int to) {
        for (int i = from; i < to; i++) {
            if (tokens.get(i).lower().endsWith("'s")) {
                return true;
            }
        }
        return false;
    }

    /** Whether no word of tokens [from, to) is a preposition ("among sweeteners" is no group of people). */
    private boolean noPrepositionIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isPreposition(i)) {
                return false;
            }
        }
        return true;
    }

    /** A group noun followed by a preposition inside the phrase ("officials in ... Hessen"), or -1. */
    private int placedGroupHead(int from, int to) {
        for (int i = from; i + 1 < to; i++) {
            Token t = tokens.get(i);
            Token next = tokens.get(i + 1);
            if (t.isWord() && lexicon.is(t.lower(), WordClass.GROUP)
                    && (next.is("in") || next.is("of") || next.is("from") || next.is("at"))) {
                return i;
            }
        }
        return -1;
    }

    private SourcePhrase classifyName(int from, int start, int to, String determiner, Span span, boolean owner) {
        // The name is the run of capitalised words at the end that are not role words; what precedes is the role.
        int nameFrom = to;
        while (nameFrom - 1 >= start) {
            Token p = tokens.get(nameFrom - 1);
            String pl = p.lower();
            if (isDotInName(nameFrom - 1, start)) {
                nameFrom--;
                continue;
            }
            // an owner's name ends in the possessive ("Mike Leigh's film"); any other name never does
            boolean possessive = pl.endsWith("'s") && !(owner && nameFrom == to);
            // A title is the role, but one written in full may begin a one-word name: "General Motors";
            // a party before a person's name is the role too: "Democrat Zephyr Teachout"
            boolean splitsOff = isTitle(p) && (abbreviated(nameFrom - 1) || isPersonsName(nameFrom, to))
                    || lexicon.partyAffiliations().contains(pl) && isPersonsName(nameFrom, to);
            boolean surnameRole = nameFrom == to && lexicon.is(pl, WordClass.ROLE) && isSurnameAt(nameFrom - 1, start);
            // "Houston-based Continental": the place the firm is based in describes it, and joins the role
            boolean nameWord = p.isCapitalized() && (!lexicon.is(pl, WordClass.ROLE) || surnameRole) && !splitsOff
                    && !possessive && !lexicon.isHyphenatedModifier(pl);
            boolean joiner = (pl.equals("of") || pl.equals("for") || pl.equals("and"))
                    && nameFrom - 2 >= start && tokens.get(nameFrom - 2).isCapitalized();
            boolean particle = nameFrom < to && isParticleInName(nameFrom - 1, to) && followsNameWord(nameFrom - 1, start);
            if (nameWord || particle || (joiner && isOrganisationName(start, to))) {
                nameFrom--;
            } else {
                break;
            }
        }
        int officeObject = officeObject(start, nameFrom, to);
        if (officeObject >= 0) {
            nameFrom = nameAfterOffice(officeObject, to);
        }
        if (nameFrom == to) {
            // "the Prime Minister", "the Secretary of State": capitalised office, no name
            boolean namesOffice = officeObject >= 0 || lexicon.is(tokens.get(to - 1).lower(), WordClass.ROLE);
            if (!determiner.isEmpty() && namesOffice) {
                String office = normaliseSpace(span.of(text));
                return new SourcePhrase(span, office, span, Optional.of(normaliseSpace(slice(start, to))),
                        ActorType.PERSON, SourcePhrase.Reference.OFFICE, from, to);
            }
            return null;
        }
        Optional<SourcePhrase> placedPerson = personOfPlace(from, start, nameFrom, to, determiner, span);
        if (placedPerson.isPresent()) {
            return placedPerson.get();
        }
        if (determiner.equals("the") && isOfficeOf(start, nameFrom) && nameType(nameFrom, to) != ActorType.PERSON) {
            // "the mayor of London", "the head of the IMF": the office's holder speaks, not the place or the body
            return new SourcePhrase(span, normaliseSpace(span.of(text)), span,
                    Optional.of(normaliseSpace(slice(start, to))), ActorType.PERSON, SourcePhrase.Reference.OFFICE,
                    from, to);
        }
        Span nameSpan = new Span(tokens.get(nameFrom).span().start(), tokens.get(to - 1).span().end());
        String name = normaliseSpace(nameSpan.of(text));
        Optional<String> role = nameFrom > start
                ? Optional.of(normaliseSpace(slice(start, nameFrom))).map(NounPhraseReader::stripPossessive)
                : Optional.empty();
        // "President Obama", "Chancellor Merkel": an office written before a one-word name is a person's
        boolean officeBefore = to - nameFrom == 1 && nameFrom > start && isCapitalisedTitle(nameFrom - 1);
        ActorType type = hasTitle(start, nameFrom) ? ActorType.PERSON : nameType(nameFrom, to);
        if (officeBefore && type == ActorType.ORGANIZATION && !isOrganisationName(nameFrom, to)
                && !isPlaceName(nameFrom, to) && !isAcronym(tokens.get(nameFrom).text())) {
            type = ActorType.PERSON;
        }
        // "Atlantic City Mayor Don Guardian": an office, then a first name, names a person whatever the surname
        boolean officeAndFirstName = nameFrom > start && to - nameFrom >= 2 && isCapitalisedTitle(nameFrom - 1)
                && FIRST_NAMES.isFirstName(tokens.get(nameFrom).lower());
        if (officeAndFirstName && type == ActorType.ORGANIZATION && !isPlaceName(nameFrom, to)) {
            type = ActorType.PERSON;
        }
        if (type == ActorType.ORGANIZATION && lexicon.is(tokens.get(to - 1).lower(), WordClass.ORG)
                && !determiner.isEmpty() && nameFrom == start) {
            name = normaliseSpace(nameSpan.of(text)); // "the Musicians' Union" is named without its article
        }
        return new SourcePhrase(span, name, nameSpan, role, type, SourcePhrase.Reference.NAME, from, to);
    }

    /** Whether tokens [start, nameFrom) are a lower-case office and its "of" ("mayor of", "head of the"). */
    private boolean isOfficeOf(int start, int nameFrom) {
        int of = nameFrom - 1 > start && tokens.get(nameFrom - 1).is("the") ? nameFrom - 2 : nameFrom - 1;
        return of - 1 >= start && tokens.get(of).is("of") && !tokens.get(of - 1).isCapitalized()
                && lexicon.is(tokens.get(of - 1).lower(), WordClass.ROLE);
    }

    /**
     * The first word of an office's object inside the phrase, where "title of X" or "title of the X" opens the run
     * of name words from {@code nameFrom} ("Secretary of [State John Kerry]", "Chancellor of the [Exchequer Gordon
     * Brown]", "RNC Chief [of Staff Katie Walsh]"); -1 where there is none.
     */
    private int officeObject(int start, int nameFrom, int to) {
        int object = nameFrom < to && tokens.get(nameFrom).is("of") ? nameFrom + 1 : nameFrom;
        return object < to && titleOfOfficeBefore(object) >= start ? object : -1;
    }

    /**
     * Where the person's name starts after the office whose object starts at {@code object}: at the first known
     * first name after the object's first word, else at the last two words (the last one after a one-word office:
     * "Secretary of State Kerry"); {@code to} when the office names nobody ("the Secretary of State").
     */
    private int nameAfterOffice(int object, int to) {
        if (tokens.get(object).is("the")) {
            object++; // "Editor of The Guardian ...": the article opens the object
        }
        for (int i = object + 1; i < to - 1; i++) {
            if (FIRST_NAMES.isFirstName(tokens.get(i).lower())) {
                return i;
            }
        }
        int words = to - object;
        return words <= 1 ? to : words == 2 ? to - 1 : to - 2;
    }

    /**
     * The title of an office written "Title of" or "Title of the" right before {@code at} ("[Secretary of] State",
     * "[Chancellor of the] Exchequer"): its index, or -1 where there is none.
     */
    private int titleOfOfficeBefore(int at) {
        int of = at >= 1 && tokens.get(at - 1).is("the") ? at - 2 : at - 1;
        return of >= 1 && tokens.get(of).is("of") && isCapitalisedTitle(of - 1) ? of - 1 : -1;
    }

    /** A capitalised role word ("Secretary", "Chief"): the title of an office written "title of X". */
    private boolean isCapitalisedTitle(int at) {
        Token t = tokens.get(at);
        return t.isCapitalized() && lexicon.is(t.lower(), WordClass.ROLE);
    }

    /**
     * "Senator Bernie Sanders of Vermont", "Rep. Steve King of Iowa": a person's name, then "of" and a place
     * (place-names.tsv), names the person; the place joins the role. Empty for anything else ("the head of
     * Greenpeace", "the Bank of England").
     */
    private Optional<SourcePhrase> personOfPlace(int from, int start, int placeFrom, int to, String determiner,
                                                 Span span) {
        int of = placeFrom - 1;
        if (of - 1 <= start || !tokens.get(of).is("of") || !isPlaceName(placeFrom, to)) {
            return Optional.empty();
        }
        SourcePhrase head = classifyName(from, start, of, determiner, span, false);
        if (head == null || head.type() != ActorType.PERSON || head.reference() != SourcePhrase.Reference.NAME) {
            return Optional.empty();
        }
        String place = normaliseSpace(slice(of, to));
        return Optional.of(new SourcePhrase(span, head.name(), head.nameSpan(),
                Optional.of(head.role().map(r -> r + " " + place).orElse(place)), ActorType.PERSON,
                SourcePhrase.Reference.NAME, from, to));
    }

    /** Whether the words of tokens [from, to) are a place's name (place-names.tsv): "New Hampshire". */
    public boolean isPlaceName(int from, int to) {
        StringBuilder words = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (tokens.get(i).isWord()) {
                words.append(words.isEmpty() ? "" : " ").append(tokens.get(i).lower());
            }
        }
        return lexicon.placeNames().contains(words.toString());
    }

    private ActorType nameType(int from, int to) {
        boolean honorific = false;
        boolean organisationWord = false;
        boolean acronym = false;
        int words = 0;
        for (int i = from; i < to; i++) {
            Token t = tokens.get(i);
            if (!t.isWord()) {
                continue;
            }
            words++;
            String l = t.lower();
            honorific |= isHonorific(t);
            organisationWord |= isOrganisationWord(l);
            // "Guy Mansfield QC": letters after a name of two words or more are the person's, not an acronym
            boolean postNominal = i == to - 1 && words >= 3 && lexicon.postNominals().contains(l);
            acronym |= isAcronym(t.text()) && !postNominal;
        }
        if (honorific) {
            return ActorType.PERSON;
        }
        // "Liberal Democrats", "Senate Republicans": a name ending in a plural of people is a party or a group,
        // never a person to resolve "he" or "the Tory source" to
        boolean plural = words >= 2 && lexicon.is(tokens.get(to - 1).lower(), WordClass.GROUP);
        if (organisationWord || acronym || plural || isPlaceName(from, to)) {
            return ActorType.ORGANIZATION;
        }
        // A lone capitalised word is taken for an organisation until it is found to be a person's surname.
        return words >= 2 ? ActorType.PERSON : ActorType.ORGANIZATION;
    }

    /** Whether a word of tokens [from, to) makes a capitalised name an organisation's ("Fund", "Union"). */
    public boolean isOrganisationName(int from, int to) {
        for (int i = from; i < to && i < tokens.size(); i++) {
            if (tokens.get(i).isWord() && isOrganisationWord(tokens.get(i).lower())) {
                return true;
            }
        }
        return false;
    }

    /** A word that makes a capitalised name an organisation's: "Union", "Forum", "House" in "White House". */
    private boolean isOrganisationWord(String lower) {
        String word = POSSESSIVE_END.matcher(lower).replaceFirst("");
        return lexicon.is(word, WordClass.ORG) || lexicon.is(word, WordClass.NAME_ORG);
    }

    /** Whether what stands before {@code at} makes it the last word of a name: "John Kelly", "John E. Kelly". */
    private boolean isLastWordOfName(int at, int floor) {
        if (at - 1 < floor) {
            return false;
        }
        Token before = tokens.get(at - 1);
        if (before.isWord()) {
            return before.isCapitalized();
        }
        return isDotInNameRun(at - 1, floor);
    }

    /**
     * Whether the token at {@code at} is a name particle that more of the name follows, up to {@code ceiling}:
     * "de" in "Marco de Vries", "von" and "der" in "Ursula von der Leyen".
     */
    private boolean isParticleInName(int at, int ceiling) {
        int i = at;
        while (i < ceiling && i < tokens.size() && lexicon.nameParticles().contains(tokens.get(i).text())) {
            i++;
        }
        return i > at && i < ceiling && i < tokens.size() && tokens.get(i).isCapitalized();
    }

    /** Whether a capitalised word comes before the particles that end at {@code at}, from {@code floor} on. */
    private boolean followsNameWord(int at, int floor) {
        int i = at - 1;
        while (i >= floor && lexicon.nameParticles().contains(tokens.get(i).text())) {
            i--;
        }
        return i >= floor && tokens.get(i).isCapitalized();
    }

    /**
     * Whether the token at {@code at} is a dot inside a name: after a form of address that stays in the
     * name ("Dr.") or an initial ("E."); the dot after a title ("Gov.") ends the role before the name.
     */
    public boolean isDotInName(int at, int floor) {
        return at - 1 >= floor && tokens.get(at).is(".") && (isInitial(tokens.get(at - 1))
                || isHonorific(tokens.get(at - 1)) && !isTitle(tokens.get(at - 1)));
    }

    /**
     * Where the run of name words that starts at the capitalised token {@code from} ends (exclusive), before
     * {@code end}: capitalised words, and the dots ("Dr.", "John E. Kelly") and particles ("Marco de Vries") inside
     * a name. The name indexes read an article's names run by run with it.
     */
    public int nameRunEnd(int from, int end) {
        int j = from;
        while (j < end && (tokens.get(j).isCapitalized() || isDotInNameRun(j, from) || isParticleInName(j, end))) {
            j++;
        }
        return j;
    }

    /** Whether the token at {@code at} is a dot that a run of name words reads past: after any honorific or an initial. */
    private boolean isDotInNameRun(int at, int floor) {
        return at - 1 >= floor && tokens.get(at).is(".")
                && (isHonorific(tokens.get(at - 1)) || isInitial(tokens.get(at - 1)));
    }

    /** A title of office or rank before a name ("Gov.", "Maj.", "Senator"): it belongs to the role. */
    private boolean isTitle(Token t) {
        return isHonorific(t) && lexicon.honorifics().isTitle(t.lower());
    }

    private boolean abbreviated(int at) {
        return at + 1 < tokens.size() && tokens.get(at + 1).is(".");
    }

    /** Whether tokens [from, to) read as a person's full name: two words or more, no organisation word. */
    private boolean isPersonsName(int from, int to) {
        return wordsIn(from, to) >= 2 && !isOrganisationName(from, to);
    }

    private int wordsIn(int from, int to) {
        int words = 0;
        for (int i = from; i < to; i++) {
            words += tokens.get(i).isWord() ? 1 : 0;
        }
        return words;
    }

    private boolean hasTitle(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isTitle(tokens.get(i))) {
                return true;
            }
        }
        return false;
    }

    /** "U.S", "U.K", "D.C": capitals joined by dots (the tokenizer leaves the last dot apart). */
    private static boolean isDottedInitialism(Token t) {
        return t.isWord() && t.text().matches("\\p{Lu}(?:\\.\\p{Lu})+");
    }

    static boolean isInitial(Token t) {
        return t.isWord() && t.text().length() == 1 && Character.isUpperCase(t.text().charAt(0));
    }

    /**
     * Whether the role word at {@code at}, the last of a name, is a surname: after a first name ("Steve King",
     * "Howard Dean") or a form of address ("Mr. King", "Dr Bishop").
     */
    private boolean isSurnameAt(int at, int floor) {
        int before = at - 1;
        if (before >= floor && tokens.get(before).is(".")) {
            before--;
        }
        if (before < floor || !tokens.get(before).isCapitalized()) {
            return false;
        }
        Token t = tokens.get(before);
        return FIRST_NAMES.isFirstName(t.lower()) || isHonorific(t) && !lexicon.honorifics().isTitle(t.lower());
    }

    /** Tokens [from, to) are one article alone, which names nobody ("The comments come after ..."). */
    private boolean isLoneArticle(int from, int to) {
        return to - from == 1 && LONE_ARTICLES.contains(tokens.get(from).lower());
    }

    public boolean isHonorific(Token t) {
        return t.isWord() && t.isCapitalized() && lexicon.honorifics().contains(t.lower());
    }

    /** Whether a word is written mostly in capitals, as an organisation's initials are: "BBC", "MPs", "PwC". */
    public static boolean isAcronym(String word) {
        int upper = 0;
        for (int i = 0; i < word.length(); i++) {
            if (Character.isUpperCase(word.charAt(i))) {
                upper++;
            }
        }
        // "MPs" and "PwC" are acronyms; "McKee" and "LaRue", which end in two small letters, are surnames
        int n = word.length();
        boolean endsInASyllable = n >= 2 && Character.isLowerCase(word.charAt(n - 1))
                && Character.isLowerCase(word.charAt(n - 2));
        return upper >= 2 && !endsInASyllable
                && upper * 2 >= NOT_A_LETTER.matcher(word).replaceAll("").length() - 1;
    }

    private String slice(int from, int to) {
        return text.substring(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
    }

    public static String normaliseSpace(String s) {
        return ANY_SPACES.matcher(s).replaceAll(" ").trim(); // every Unicode space, no-break ones too
    }

    public static String stripArticle(String s) {
        return s.replaceFirst("^(?i:the|a|an) ", "");
    }

    private static String stripPossessive(String s) {
        return s.replaceFirst("['\u2019]s?$", "");
    }
}
