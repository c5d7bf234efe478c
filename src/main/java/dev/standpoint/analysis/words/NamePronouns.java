package dev.standpoint.analysis.words;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The pronoun a person's name tells, "he", "she" or empty: an honorific that says ("Dame Judi Dench", "Mr
 * Yushchenko"), else the first name of a name with a surname after it ("David Axelrod", {@code
 * first-name-pronouns.tsv}). A lone surname says nothing: "May" may be Theresa May.
 */
public final class NamePronouns {

    private static final NamePronouns INSTANCE = new NamePronouns();

    private final Honorifics honorifics = Honorifics.load();
    private final Map<String, String> byFirstName = new HashMap<>();

    private NamePronouns() {
        for (String[] row : LexiconFile.rows("first-name-pronouns.tsv")) {
            byFirstName.put(row[0], row[1]);
        }
    }

    /** Loaded once per JVM: the lists are immutable. */
    public static NamePronouns load() {
        return INSTANCE;
    }

    /** Whether the word, lower case, is a first name the census tells a pronoun for ("charlie", "hillary"). */
    public boolean isFirstName(String lowerCaseWord) {
        return byFirstName.containsKey(lowerCaseWord);
    }

    public String of(String name) {
        String[] words = name.split(" ");
        int first = 0;
        while (first < words.length) {
            Optional<Honorifics.Honorific> honorific = honorifics.of(words[first]);
            if (honorific.isEmpty()) {
                break;
            }
            if (!honorific.get().pronoun().isEmpty()) {
                return honorific.get().pronoun();
            }
            first++; // "Sen. Marco Rubio": a title that tells nothing, then the first name
        }
        return first + 1 < words.length ? byFirstName.getOrDefault(words[first].toLowerCase(Locale.ROOT), "") : "";
    }
}
