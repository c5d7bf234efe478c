package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.words.WordList;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** With a requested target, evidence that names it counts for more; without one, all evidence counts alike. */
final class TargetRelevance {

    private static final double NAMES_TARGET = 2.0;
    private static final double OTHER = 0.5;

    private final WordList stopWords;
    private final Set<String> targetWords;

    /** @param stopWords target-stop-words.tsv, loaded once by the judge */
    TargetRelevance(Optional<String> target, WordList stopWords) {
        this.stopWords = stopWords;
        this.targetWords = target.map(this::contentWords).orElse(Set.of());
    }

    double of(String evidence) {
        if (targetWords.isEmpty()) {
            return 1.0;
        }
        return names(evidence) ? NAMES_TARGET : OTHER;
    }

    /** Whether the evidence shares a content word with the target (false without a target). */
    boolean names(String evidence) {
        for (String w : contentWords(evidence)) {
            if (targetWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private Set<String> contentWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2 && !stopWords.contains(w)) {
                words.add(w);
            }
        }
        return words;
    }
}
