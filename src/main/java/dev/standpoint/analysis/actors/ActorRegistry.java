package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.phrases.OrganisationNames;
import dev.standpoint.analysis.phrases.PersonNames;
import dev.standpoint.analysis.phrases.SourcePhrase;
import dev.standpoint.analysis.words.Honorifics;
import dev.standpoint.analysis.words.LexiconFile;
import dev.standpoint.analysis.words.NamePronouns;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Groups source phrases, read in text order, into actors. A surname joins its full name ("Mr
 * Kilroy-Silk" with "Robert Kilroy-Silk"), also when the full name only appeared in passing (the
 * {@link PersonNames}); "he"/"she" join the last person who spoke, or failing that the last person
 * named, unless an honorific says otherwise ("he" never joins "Ms Tymoshenko"); "they" and "it" join
 * the last group or organisation within two sentences; an office ("the minister") joins the person
 * holding it, the last speaker, or, in the lead or with a possessive ("its chief"), the person the next
 * sentences name; "the company" (and its kin) the organisation that last spoke; groups and unnamed
 * sources join by their phrase.
 */
final class ActorRegistry {

    private static final int PRONOUN_REACH_SENTENCES = 6;
    private static final int NAMED_REACH_SENTENCES = 3;
    private static final int IT_THEY_REACH_SENTENCES = 2;
    /** How far a poll's figures run on after its group was last named: a paragraph or two of shares. */
    private static final int SHARE_REACH_SENTENCES = 4;
    private static final int CATAPHORA_REACH_SENTENCES = 2;
    private static final int LEAD_SENTENCES = 2;
    /** "some", "several": quantifiers left out of a group's key, as possessives are ("Some analysts" is "analysts"). */
    private static final WordList GROUP_QUANTIFIERS = WordList.load("group-quantifiers.tsv");
    /** Places, whose names never stand for an organisation they open ("New York" is not the New York Times). */
    private static final WordList PLACE_NAMES = WordList.load("place-names.tsv");
    /** "pm" -> "prime minister": an abbreviated office in full, to be matched against the roles of named persons. */
    private static final Map<String, String> OFFICE_ABBREVIATIONS = LexiconFile.rows("office-abbreviations.tsv").stream()
            .collect(Collectors.toUnmodifiableMap(row -> row[0], row -> row[1]));
    /** "28 percent of voters", "Just 54% of the firms": the group after a share. */
    private static final Pattern SHARE_OF_A_GROUP = Pattern.compile(
            "(?i)(?:only |just |about |nearly |almost |over |more than |fewer than |less than )?"
                    + "\\d+(?:\\.\\d+)? ?(?:percent|per cent|%) of (?:the )?(.+)");
    /** "46 percent", "Twenty-four percent": a share that names no group (SourceWords reads the number). */
    private static final Pattern BARE_SHARE = Pattern.compile("(?i)\\S+ ?(?:percent|per cent|%)");
    /** "a rival firm", "its parent company": read once, not per article as the registry is made. */
    private static final WordList DISTINGUISHING_MODIFIERS = WordList.load("distinguishing-modifiers.tsv");

    /** An actor being assembled. */
    static final class Entry {
        private final int index;
        private ActorType type;
        private String name;
        private Optional<String> role;
        private final List<Span> mentions = new ArrayList<>();
        private final int firstSentence;
        private int lastSentence;
        private boolean awaitsName;
        /** "he" or "she" once an honorific ("Ms Tymoshenko") or a pronoun has told; empty until then. */
        private String pronoun = "";

        Entry(int index, SourcePhrase phrase, int sentence) {
            this.index = index;
            this.type = phrase.type();
            this.name = phrase.name();
            this.role = phrase.role();
            this.firstSentence = sentence;
            this.lastSentence = sentence;
        }

        int index() {
            return index;
        }

        ActorType type() {
            return type;
        }

        String name() {
            return name;
        }

        Optional<String> role() {
            return role;
        }

        List<Span> mentions() {
            return mentions;
        }
    }

    /** How an attribution's source phrase was joined to its actor: the rule's name goes into its provenance. */
    record Link(Entry entry, String rule) {
    }

