package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Sentence;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.Honorifics;
import dev.standpoint.analysis.words.NamePronouns;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every person the article names in full, whether or not they speak: "Belarusian Defense Minister
 * Victor Khrenin" in the lead lets a later "Khrenin stated" and "the minister emphasized" find him.
 */
public final class PersonNames {

    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}]+");
    private static final Pattern POSSESSIVE_END = Pattern.compile("['\u2019]s?$");
    private static final Pattern GENERATIONAL_SUFFIX = Pattern.compile("(?i)(jr|sr|ii|iii|iv)\\.?(['\u2019]s?)?,?");
    private static final WordList NAME_PARTICLES = WordList.load("name-particles.tsv");
    private static final NamePronouns NAME_PRONOUNS = NamePronouns.load();
    private static final int MAX_APPOSITIVE_WORDS = 4;
    private static final int MIN_SHORT_FORM = 3;
    /** Titles a knight or dame is called by with the given name alone ("Sir Ian", "Dame Judi"). */
    private static final List<String> KNIGHTHOODS = List.of("sir", "dame");

    /**
     * A person named in the text, with the role the same phrase gives; {@code opensSentence} when the name is the
     * sentence's first word, where a subject stands ("Piers Freelove is senior benefit officer ...").
     */
    public record PersonName(SourcePhrase phrase, int sentence, boolean opensSentence) {
        public String surname() {
            return surnameOf(phrase.name());
        }
    }

    private final List<PersonName> inOrder = new ArrayList<>();
    /** The fullest form of each person a surname names: "Bill Clinton" and "Hillary Clinton" are two. */
    private final Map<String, List<PersonName>> bySurname = new HashMap<>();
    private final WordList rankModifiers;
    private final Honorifics honorifics;

    private PersonNames(WordList rankModifiers, Honorifics honorifics) {
        this.rankModifiers = rankModifiers;
        this.honorifics = honorifics;
    }

    /**
     * Every run of two or more capitalised words that reads as a person's name (a full name, or one word after a
     * title or an office), sentence by sentence, and every later surname alone of a person so named. A headline's
     * run that the text never writes again is left out: Title Case capitalises every word.
     */
    public static PersonNames build(Segmentation segmentation, NounPhraseReader reader, SourceWords words) {
        PersonNames index = new PersonNames(words.rankModifiers(), words.honorifics());
        List<Token> tokens = segmentation.tokens();
        for (Sentence sentence : segmentation.sentences()) {
            int s = sentence.index();
            int i = sentence.fromToken(), end = sentence.toToken();
            while (i < end) {
                if (!tokens.get(i).isCapitalized()) {
                    i++;
                    continue;
                }
                // a dot after an honorific ("Dr.") or a middle initial ("John E. Kelly") stays inside the name
                int j = reader.nameRunEnd(i, end);
                if (j - i >= 2 && titleCaseOnly(segmentation, i, j)) {
                    i = j; // "Clinton Wades In: Urges Britain to Remain": a headline capitalises every word
                    continue;
                }
                if (j - i >= 2) {
                    // a full name, or a surname after a title or an office: "President Obama" makes a later
                    // "Obama" him
                    int nameStart = i;
                    Optional<SourcePhrase> person = reader.nameRun(i, j)
                            .filter(p -> p.type() == ActorType.PERSON && (p.name().contains(" ") || titledOrOffice(p, words)))
                            .map(p -> p.role().isPresent() ? p : p.withRole(officeBefore(segmentation, nameStart, words)));
                    if (person.isPresent() && tokens.get(j - 1).lower().endsWith("'s")) {
                        // "Mike Leigh's film": a later "Leigh" is him, but an owner named in passing is no one
                        // a pronoun or an office turns to ("Mr Howard laughed at Rory Bremner's impression")
                        index.addOwner(new PersonName(person.get(), s, false));
                    } else if (person.isPresent()) {
                        index.add(person.get(), s, person.get().fromToken() == sentence.fromToken());
                    }
                } else {
                    // a capitalised word alone ("Later, Trump toured"); in a longer run ("On Monday Trump") it
                    // was not taken: it lost BBC attributions (0.860 to 0.855) for one PolNeAR dev attribution
                    index.addSurnameMention(tokens.get(i), i, s, i == sentence.fromToken());
                }
                i = j;
            }
        }
        return index;
    }

    /**
     * The office an appositive before a name gives ("the former first lady, Laura Bush"): from the determiner to
     * the office word before the comma; empty where there is none. "The former president" is then not her.
     */
    private static Optional<String> officeBefore(Segmentation segmentation, int name, SourceWords words) {
        List<Token> tokens = segmentation.tokens();
        if (name < 3 || !tokens.get(name - 1).is(",") || !words.is(tokens.get(name - 2).lower(), SourceWords.WordClass.ROLE)) {
            return Optional.empty();
        }
        for (int d = name - 3; d >= Math.max(0, name - 2 - MAX_APPOSITIVE_WORDS); d--) {
            Token t = tokens.get(d);
            if (!t.isWord()) {
                return Optional.empty();
            }
            if (words.determiners().contains(t.lower())) {
                Span office = new Span(t.span().start(), tokens.get(name - 2).span().end());
                return Optional.of(office.of(segmentation.text()));
            }
        }
        return Optional.empty();
    }

    /** Whether the role before a one-word name ends in a title or an office: "Sen.", "President", "Prime Minister". */
    private static boolean titledOrOffice(SourcePhrase person, SourceWords words) {
        return person.role().map(r -> {
            String[] w = NOT_LETTERS.split(r.toLowerCase(Locale.ROOT).strip());
            String last = w.length == 0 ? "" : w[w.length - 1];
            return words.is(last, SourceWords.WordClass.ROLE) || words.honorifics().contains(last);
        }).orElse(false);
    }

    /** A run of capitalised words in the headline that the text after it never writes again. */
    private static boolean titleCaseOnly(Segmentation segmentation, int from, int to) {
        List<Token> tokens = segmentation.tokens();
        Span run = new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
        return segmentation.inHeadline(run) && segmentation.text().indexOf(run.of(segmentation.text()), run.end()) < 0;
    }

    /** A surname alone ("Trump toured Ohio") of a person named in full before: that person, named again here. */
    private void addSurnameMention(Token word, int at, int sentence, boolean opensSentence) {
        PersonName known = named(word.text(), sentence).orElse(null);
        if (known != null) {
            SourcePhrase full = known.phrase();
            inOrder.add(new PersonName(new SourcePhrase(word.span(), full.name(), word.span(), full.role(), full.type(),
                    full.reference(), at, at + 1), sentence, opensSentence));
        }
    }

    private void add(SourcePhrase phrase, int sentence, boolean opensSentence) {
        PersonName name = new PersonName(phrase, sentence, opensSentence);
        inOrder.add(name);
        keepFullest(name);
    }

    /** "Mike Leigh's film": an owner's name is known for a later surname, but is no mention of its own. */
    private void addOwner(PersonName owner) {
        if (sameOne(owner.surname(), givenNameOf(owner.phrase().name())).isEmpty()) {
            keepFullest(owner);
        }
    }

    private void keepFullest(PersonName name) {
        List<PersonName> persons = bySurname.computeIfAbsent(name.surname(), k -> new ArrayList<>());
        Optional<PersonName> same = sameOne(name.surname(), givenNameOf(name.phrase().name()));
        if (same.isEmpty()) {
            persons.add(name);
            return;
        }
        PersonName known = same.get();
        SourcePhrase phrase = name.phrase();
        boolean fuller = phrase.name().split(" ").length > known.phrase().name().split(" ").length
                || (known.phrase().role().isEmpty() && phrase.role().isPresent());
        if (fuller) {
            persons.set(persons.indexOf(known), phrase.role().isEmpty() && known.phrase().role().isPresent()
                    ? new PersonName(phrase.withRole(known.phrase().role()), name.sentence(), name.opensSentence()) : name);
        }
    }

    /** The fullest form known of the person {@code name} names. */
    private PersonName fullest(PersonName name) {
        return sameOne(name.surname(), givenNameOf(name.phrase().name())).orElse(name);
    }

    /** The known person with this surname whom a given name fits. */
    private Optional<PersonName> sameOne(String surname, String given) {
        return samePerson(bySurname.getOrDefault(surname, List.of()), p -> p.phrase().name(), given);
    }

    /**
     * Of persons who share a surname (each named by {@code nameOf}), the one a given name fits: the same given name
     * first, else the first whose given name may be it ({@link #sameGiven}: unknown, or a short form).
     */
    public static <T> Optional<T> samePerson(List<T> persons, Function<T, String> nameOf, String given) {
        return persons.stream().filter(p -> givenNameOf(nameOf.apply(p)).equals(given)).findFirst()
                .or(() -> persons.stream().filter(p -> sameGiven(givenNameOf(nameOf.apply(p)), given)).findFirst());
    }

    /** Whether any person is known by this surname. */
    public boolean knowsSurname(String surname) {
        return bySurname.containsKey(surname);
    }

    /**
     * The fullest form of the person a name written in {@code sentence} stands for: the known person of the same
     * given name. A surname alone (or after a courtesy title) that two persons share is the one a courtesy title's
     * sex fits ("Mrs. Clinton"), else the one named in full in this sentence or the one before ("Hillary Clinton
     * rebuffed a heckler. '...,' Clinton told her"), else the one named first: copy names the other in full each
     * time ("Hillary Clinton ... Bill Clinton set his wife's expectations ... Clinton said"). Empty when no person
     * with that surname is named in full.
     */
    public Optional<PersonName> named(String name, int sentence) {
        String surname = surnameOf(name);
        String given = givenNameOf(name);
        if (!given.isEmpty()) {
            return sameOne(surname, given);
        }
        Optional<PersonName> knight = knightByGivenName(name);
        if (knight.isPresent()) {
            return knight;
        }
        List<PersonName> persons = bySurname.getOrDefault(surname, List.of());
        if (persons.size() > 1) {
            String pronoun = NAME_PRONOUNS.of(name);
            Optional<PersonName> bySex = persons.stream()
                    .filter(p -> !pronoun.isEmpty() && NAME_PRONOUNS.of(p.phrase().name()).equals(pronoun)).findFirst();
            if (bySex.isPresent()) {
                return bySex;
            }
            for (int i = inOrder.size() - 1; i >= 0 && sentence - inOrder.get(i).sentence() <= 1; i--) {
                PersonName p = inOrder.get(i);
                boolean inFull = p.phrase().toToken() - p.phrase().fromToken() >= 2;
                if (p.sentence() <= sentence && inFull && p.surname().equals(surname)) {
                    return Optional.of(fullest(p));
                }
            }
        }
        return persons.stream().findFirst();
    }

    /** "Sir Ian" after "Sir Ian Blair": a knight or dame is known by the given name after the title. */
    private Optional<PersonName> knightByGivenName(String name) {
        String[] words = name.split(" ");
        if (words.length != 2 || !KNIGHTHOODS.contains(words[0].toLowerCase(Locale.ROOT))) {
            return Optional.empty();
        }
        return bySurname.values().stream().flatMap(List::stream)
                .filter(p -> p.phrase().name().split(" ").length > 2 && p.phrase().name().startsWith(words[0] + " ")
                        && givenNameOf(p.phrase().name()).equals(words[1].toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    /**
     * The first word of a person's name before the surname, lower case without a period ("hillary" in "Hillary
     * Rodham Clinton", "george" in "George W. Bush"); empty for a surname alone, after a title or with its
     * particles ("Mrs. Clinton", "Mr De Vido"), which any person of that surname may be.
     */
    public static String givenNameOf(String name) {
        String[] words = name.split(" ");
        int surname = surnameAt(words);
        for (int i = 0; i < surname; i++) {
            // "Mr De Vido" has no given name: "De" is a particle of the surname
            if (!Honorifics.load().contains(words[i]) && !NAME_PARTICLES.contains(words[i].toLowerCase(Locale.ROOT))) {
                return words[i].toLowerCase(Locale.ROOT).replace(".", "");
            }
        }
        return "";
    }

    /**
     * Whether two given names may be one person's: the same, either unknown, or one the short form of the other
     * ("Ken" and "Kenneth Starr", "Don" and "Donald"; three letters at least).
     */
    public static boolean sameGiven(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b, longer = shorter == a ? b : a;
        return shorter.isEmpty() || longer.equals(shorter) || shorter.length() >= MIN_SHORT_FORM && longer.startsWith(shorter);
    }

    /** The persons named before the token, the nearest first, no more than {@code reach} sentences back. */
    public List<PersonName> before(int token, int sentence, int reach) {
        List<PersonName> nearestFirst = new ArrayList<>();
        for (int i = inOrder.size() - 1; i >= 0 && sentence - inOrder.get(i).sentence() <= reach; i--) {
            if (inOrder.get(i).phrase().fromToken() < token) {
                nearestFirst.add(inOrder.get(i));
            }
        }
        return nearestFirst;
    }

    /** The last person named before the token, no more than {@code reach} sentences back. */
    public Optional<PersonName> lastBefore(int token, int sentence, int reach) {
        return before(token, sentence, reach).stream().findFirst();
    }

    /** The last person before the token whose role holds every word of {@code office} ("defense minister"). */
    public Optional<PersonName> lastHolding(List<String> officeWords, int token) {
        for (int i = inOrder.size() - 1; i >= 0; i--) {
            PersonName p = inOrder.get(i);
            if (p.phrase().fromToken() < token && p.phrase().role().map(r -> holds(r, officeWords)).orElse(false)) {
                return Optional.of(fullest(p));
            }
        }
        return Optional.empty();
    }

    /** The role names the office: it has every word of it, and no rank modifier the office lacks. */
    public boolean holds(String role, List<String> officeWords) {
        // "Gov." holds the office "the governor"
        List<String> roleWords = Stream.of(NOT_LETTERS.split(role.toLowerCase(Locale.ROOT)))
                .map(honorifics::fullForm).toList();
        if (officeWords.isEmpty() || !roleWords.containsAll(officeWords)) {
            return false;
        }
        return roleWords.stream().noneMatch(w -> rankModifiers.contains(w) && !officeWords.contains(w));
    }

    /** A name's surname, lower case, without a possessive: "Mr Kilroy-Silk's" gives "kilroy-silk". */
    public static String surnameOf(String name) {
        return surnameWord(name).toLowerCase(Locale.ROOT);
    }

    /**
     * The surname as written, without a possessive or a generational suffix: "Biden" in "Joseph R. Biden Jr.", so
     * that a later "Mr. Biden" is him.
     */
    public static String surnameWord(String name) {
        String[] words = name.split(" ");
        return POSSESSIVE_END.matcher(words[surnameAt(words)].replaceFirst(",$", "")).replaceFirst("");
    }

    /** Where the surname stands among a name's words: the last one that is no generational suffix. */
    private static int surnameAt(String[] words) {
        int last = words.length - 1;
        while (last > 0 && GENERATIONAL_SUFFIX.matcher(words[last]).matches()) {
            last--;
        }
        return last;
    }
}
