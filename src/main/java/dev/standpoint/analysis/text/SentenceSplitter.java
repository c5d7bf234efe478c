package dev.standpoint.analysis.text;

import dev.standpoint.analysis.words.Honorifics;
import dev.standpoint.analysis.words.WordList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Groups tokens into sentences. A sentence ends at . ! or ? before a capitalised word, a digit or a
 * quotation, unless the period closes an abbreviation ("Dr.", "Gen.", an initial); at a paragraph
 * break, unless the break follows such an abbreviation (so "noted Dr.\n\nElena Kovalenko" stays one
 * sentence); and after a quotation whose words end a sentence when a capitalised word follows.
 */
public final class SentenceSplitter {
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