    private final PersonNames names;
    private final OrganisationNames organisations;
    private final NamePronouns namePronouns = NamePronouns.load();
    private final WordList possessives;
    private final WordList organisationAnaphors;
    private final WordList prepositions;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Entry> byKey = new HashMap<>();
    /** Each surname's persons: "Bill Clinton" and "Hillary Clinton" are two, "Mr Kilroy-Silk" and "Robert Kilroy-Silk" one. */
    private final Map<String, List<Entry>> persons = new HashMap<>();
    private final Map<Integer, Integer> mergedInto = new HashMap<>();
    /** Named organisations by the opening words of their names ("continental" for Continental Airlines). */
    private final Map<String, Entry> organisationsByOpeningWords = new HashMap<>();
    /** Why each merged entry joined another: the rule its attributions' links then carry. */
    private final Map<Integer, String> joinedBy = new HashMap<>();
    private Entry lastPerson;
    private Entry lastCollective;
    /** The group the last poll's share spoke for ("28 percent of voters"): whom "46 percent said" goes on with. */
    private Entry lastSharedGroup;
    private Entry lastOrganisation;

    ActorRegistry(PersonNames names, OrganisationNames organisations, WordList possessives,
                  WordList organisationAnaphors, WordList prepositions) {
        this.names = names;
        this.organisations = organisations;
        this.possessives = possessives;
        this.organisationAnaphors = organisationAnaphors;
        this.prepositions = prepositions;
    }

    /**
     * Finds or creates the actor a source phrase refers to; empty when a pronoun has nothing to refer to.
     * {@code saidWords} are the contents its cue introduces: a person named in them is spoken about, never the one
     * a pronoun or an office stands for ("Mr. Trump is so reckless, the vice president said" is not Mr. Trump's).
     */
    Optional<Link> resolve(SourcePhrase phrase, int sentence, List<Span> saidWords) {
        Link link = switch (phrase.reference()) {
            case PRONOUN -> resolvePronoun(phrase, sentence, saidWords);
            case OFFICE -> resolveOffice(phrase, sentence, saidWords);
            case NAME -> new Link(resolveName(phrase, sentence), "name");
            case DESCRIPTION -> resolveDescription(phrase, sentence);
        };
        if (link == null) {
            return Optional.empty();
        }
        Entry entry = link.entry();
        if (entry.pronoun.isEmpty()) {
            entry.pronoun = phrase.isPronoun() ? pronounOf(phrase) : namePronouns.of(phrase.name());
        }
        entry.mentions.add(phrase.reference() == SourcePhrase.Reference.NAME ? phrase.nameSpan() : phrase.span());
        entry.lastSentence = sentence;
        if (entry.role.isEmpty()) {
            entry.role = phrase.role();
        }
        switch (entry.type) {
            case PERSON, ANONYMOUS -> lastPerson = entry;
            case GROUP -> lastCollective = entry;
            case ORGANIZATION -> {
                lastOrganisation = entry;
                lastCollective = entry;
            }
        }
        return Optional.of(link);
    }

    /**
     * Joins offices still waiting for a name ("its chief has said" in the lead) to the first person
     * named as a source in the sentences that follow. Call once, after every phrase is resolved.
     */
    void finish() {
        for (Entry office : entries) {
            if (!office.awaitsName || mergedInto.containsKey(office.index)) {
                continue;
            }
            for (Entry e : entries) {
                boolean namedSoonAfter = e.type == ActorType.PERSON && !e.awaitsName && e.index != office.index
                        && e.firstSentence > office.firstSentence
                        && e.firstSentence - office.firstSentence <= CATAPHORA_REACH_SENTENCES;
                // "Trump's campaign manager said ... Mark Hill, the chief executive": another office, another person
                if (namedSoonAfter && e.role.map(r -> holdsHeadOf(r, office.name)).orElse(true)) {
                    e.mentions.addAll(office.mentions);
                    if (e.role.isEmpty()) {
                        e.role = office.role;
                    }
                    mergedInto.put(office.index, e.index);
                    joinedBy.put(office.index, "office-named-after");
                    break;
                }
            }
        }
    }

    /** Whether a stated role has the office's head word: "chief executive" for "its chief", not for "his aide". */
    private static boolean holdsHeadOf(String role, String office) {
        String[] words = key(office).split(" ");
        return Arrays.asList(key(role).split(" ")).contains(words[words.length - 1]);
    }

    /** Another place the text refers to the entry's actor ("who" after the name). */
    void mention(Entry entry, Span span) {
        entry.mentions.add(span);
    }

    /** The actor an entry index ended up in after {@link #finish()} and {@link #joinInitialisms}. */
    int canonical(int index) {
        return mergedInto.getOrDefault(index, index);
    }

    /** The rule by which a merged entry joined its canonical actor ("office-named-after", "initialism"). */
    Optional<String> joinedBy(int index) {
        return Optional.ofNullable(joinedBy.get(index));
    }

