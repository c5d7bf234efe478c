package dev.standpoint.analysis.text;

import dev.standpoint.analysis.words.Honorifics;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Groups tokens into sentences. A sentence ends at . ! or ? before a capitalised word, a digit or a
 * quotation, unless the period closes an abbreviation ("Dr.", "Gen.", an initial); at a paragraph
 * break, unless the break follows such an abbreviation (so "noted Dr.\n\nElena Kovalenko" stays one
 * sentence); after a quotation whose words end a sentence when a capitalised word follows; and after a
 * dateline ("WASHINGTON (AP) — ", "MANCHESTER, N.H. - "), so that the place it names is never read as the
 * subject of the sentence it opens.
 */
public final class SentenceSplitter {
    /** Datelines are short: a place, its state or country, the agency. */
    private static final int MAX_DATELINE_TOKENS = 12;
    /** Abbreviations and abbreviated honorifics ("Dr.", "Gen.", "Inc.") whose period does not end a sentence. */
    private final Set<String> abbreviations;
    /**
     * Robustness guard, not grammar: a "sentence" longer than this many tokens (real ones stay far below
     * it) is cut here, because cue reading does work per cue proportional to its sentence's length, and a
     * 50,000-character run without a full stop would otherwise make an article's analysis quadratic.
     */
    static final int MAX_SENTENCE_TOKENS = 400;

    public SentenceSplitter() {
        Set<String> words = new HashSet<>(WordList.load("abbreviations.tsv").words());
        words.addAll(Honorifics.load().abbreviated());
        this.abbreviations = Set.copyOf(words);
    }

    /**
     * @param endsSentence tells, for a QUOTE token's quotation index, whether its words end with
     *                     sentence-final punctuation
     * @return the sentences, in text order
     */
    public List<Sentence> split(List<Token> tokens, IntPredicate endsSentence) {
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < tokens.size(); i++) {
            if (i == from && (i == 0 || tokens.get(i).breakBefore())) {
                int dash = datelineDash(tokens, i);
                if (dash >= 0) {
                    sentences.add(new Sentence(sentences.size(), from, dash + 1));
                    from = dash + 1;
                    i = dash;
                    continue;
                }
            }
            Token t = tokens.get(i);
            Token next = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
            if (next == null) {
                break;
            }
            boolean boundary = false;
            if (next.breakBefore()) {
                boundary = !(t.is(".") && i > 0 && isAbbreviation(tokens.get(i - 1)));
            } else if (t.kind() == Token.Kind.PUNCT && (t.is(".") || t.is("!") || t.is("?") || t.is("\u2026"))) {
                boolean abbreviation = t.is(".") && i > 0 && isAbbreviation(tokens.get(i - 1))
                        && tokens.get(i - 1).span().end() == t.span().start();
                boundary = !abbreviation && startsSentence(next) && next.span().start() > t.span().end();
            } else if (t.kind() == Token.Kind.QUOTE && endsSentence.test(t.quotation())) {
                boundary = (next.isCapitalized() && !next.is("I")) || next.kind() == Token.Kind.QUOTE;
            }
            if (boundary || i + 1 - from >= MAX_SENTENCE_TOKENS) {
                sentences.add(new Sentence(sentences.size(), from, i + 1));
                from = i + 1;
            }
        }
        if (from < tokens.size()) {
            sentences.add(new Sentence(sentences.size(), from, tokens.size()));
        }
        return sentences;
    }

    /**
     * The index of the dash that closes a dateline opening the paragraph at {@code from}, or -1: words in
     * capitals ("WASHINGTON", "N.H"), commas and periods, at most one bracketed agency ("(AP)", "(Reuters)"),
     * then a dash between spaces, then a sentence's start ("NATO - the alliance - met" is no dateline).
     */
    static int datelineDash(List<Token> tokens, int from) {
        boolean capitals = false;
        for (int j = from; j < tokens.size() && j - from <= MAX_DATELINE_TOKENS; j++) {
            Token t = tokens.get(j);
            if (j > from && t.breakBefore()) {
                return -1;
            }
            if (t.isWord()) {
                if (!t.text().equals(t.text().toUpperCase(Locale.ROOT)) || !Character.isLetter(t.text().codePointAt(0))) {
                    return -1;
                }
                capitals |= t.text().length() > 1;
            } else if (t.is("(") && j + 2 < tokens.size() && tokens.get(j + 1).isWord() && tokens.get(j + 2).is(")")) {
                j += 2;
            } else if (isDash(t)) {
                if (j + 1 < tokens.size() && isDash(tokens.get(j + 1))
                        && tokens.get(j + 1).span().start() == t.span().end()) {
                    j++; // "WASHINGTON -- "
                    t = tokens.get(j);
                }
                if (j + 1 >= tokens.size()) {
                    return -1;
                }
                Token next = tokens.get(j + 1);
                boolean spaced = next.span().start() > t.span().end() && !next.breakBefore();
                return capitals && spaced && j > from && startsSentence(next) ? j : -1;
            } else if (!t.is(",") && !t.is(".")) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isDash(Token t) {
        return t.kind() == Token.Kind.PUNCT && "-\u2013\u2014\u2015".contains(t.text());
    }

    private static boolean startsSentence(Token next) {
        if (next.kind() == Token.Kind.QUOTE) {
            return true;
        }
        if (next.kind() == Token.Kind.PUNCT) {
            return "(\u2018\u201C\"'[".contains(next.text());
        }
        int cp = next.text().codePointAt(0);
        return Character.isUpperCase(cp) || Character.isDigit(cp) || !Character.isLowerCase(cp);
    }

    boolean isAbbreviation(Token word) {
        if (!word.isWord()) {
            return false;
        }
        String w = word.lower();
        return abbreviations.contains(w) || (w.length() == 1 && Character.isUpperCase(word.text().charAt(0)));
    }
}
