package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.WordList;

import java.util.List;

/**
 * The formulas that keep a source unnamed ("who asked not to be named", "speaking on condition of anonymity"),
 * from anonymity-formulas.tsv: a cue that opens one reports the journalist's arrangement, not the source's view.
 */
final class AnonymityFormulas {

    private static final int LONGEST = 8;

    private final WordList formulas = WordList.load("anonymity-formulas.tsv");

    /** Whether the words from {@code cue} on begin a formula. */
    boolean opensAt(List<Token> tokens, int cue) {
        StringBuilder words = new StringBuilder();
        for (int i = cue; i < tokens.size() && i < cue + LONGEST && tokens.get(i).isWord(); i++) {
            words.append(i > cue ? " " : "").append(tokens.get(i).lower());
            if (formulas.contains(words.toString())) {
                return true;
            }
        }
        return false;
    }
}