    /** The actors, merged ones left out. */
    List<Entry> entries() {
        return entries.stream().filter(e -> !mergedInto.containsKey(e.index)).toList();
    }

    /**
     * Joins an organisation that speaks by its initialism to the one that speaks by the name those letters spell
     * ("AP reported" and "the Associated Press reported"): one actor, under the name in full. Call after
     * {@link #finish}.
     */
    void joinInitialisms(Function<String, Optional<String>> expansion) {
        Map<String, Entry> byName = new HashMap<>();
        for (Entry e : entries()) {
            if (e.type == ActorType.ORGANIZATION) {
                byName.putIfAbsent(e.name, e);
            }
        }
        for (Entry e : entries()) {
            Entry full = e.type == ActorType.ORGANIZATION ? expansion.apply(e.name).map(byName::get).orElse(null) : null;
            if (full != null && full.index != e.index) {
                full.mentions.addAll(e.mentions);
                mergedInto.put(e.index, full.index);
                joinedBy.put(e.index, "initialism");
            }
        }
    }

    Entry entry(int index) {
        return entries.get(index);
    }

    /** The persons named before the phrase, nearest first, within {@code reach} sentences, outside the said words. */
    private List<PersonNames.PersonName> namedBefore(SourcePhrase phrase, int sentence, int reach,
                                                     List<Span> saidWords) {
        return names.before(phrase.fromToken(), sentence, reach).stream()
                .filter(n -> saidWords.stream().noneMatch(said -> said.contains(n.phrase().nameSpan()))).toList();
    }

    private Link resolvePronoun(SourcePhrase phrase, int sentence, List<Span> saidWords) {
        String gendered = pronounOf(phrase);
        if (!gendered.isEmpty()) {
            boolean lastPersonNear = lastPerson != null && sentence - lastPerson.lastSentence <= PRONOUN_REACH_SENTENCES;
            // a person named since the last source spoke, in this sentence or the one before, whose name says
            // the pronoun fits, or who opens a sentence as its subject and whose name does not rule it out: "Trump
            // spoke in Iowa. Later Hillary Clinton toured Ohio. She said ...", "Piers Freelove is an officer. He said"
            for (PersonNames.PersonName named : namedBefore(phrase, sentence, 1, saidWords)) {
                boolean since = lastPerson == null || named.sentence() > lastPerson.lastSentence;
                Optional<Entry> person = since ? fitting(named, gendered, !named.opensSentence(), sentence)
                        : Optional.empty();
                if (person.isPresent()) {
                    return new Link(person.get(), "pronoun-named-since");
                }
            }
            if (lastPersonNear && agrees(lastPerson.pronoun, gendered)) {
                return new Link(lastPerson, "pronoun-last-source");
            }
            // "she" after "Mr Yushchenko": the nearest person named whom the pronoun can fit ("he" after "Hillary
            // Clinton" and "Bill Clinton" is Bill)
            for (PersonNames.PersonName named : namedBefore(phrase, sentence, NAMED_REACH_SENTENCES, saidWords)) {
                Optional<Entry> person = fitting(named, gendered, false, sentence);
                if (person.isPresent()) {
                    return new Link(person.get(), "pronoun-last-named");
                }
            }
            return lastPersonNear && lastPerson.pronoun.isEmpty() ? new Link(lastPerson, "pronoun-last-source") : null;
        }
        Entry candidate = phrase.name().equalsIgnoreCase("they") ? lastCollective : lastOrganisation;
        return candidate != null && sentence - candidate.lastSentence <= IT_THEY_REACH_SENTENCES
                ? new Link(candidate, "pronoun-last-collective") : null;
    }

    /**
     * The named person's actor if the pronoun can stand for them: their name does not rule it out (or, when
     * {@code nameMustTell}, says it), nor does a pronoun that already stood for them.
     */
    private Optional<Entry> fitting(PersonNames.PersonName named, String pronoun, boolean nameMustTell, int sentence) {
        String byName = namePronouns.of(named.phrase().name());
        if (nameMustTell ? !byName.equals(pronoun) : !agrees(byName, pronoun)) {
            return Optional.empty();
        }
        Entry person = resolveName(named.phrase(), sentence);
        return agrees(person.pronoun, pronoun) ? Optional.of(person) : Optional.empty();
    }

    private static boolean agrees(String known, String pronoun) {
        return known.isEmpty() || known.equals(pronoun);
    }

