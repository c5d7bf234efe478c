package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

import java.util.Locale;

/**
 * A word, a punctuation mark, or a whole quotation (marks included) treated as one opaque unit so that
 * the words someone said never read as the narrator's grammar.
 *
 * @param quotation index of the quotation this token stands for, or -1
 * @param breakBefore the token starts a new paragraph
 */
public record Token(Span span, String text, Kind kind, int quotation, boolean breakBefore) {
    public enum Kind { WORD, PUNCT, QUOTE }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalized() {
        return kind == Kind.WORD && Character.isUpperCase(text.codePointAt(0));
    }

    public boolean is(String word) {
        return kind != Kind.QUOTE && text.equalsIgnoreCase(word);
    }

    public String lower() {
        return text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
    }
}
