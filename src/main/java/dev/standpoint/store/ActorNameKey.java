package dev.standpoint.store;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The key that merges one actor's names across articles: "President Alexander Lukashenko" and
 * "Alexander Lukashenko" both become "alexander-lukashenko". Lower case, accents and punctuation
 * removed, leading honorifics and titles dropped; the key doubles as the actor's public id.
 */
public final class ActorNameKey {

    /** Honorifics and offices that can stand alone before a name ("Mr Blair", "President Putin"). */
    private static final Set<String> TITLES = Set.of(
            "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
            "president", "prime", "minister", "chancellor", "secretary", "senator", "sen", "rep",
            "governor", "gov", "mayor", "ambassador", "general", "gen", "colonel", "col", "lieutenant", "lt",
            "captain", "capt", "admiral", "judge", "justice", "king", "queen", "prince", "princess", "pope",
            "rev", "reverend", "sheikh", "chairman", "chairwoman", "spokesman", "spokeswoman");

    /** Words that only belong to a title when a title word follows ("Defence Minister", "Vice President"). */
    private static final Set<String> MODIFIERS = Set.of(
            "vice", "deputy", "chief", "executive", "foreign", "defence", "defense", "interior", "finance",
            "health", "home", "trade", "industry", "culture", "education", "former", "acting");

    private ActorNameKey() {
    }

    public static String of(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("['\u2019]s\\b", "")
                .replaceAll("[^\\p{L}\\p{N}]+", " ")
                .trim();
        if (folded.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>(Arrays.asList(folded.split(" ")));
        if (words.size() > 1 && words.get(0).equals("the")) {
            words.remove(0);
        }
        int drop = leadingTitleCount(words);
        if (drop > 0 && drop < words.size()) {
            words = words.subList(drop, words.size());
        }
        return String.join("-", words);
    }

    /**
     * How many leading words form a title: a run of titles and modifiers that ends on a title, so
     * "Foreign Ministry" keeps its name while "Foreign Minister Lavrov" becomes "lavrov".
     */
    private static int leadingTitleCount(List<String> words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            if (TITLES.contains(w)) {
                count = i + 1;
            } else if (!MODIFIERS.contains(w)) {
                break;
            }
        }
        return count;
    }
}
