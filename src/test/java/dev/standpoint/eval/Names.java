package dev.standpoint.eval;

import dev.standpoint.analysis.model.Span;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The shared scorer's name and span helpers ({@code ../shared/eval/score.py}), ported line for line. */
final class Names {

    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "lord",
            "lady", "dame", "president", "prime", "minister", "colonel", "col", "general", "gen", "senator", "sen",
            "rep", "the", "a", "an", "mp", "chancellor", "secretary", "chief", "executive", "spokesman", "spokeswoman",
            "spokesperson", "st", "rev", "judge", "mayor", "governor", "gov", "king", "queen", "prince", "princess",
            "captain", "capt", "major", "lieutenant", "lt", "sergeant", "sgt", "admiral", "commander", "commissioner",
            "leader", "chairman", "chairwoman", "director", "deputy", "shadow", "foreign", "home", "defense", "defence",
            "state", "of", "for", "and");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "his", "her", "hers", "their", "them",
            "him", "we", "i", "you", "us", "our");

    private Names() {
    }

    static List<String> norm(String s) {
        String cleaned = s.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replaceAll("[^a-z0-9 ]+", " ").strip();
        return cleaned.isEmpty() ? List.of() : Arrays.asList(cleaned.split("\\s+"));
    }

    static List<String> keyTokens(String s) {
        List<String> out = new ArrayList<>();
        for (String t : norm(s)) {
            if (!TITLES.contains(t) && t.length() > 1) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean isPronoun(String name) {
        return PRONOUNS.contains(String.join(" ", norm(name)));
    }

    static int overlap(Span a, Span b) {
        return Math.max(0, Math.min(a.end(), b.end()) - Math.max(a.start(), b.start()));
    }

    /** Whether one of {@code spans} covers at least half of {@code gold}. */
    static boolean covered(Span gold, List<Span> spans) {
        int n = gold.length();
        return n > 0 && spans.stream().anyMatch(s -> overlap(gold, s) >= 0.5 * n);
    }

    /** Where a gold snippet stands in the text: its first occurrence, or null when it is not there. */
    static Span locate(String text, String snippet) {
        if (snippet == null || snippet.isEmpty()) {
            return null;
        }
        int i = text.indexOf(snippet);
        if (i >= 0) {
            return new Span(i, i + snippet.length());
        }
        // whitespace differs: the scorer's approximate position in the space-joined text
        String flat = String.join(" ", snippet.strip().split("\\s+"));
        int j = String.join(" ", text.strip().split("\\s+")).indexOf(flat);
        return j >= 0 ? new Span(j, j + flat.length()) : null;
    }
}
