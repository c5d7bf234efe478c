package dev.standpoint.analysis.words;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The engine's one list of honorifics ({@code honorifics.tsv}): sentence splitting, name reading and
 * pronoun resolution all ask it, so "Gov.", "Maj." and "Sen." behave alike everywhere.
 */
public final class Honorifics {

    /** Courtesy titles (Mr) and other forms of address (Dr, Sir) stay in a name; titles of office or rank do not. */
    public enum Kind { COURTESY, ADDRESS, TITLE }

    /** One honorific: the pronoun it implies ("he", "she" or empty), its kind, whether it is abbreviated. */
    public record Honorific(String word, String pronoun, Kind kind, boolean abbreviated, String fullForm) {
        public boolean staysInName() {
            return kind != Kind.TITLE;
        }
    }

    private static final Honorifics INSTANCE = new Honorifics();

    private final Map<String, Honorific> byWord = new HashMap<>();

    private Honorifics() {
        for (String[] row : LexiconFile.rows("honorifics.tsv")) {
            String pronoun = row[1].equals("-") ? "" : row[1];
            byWord.put(row[0], new Honorific(row[0], pronoun, Kind.valueOf(row[2].toUpperCase(Locale.ROOT)),
                    row[3].equals("yes"), row[4]));
        }
    }

    /** Loaded once per JVM: the list is immutable. */
    public static Honorifics load() {
        return INSTANCE;
    }

    /** The honorific a word is, read without case or a trailing period ("Mr", "DR.", "gov"). */
    public Optional<Honorific> of(String word) {
        return Optional.ofNullable(byWord.get(word.toLowerCase(Locale.ROOT).replace(".", "")));
    }

    public boolean contains(String word) {
        return of(word).isPresent();
    }

    /** Whether the word is a courtesy title that says nothing more about a person: Mr, Mrs, Ms, Miss. */
    public boolean isCourtesyTitle(String word) {
        return of(word).map(h -> h.kind() == Kind.COURTESY).orElse(false);
    }

    /** Whether the word is a title of office or rank ("Gov", "Maj", "Senator"): the role, not the name. */
    public boolean isTitle(String word) {
        return of(word).map(h -> h.kind() == Kind.TITLE).orElse(false);
    }

    /** The word in full for an abbreviated honorific ("gov" gives "governor"); any other word as it is. */
    public String fullForm(String lowerCaseWord) {
        return of(lowerCaseWord).map(Honorific::fullForm).orElse(lowerCaseWord);
    }

    /** The honorifics written with a period ("dr", "gov"), lower case without it. */
    public Set<String> abbreviated() {
        Set<String> words = new HashSet<>();
        byWord.values().stream().filter(Honorific::abbreviated).forEach(h -> words.add(h.word()));
        return words;
    }
}
