package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.words.LexiconFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Words and short phrases that signal a stance, with weights, loaded from stance-words.tsv. */
public final class StanceLexicon {

    public record Entry(Stance stance, double weight, int words) {
    }

    /** Keyed by the phrase's words joined with single spaces, lower case. */
    private final Map<String, Entry> entries = new HashMap<>();
    private int longestPhrase = 1;

    public StanceLexicon() {
        for (String[] row : LexiconFile.rows("stance-words.tsv")) {
            String phrase = row[0].replace('_', ' ');
            int words = phrase.split(" ").length;
            longestPhrase = Math.max(longestPhrase, words);
            entries.put(phrase, new Entry(Stance.valueOf(row[1].toUpperCase(Locale.ROOT)), Double.parseDouble(row[2]), words));
        }
    }

    public Entry lookup(String phrase) {
        return entries.get(phrase);
    }

    public int longestPhrase() {
        return longestPhrase;
    }
}