    private static String pronounOf(SourcePhrase phrase) {
        String p = phrase.name().toLowerCase(Locale.ROOT);
        return p.equals("he") || p.equals("she") ? p : "";
    }

    private Link resolveOffice(SourcePhrase phrase, int sentence, List<Span> saidWords) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.name().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            words.addAll(List.of(OFFICE_ABBREVIATIONS.getOrDefault(word, word).split(" "))); // "the PM": prime minister
        }
        String determiner = words.isEmpty() ? "" : words.remove(0);
        for (int i = entries.size() - 1; i >= 0; i--) {
            Entry e = entries.get(i);
            // "A consultant at the hospital warned ... The consultant claimed": the unnamed source holds the office too
            boolean person = e.type == ActorType.PERSON || e.type == ActorType.ANONYMOUS;
            if (person && !e.awaitsName && e.role.map(r -> names.holds(r, words)).orElse(false)) {
                return new Link(e, "office-source-holder");
            }
        }
        // "his adviser", "Trump's campaign manager": someone the person has, not the person ("the party's nominee"
        // may well be someone named before)
        boolean possessive = possessives.contains(determiner) || ownedByANamedPerson(phrase.name());
        Optional<PersonNames.PersonName> holder = names.lastHolding(words, phrase.fromToken());
        if (holder.isPresent()) {
            return new Link(resolveName(holder.get().phrase(), sentence), "office-named-holder");
        }
        // "his former chief economic adviser" is someone other than "him": only a later name can say who.
        // Someone whose stated role is another office ("Deputy Mayor" for "the mayor") is not the holder either.
        // A person named since the last source spoke comes first ("Marco Rubio spoke ... said the senator").
        for (PersonNames.PersonName named : possessive ? List.<PersonNames.PersonName>of()
                : namedBefore(phrase, sentence, 1, saidWords)) {
            boolean since = lastPerson == null || named.sentence() > lastPerson.lastSentence;
            if (since && named.phrase().role().isEmpty() && !holdsAnotherOffice(named)) {
                return new Link(resolveName(named.phrase(), sentence), "office-named-since");
            }
        }
        // "Oliver Letwin, for the Tories, attacked ... The shadow chancellor said": an affiliation is no other office
        if (!possessive && lastPerson != null && lastPerson.type == ActorType.PERSON && statesNoOffice(lastPerson)
                && sentence - lastPerson.lastSentence <= 2) {
            return new Link(lastPerson, "office-last-source");
        }
        // "Sen. Marco Rubio responded ... '...,' the Florida senator and Republican presidential candidate said":
        // the last source holds the office's head noun, whatever describes it
        if (!possessive && lastPerson != null && lastPerson.type == ActorType.PERSON
                && sentence - lastPerson.lastSentence <= 2
                && lastPerson.role.map(r -> holdsAHeadOf(r, words)).orElse(false)) {
            return new Link(lastPerson, "office-last-source-head");
        }
        Optional<PersonNames.PersonName> named = possessive ? Optional.empty()
                : namedBefore(phrase, sentence, NAMED_REACH_SENTENCES, saidWords).stream().findFirst()
                        .filter(n -> n.phrase().role().isEmpty() && !holdsAnotherOffice(n));
        if (named.isPresent()) {
            return new Link(resolveName(named.get().phrase(), sentence), "office-last-named");
        }
        Entry office = byKey("office:" + key(phrase.name()), phrase, sentence);
        office.awaitsName = sentence <= LEAD_SENTENCES || possessive;
        return new Link(office, "office");
    }

    /** Whether the role holds the last word of the office or of one of its parts joined by "and". */
    private boolean holdsAHeadOf(String role, List<String> officeWords) {
        List<String> part = new ArrayList<>();
        for (int i = 0; i <= officeWords.size(); i++) {
            if (i == officeWords.size() || officeWords.get(i).equals("and")) {
                if (!part.isEmpty() && names.holds(role, List.of(part.get(part.size() - 1)))) {
                    return true;
                }
                part.clear();
            } else {
                part.add(officeWords.get(i));
            }
        }
        return false;
    }

    /** Whether an office is a named person's: "Donald Trump's campaign manager", "Mrs. Clinton's father". */
    private boolean ownedByANamedPerson(String office) {
        for (String word : key(office).split(" ")) {
            if (word.endsWith("'s") && names.knowsSurname(PersonNames.surnameOf(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A named person already known under a stated office ("Mark Hill, the chief executive"): not "the
     * consultant". An affiliation ("Oliver Letwin, for the Tories") states no office.
     */
    private boolean holdsAnotherOffice(PersonNames.PersonName name) {
        Entry known = personEntry(name.phrase().name());
        return known != null && !statesNoOffice(known);
    }

    /** Whether an actor's stated role, if any, is only an affiliation ("for the Tories", "of the union"). */
    private boolean statesNoOffice(Entry known) {
        return known.role.map(r -> prepositions.contains(r.split(" ")[0].toLowerCase(Locale.ROOT))).orElse(true);
    }

    /**
     * "The company", "the union organisation" ({@link #isOrganisationAnaphor}; the article is already dropped
     * from the name) joins the organisation that last spoke, within a few sentences; with none, the organisation
     * named last in this sentence or the two before ("Continental Airlines is in trouble ... The company said");
     * with neither it is an actor of its own.
     */
    private Link resolveDescription(SourcePhrase described, int sentence) {
        // "Just 28 percent of voters said ... 46 percent said ...": the same poll's group goes on speaking
        if (described.type() == ActorType.GROUP && BARE_SHARE.matcher(described.name()).matches()) {
            if (lastSharedGroup != null && sentence - lastSharedGroup.lastSentence <= SHARE_REACH_SENTENCES) {
                return new Link(lastSharedGroup, "share-of-last-group");
            }
            // "Millennials ... 53% describe themselves as liberal": else the group that spoke last
            if (lastCollective != null && lastCollective.type == ActorType.GROUP
                    && sentence - lastCollective.lastSentence <= SHARE_REACH_SENTENCES) {
                return new Link(lastCollective, "share-of-last-group");
            }
            // else the poll's respondents: one unnamed group however many shares they give
            return new Link(byKey("share:respondents", described, sentence), "description");
        }
        SourcePhrase phrase = groupOfAShare(described);
        if (phrase != described) {
            Entry group = byKey(key(phrase.name()), phrase, sentence);
            lastSharedGroup = group;
            return new Link(group, "description");
        }
        String surface = key(phrase.name());
        boolean anaphor = phrase.type() == ActorType.ORGANIZATION && isOrganisationAnaphor(phrase.name());
        if (anaphor && lastOrganisation != null && !key(lastOrganisation.name).equals(surface)
                && sentence - lastOrganisation.lastSentence <= PRONOUN_REACH_SENTENCES) {
            return new Link(lastOrganisation, "organisation-anaphor");
        }
        Optional<OrganisationNames.OrganisationName> named = anaphor
                ? organisations.lastBefore(phrase.fromToken(), sentence, IT_THEY_REACH_SENTENCES) : Optional.empty();
        if (named.isPresent()) {
            return new Link(resolveName(named.get().phrase(), sentence), "organisation-anaphor-named");
        }
        String groupKey = phrase.type() == ActorType.GROUP ? withoutQuantifier(surface) : surface;
        return new Link(byKey(groupKey, phrase, sentence), "description");
    }

    /**
     * "some analysts", "their opponents", "Several Opec members": the group itself, keyed without the quantifier
     * or possessive that opens it, so that "Analysts said" later is the same actor.
     */
    private String withoutQuantifier(String groupKey) {
        int space = groupKey.indexOf(' ');
        if (space < 0) {
            return groupKey;
        }
        String first = groupKey.substring(0, space);
        return GROUP_QUANTIFIERS.contains(first) || possessives.contains(first) ? groupKey.substring(space + 1) : groupKey;
    }

    /**
     * "28 percent of voters said", "Only 52 percent of registered voters": a poll's share of a group speaks for the
     * group, one actor however many shares the article gives; anything else as it is.
     */
    private static SourcePhrase groupOfAShare(SourcePhrase phrase) {
        Matcher share = SHARE_OF_A_GROUP.matcher(phrase.name());
        if (phrase.type() != ActorType.GROUP || !share.matches()) {
            return phrase;
        }
        return new SourcePhrase(phrase.span(), share.group(1), phrase.nameSpan(), phrase.role(), phrase.type(),
                phrase.reference(), phrase.fromToken(), phrase.toToken());
    }

    /**
     * "the company", "the union organisation", "the chemicals-and-crops firm": an organisation noun, alone or after
     * one lower-case word that does not set it apart ("a rival firm", "its parent company"); a capitalised one names
     * or places another ("the Japanese firm"), and a longer description ("the international mining company") is
     * most often an appositive's, whose name the rules read.
     */
    private boolean isOrganisationAnaphor(String name) {
        String[] words = name.split("\\s+");
        if (words.length > 2 || !organisationAnaphors.contains(key(words[words.length - 1]))) {
            return false;
        }
        String modifier = words.length == 2 ? words[0] : null;
        return modifier == null || !modifier.isEmpty() && Character.isLowerCase(modifier.charAt(0))
                && !DISTINGUISHING_MODIFIERS.contains(key(modifier));
    }

    private Entry resolveName(SourcePhrase phrase, int sentence) {
        String surname = PersonNames.surnameOf(phrase.name());
        boolean loneWord = !phrase.name().contains(" ");
        Optional<PersonNames.PersonName> known = names.named(phrase.name(), sentence);
        if (phrase.type() == ActorType.PERSON || (loneWord && known.isPresent())) {
            // "Clinton" or "Mrs. Clinton" is the Clinton PersonNames says, where the text names two
            String fullName = PersonNames.givenNameOf(phrase.name()).isEmpty() && known.isPresent()
                    ? known.get().phrase().name() : phrase.name();
            Entry person = personEntry(fullName);
            if (person == null) {
                Entry lone = byKey.remove(key(surname)); // a lone surname once taken for an organisation
                if (lone != null) {
                    lone.type = ActorType.PERSON;
                    person = lone;
                }
            }
            if (person == null) {
                person = new Entry(entries.size(), phrase, sentence);
                entries.add(person);
            }
            person.type = ActorType.PERSON;
            List<Entry> sameSurname = persons.computeIfAbsent(PersonNames.surnameOf(fullName), k -> new ArrayList<>());
            if (!sameSurname.contains(person)) {
                sameSurname.add(person);
            }
            adoptFullerName(person, phrase.name());
            if (known.isPresent() && PersonNames.sameGiven(PersonNames.givenNameOf(person.name),
                    PersonNames.givenNameOf(known.get().phrase().name()))) {
                adoptFullerName(person, known.get().phrase().name());
                if (person.role.isEmpty()) {
                    person.role = known.get().phrase().role();
                }
            }
            return person;
        }
        String orgKey = key(phrase.name());
        if (phrase.type() == ActorType.ORGANIZATION && !byKey.containsKey(orgKey) && !PLACE_NAMES.contains(orgKey)) {
            // "Continental Airlines said ... Continental said": the opening words of a longer name that spoke
            Entry longer = organisationsByOpeningWords.get(orgKey);
            if (longer != null && longer.type == ActorType.ORGANIZATION && !mergedInto.containsKey(longer.index)) {
                return longer;
            }
        }
        return byKey(orgKey, phrase, sentence);
    }

    /**
     * The person's actor a name stands for: the one of its surname with the same given name, else the first whose
     * given name is not known or not said ("Mr Kilroy-Silk" before "Robert Kilroy-Silk"); null if none.
     */
    private Entry personEntry(String name) {
        return PersonNames.samePerson(persons.getOrDefault(PersonNames.surnameOf(name), List.of()), e -> e.name,
                PersonNames.givenNameOf(name)).orElse(null);
    }

    /** Keeps the fullest form of a name, preferring "Robert Kilroy-Silk" to "Mr Kilroy-Silk". */
    private static void adoptFullerName(Entry person, String candidate) {
        int have = informativeWords(person.name), offered = informativeWords(candidate);
        if (offered > have || (offered == have && candidate.split(" ").length > person.name.split(" ").length
                && informativeWords(candidate) == candidate.split(" ").length)) {
            person.name = candidate;
        }
    }

    private static int informativeWords(String name) {
        int n = 0;
        for (String w : name.split(" ")) {
            if (!Honorifics.load().isCourtesyTitle(w)) {
                n++;
            }
        }
        return n;
    }

    private Entry byKey(String key, SourcePhrase phrase, int sentence) {
        return byKey.computeIfAbsent(key, k -> {
            Entry e = new Entry(entries.size(), phrase, sentence);
            entries.add(e);
            if (phrase.type() == ActorType.ORGANIZATION && phrase.reference() == SourcePhrase.Reference.NAME) {
                for (int space = k.indexOf(' '); space > 0; space = k.indexOf(' ', space + 1)) {
                    organisationsByOpeningWords.putIfAbsent(k.substring(0, space), e);
                }
            }
            return e;
        });
    }

    static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceFirst("^(the|a|an) ", "")
                .replaceAll("[^\\p{L}\\p{N}' ]", " ").replaceAll("\\s+", " ").trim();
    }

}
