package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.text.LexiconFile;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/** The nouns and titles that shape source phrases, loaded from sources.tsv. */
public final class SourceLexicon {

    public enum WordClass { HONORIFIC, ROLE, ANONYMOUS, GROUP, ORG, NAME_ORG }

    private final Map<String, Set<WordClass>> classes = new HashMap<>();

    public SourceLexicon() {
        for (String[] row : LexiconFile.rows("/dev/standpoint/analysis/lexicon/sources.tsv")) {
            classes.computeIfAbsent(row[0], k -> EnumSet.noneOf(WordClass.class)).add(WordClass.valueOf(row[1]));
        }
    }

    public boolean is(String lowerCaseWord, WordClass wordClass) {
        Set<WordClass> set = classes.get(lowerCaseWord);
        return set != null && set.contains(wordClass);
    }

    public boolean isSourceHead(String lowerCaseWord) {
        Set<WordClass> set = classes.get(lowerCaseWord);
        return set != null && (set.contains(WordClass.ROLE) || set.contains(WordClass.ANONYMOUS)
                || set.contains(WordClass.GROUP) || set.contains(WordClass.ORG));
    }
}
