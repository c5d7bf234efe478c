package dev.standpoint.analysis.words;

import java.util.HashSet;
import java.util.Set;

/**
 * One idea's words ("determiners", "modal verbs", "hedges"), lower case, read once from a word file's first
 * column. Immutable, so one instance serves every thread.
 */
public final class WordList {

    private final String name;
    private final Set<String> words;

    private WordList(String name, Set<String> words) {
        this.name = name;
        this.words = Set.copyOf(words);
    }

    /** The words of {@code name} (a file in {@link LexiconFile#FOLDER}). */
    public static WordList load(String name) {
        Set<String> words = new HashSet<>();
        for (String[] row : LexiconFile.rows(name)) {
            words.add(row[0].strip());
        }
        return new WordList(name, words);
    }

    /** Whether the (already lower-cased) word is on the list. */
    public boolean contains(String lowerCaseWord) {
        return words.contains(lowerCaseWord);
    }

    public Set<String> words() {
        return words;
    }

    @Override
    public String toString() {
        return name + " (" + words.size() + " words)";
    }
}
