package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into words and punctuation in one pass. Words keep inner apostrophes and hyphens
 * ("Kilroy-Silk", "nation’s"); each given span (a quotation) becomes a single QUOTE token.
 */
public final class Tokenizer {
    private Tokenizer() {
    }

    /** @param opaque sorted, non-overlapping spans each emitted as one QUOTE token */
    public static List<Token> tokenize(String text, List<Span> opaque) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int next = 0;
        boolean newParagraph = true;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (next < opaque.size() && opaque.get(next).start() == i) {
                Span q = opaque.get(next);
                tokens.add(new Token(q, q.of(text), Token.Kind.QUOTE, next, newParagraph));
                newParagraph = false;
                next++;
                i = q.end();
                continue;
            }
            if (isSpace(c)) {
                if (c == '\n') {
                    newParagraph = true;
                }
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(c)) {
                i = wordEnd(text, i, next < opaque.size() ? opaque.get(next).start() : n);
            } else {
                i += Character.charCount(text.codePointAt(i));
            }
            Token.Kind kind = Character.isLetterOrDigit(c) ? Token.Kind.WORD : Token.Kind.PUNCT;
            tokens.add(new Token(new Span(start, i), text.substring(start, i), kind, -1, newParagraph));
            newParagraph = false;
        }
        return tokens;
    }

    private static int wordEnd(String text, int i, int limit) {
        int n = Math.min(text.length(), limit);
        while (i < n) {
            int cp = text.codePointAt(i);
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                i += Character.charCount(cp);
            } else if ((cp == '\'' || cp == '\u2019' || cp == '-' || cp == '.')
                    && i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (cp != '.' || isInitialism(text, i) || isNumberMark(text, i))) {
                i++;
            } else if (cp == ',' && i + 1 < n && isNumberMark(text, i)) {
                i++; // "1,500" is one number
            } else if (cp == '&' && i + 1 < n && isAmpersandInName(text, i)) {
                i++; // "B&B", "AT&T": one name, where "Marks & Spencer" spaces its ampersand
            } else if ((cp == '\'' || cp == '\u2019') && i > 0 && text.charAt(i - 1) == 's' && i + 2 < n
                    && text.charAt(i + 1) == ' ' && Character.isUpperCase(text.charAt(i + 2))) {
                return i + 1; // possessive plural before a name: "Musicians' Union"
            } else {
                break;
            }
        }
        return i;
    }

    /** Every Unicode space separates words: no-break, thin and figure spaces too, not only Java's whitespace. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A decimal point or thousands comma: digits on both sides ("2.1 billion", "1,500"). */
    private static boolean isNumberMark(String text, int at) {
        return at >= 1 && at + 1 < text.length() && Character.isDigit(text.charAt(at - 1))
                && Character.isDigit(text.charAt(at + 1));
    }

    /** An ampersand between capitals with no space either side ("B&B", "AT&T", "R&B"). */
    private static boolean isAmpersandInName(String text, int at) {
        return at >= 1 && at + 1 < text.length() && Character.isUpperCase(text.charAt(at - 1))
                && Character.isUpperCase(text.charAt(at + 1));
    }

    /** A period inside an initialism such as U.S or U.K: single letters on both sides. */
    private static boolean isInitialism(String text, int dot) {
        boolean singleBefore = dot >= 1 && Character.isLetter(text.charAt(dot - 1))
                && (dot < 2 || !Character.isLetterOrDigit(text.charAt(dot - 2)));
        boolean singleAfter = dot + 2 >= text.length() || !Character.isLetterOrDigit(text.charAt(dot + 2));
        return singleBefore && singleAfter;
    }
}
