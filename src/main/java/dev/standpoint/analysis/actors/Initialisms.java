package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.phrases.NounPhraseReader;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Token;
import dev.standpoint.analysis.words.WordList;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The name an organisation's initialism stands for in the same text: "International Monetary Fund" for "IMF",
 * "Bradford & Bingley" for "B&B". An actor known only by its initialism is named in full, as a reader (and an
 * analyst joining actors across articles) knows it.
 */
final class Initialisms {

    /** Words a name's initials skip: "Bank of England" is BoE's, "Bradford & Bingley" B&B's. */
    private static final WordList JOINERS = WordList.load("initialism-joiners.tsv");
    private static final int MAX_LETTERS = 6;

    private Initialisms() {
    }

    /**
     * The first run of capitalised words whose initials spell {@code initialism} and that names an organisation:
     * an organisation word in it ("Fund", "Union"), an ampersand, or the initialism in brackets right after it
     * ("Institute for Fiscal Studies (IFS)"). Empty when the name is no initialism or the text never spells it out.
     */
    static Optional<String> expansion(String initialism, Segmentation segmentation, NounPhraseReader reader) {
        String letters = initialism.replace("&", "");
        if (letters.length() < 2 || letters.length() > MAX_LETTERS || !letters.chars().allMatch(Character::isUpperCase)) {
            return Optional.empty();
        }
        List<Token> tokens = segmentation.tokens();
        for (int i = 0; i < tokens.size(); i++) {
            int last = spelled(tokens, i, letters);
            if (last < 0) {
                continue;
            }
            if (initialism.contains("&") || bracketedAfter(tokens, last, initialism) || reader.isOrganisationName(i, last + 1)) {
                return Optional.of(NounPhraseReader.normaliseSpace(
                        segmentation.text().substring(tokens.get(i).span().start(), tokens.get(last).span().end())));
            }
        }
        return Optional.empty();
    }

    /** The last token of the run from {@code from} whose capitalised words' initials are {@code letters}; -1 if none. */
    private static int spelled(List<Token> tokens, int from, String letters) {
        int k = 0;
        int last = -1;
        for (int j = from; j < tokens.size() && k < letters.length(); j++) {
            Token w = tokens.get(j);
            // a word of the name: capitalised, not itself in capitals (another initialism)
            if (w.isWord() && w.isCapitalized() && w.text().length() > 1 && w.text().charAt(0) == letters.charAt(k)
                    && !w.text().equals(w.text().toUpperCase(Locale.ROOT))) {
                k++;
                last = j;
            } else if (k == 0 || !JOINERS.contains(w.lower())) {
                return -1;
            }
        }
        boolean nameGoesOn = last + 1 < tokens.size() && tokens.get(last + 1).isWord() && tokens.get(last + 1).isCapitalized();
        return k == letters.length() && last > from && !nameGoesOn ? last : -1;
    }

    private static boolean bracketedAfter(List<Token> tokens, int last, String initialism) {
        return last + 2 < tokens.size() && tokens.get(last + 1).is("(") && tokens.get(last + 2).text().equals(initialism);
    }
}
