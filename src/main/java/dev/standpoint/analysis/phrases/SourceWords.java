package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.words.Honorifics;
import dev.standpoint.analysis.words.LexiconFile;
import dev.standpoint.analysis.words.WordList;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The words that shape source phrases: the nouns and titles of sources.tsv and sources-polnear.tsv,
 * honorifics, subject pronouns, and the closed-class lists that open or end a noun phrase. Loaded once per
 * engine, immutable after.
 */
public final class SourceWords {

    public enum WordClass { ROLE, ANONYMOUS, GROUP, ORG, NAME_ORG }

    private final Map<String, Set<WordClass>> classes = new HashMap<>();
    private final Map<String, ActorType> subjectPronouns = new HashMap<>();
    private final Map<String, String> possessiveSubjects = new HashMap<>();
    private final Honorifics honorifics = Honorifics.load();
    private final WordList determiners = WordList.load("determiners.tsv");
    private final WordList groupQuantifiers = WordList.load("group-quantifiers.tsv");
    private final WordList numberWords = WordList.load("number-words.tsv");
    private final WordList pollWords = WordList.load("poll-words.tsv");
    private final WordList capitalisedNonNames = WordList.load("capitalised-non-names.tsv");
    private final WordList phraseBreakers = WordList.load("phrase-breakers.tsv");
    private final WordList prepositions = WordList.load("prepositions.tsv");
    private final WordList rankModifiers = WordList.load("rank-modifiers.tsv");
    private final WordList nameParticles = WordList.load("name-particles.tsv");
    private final WordList partyAffiliations = WordList.load("party-affiliations.tsv");
    private final WordList placeNames = WordList.load("place-names.tsv");
    private final WordList postNominals = WordList.load("post-nominals.tsv");
    private final WordList hyphenatedModifiers = WordList.load("hyphenated-modifiers.tsv");
    private final WordList nonSourcePlurals = WordList.load("non-source-plurals.tsv");
    private final WordList irregularPeoplePlurals = WordList.load("irregular-people-plurals.tsv");
    private final WordList lowerCaseWords = WordList.load("lower-case-words.tsv");

    public SourceWords() {
        // the hand-compiled list, then the source nouns counted in PolNeAR's train split
        for (String file : new String[] {"sources.tsv", "sources-polnear.tsv"}) {
            for (String[] row : LexiconFile.rows(file)) {
                classes.computeIfAbsent(row[0], k -> EnumSet.noneOf(WordClass.class)).add(WordClass.valueOf(row[1]));
            }
        }
        for (String[] row : LexiconFile.rows("subject-pronouns.tsv")) {
            subjectPronouns.put(row[0], ActorType.valueOf(row[1]));
        }
        for (String[] row : LexiconFile.rows("possessive-pronouns.tsv")) {
            possessiveSubjects.put(row[0], row[1]);
        }
    }

    public boolean is(String lowerCaseWord, WordClass wordClass) {
        Set<WordClass> set = classes.get(lowerCaseWord);
        return set != null && set.contains(wordClass);
    }

    /**
     * A plural common noun that may name a group of people ("owners", "shoppers"): ends in -s (not -ss, -us, -is),
     * is a word of letters, and is not a document, figure or closed-class word of non-source-plurals.tsv; or a
     * plural of people without the -s ("spokesmen", irregular-people-plurals.tsv).
     */
    public boolean isPluralCommonNoun(String lowerCaseWord) {
        if (irregularPeoplePlurals.contains(lowerCaseWord)) {
            return true;
        }
        int n = lowerCaseWord.length();
        return n > 3 && lowerCaseWord.endsWith("s") && !lowerCaseWord.endsWith("ss") && !lowerCaseWord.endsWith("us")
                && !lowerCaseWord.endsWith("is") && lowerCaseWord.chars().allMatch(Character::isLetter)
                && !nonSourcePlurals.contains(lowerCaseWord);
    }

    public boolean isSourceHead(String lowerCaseWord) {
        Set<WordClass> set = classes.get(lowerCaseWord);
        return set != null && (set.contains(WordClass.ROLE) || set.contains(WordClass.ANONYMOUS)
                || set.contains(WordClass.GROUP) || set.contains(WordClass.ORG));
    }

    /** "he", "she", "they", "it": the pronouns that can stand for a source. */
    public boolean isSubjectPronoun(String lowerCaseWord) {
        return subjectPronouns.containsKey(lowerCaseWord);
    }

    /** The subject pronoun of a possessive one that can own a statement: "her" gives "she". */
    public Optional<String> subjectOfPossessive(String lowerCaseWord) {
        return Optional.ofNullable(possessiveSubjects.get(lowerCaseWord));
    }

    /** The kind of source a subject pronoun stands for: "they" a group, "it" an organisation. */
    public ActorType pronounType(String lowerCasePronoun) {
        return subjectPronouns.get(lowerCasePronoun);
    }

    public Honorifics honorifics() {
        return honorifics;
    }

    public WordList determiners() {
        return determiners;
    }

    /** "poll", "survey": a poll that its pollster's name may open ("a CNN/ORC poll"). */
    public boolean isPollWord(String lowerCaseWord) {
        return pollWords.contains(lowerCaseWord);
    }

    /** "24", "12.5", "twenty-four": a number, in digits or spelled out. */
    public boolean isNumber(String lowerCaseWord) {
        if (lowerCaseWord.matches("\\d+(?:[.,]\\d+)?")) {
            return true;
        }
        for (String part : lowerCaseWord.split("-", -1)) {
            if (!numberWords.contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "some", "many": quantifiers that alone stand for an unnamed group ("as some have speculated"). */
    public boolean isGroupQuantifier(String lowerCaseWord) {
        return groupQuantifiers.contains(lowerCaseWord);
    }

    /** "de", "von", "bin": lower-case words inside a name, between capitalised ones. */
    public WordList nameParticles() {
        return nameParticles;
    }

    /** Party words that, before a person's name, are the person's affiliation ("Democrat Zephyr Teachout"). */
    public WordList partyAffiliations() {
        return partyAffiliations;
    }

    /** Countries, US states, cities and regions, by their words in lower case ("new hampshire"). */
    public WordList placeNames() {
        return placeNames;
    }

    /** "QC", "MP", "OBE": letters after a person's name, by their letters in lower case. */
    public WordList postNominals() {
        return postNominals;
    }

    /**
     * Whether a capitalised hyphenated word describes the name after it ("Houston-based", "Saudi-led"): its last
     * part is a word of hyphenated-modifiers.tsv.
     */
    public boolean isHyphenatedModifier(String lowerCaseWord) {
        int hyphen = lowerCaseWord.lastIndexOf('-');
        return hyphen > 0 && hyphenatedModifiers.contains(lowerCaseWord.substring(hyphen + 1));
    }

    public WordList capitalisedNonNames() {
        return capitalisedNonNames;
    }

    /** "hours", "such", "well": words copy writes in lower case inside sentences (lower-case-words.tsv, counted). */
    public boolean isLowerCaseWord(String lowerCaseWord) {
        return lowerCaseWords.contains(lowerCaseWord);
    }

    public WordList phraseBreakers() {
        return phraseBreakers;
    }

    public WordList prepositions() {
        return prepositions;
    }

    /** "deputy", "shadow", "former": words that make another office of the same title. */
    public WordList rankModifiers() {
        return rankModifiers;
    }
}
