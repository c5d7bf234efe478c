package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds top-level quotations in one linear pass per paragraph.
 *
 * <p>Straight marks are read as opening or closing from their neighbours (space before and a word
 * after opens; a word or punctuation before and space after closes), because news copy often drops
 * the closing mark before a new quoted sentence: {@code "... services... "What they say ...}. An
 * opening double mark while a double quotation is open therefore closes the first one. Single marks
 * double as apostrophes, so one between letters is never a quotation mark, and a closing single mark
 * only closes when a single quotation is open. Nested quotations stay inside their outer quotation.
 * An unclosed double quotation ends with its paragraph (the news convention for quotations running
 * over several paragraphs); an unclosed single one is dropped as an apostrophe misread. Two apostrophes
 * ({@code ''}) are one straight double mark, as the New York Times copy in PolNeAR writes them.
 */
public final class QuotationFinder {

    private enum Mark { DOUBLE, SINGLE }

    /** An opening mark at {@code at}, {@code width} characters long ('' is one double mark of two). */
    private record Open(Mark mark, int at, int width) {
        Open(Mark mark, int at) {
            this(mark, at, 1);
        }
    }

    public List<Quotation> find(String text) {
        return find(text, Paragraphs.of(text));
    }

    /** @param paragraphs the text's paragraphs, as {@link Paragraphs#of} gives them */
    public List<Quotation> find(String text, List<Span> paragraphs) {
        List<Quotation> found = new ArrayList<>();
        for (Span paragraph : paragraphs) {
            findInParagraph(text, paragraph, found);
        }
        return found;
    }

    private void findInParagraph(String text, Span paragraph, List<Quotation> found) {
        Deque<Open> open = new ArrayDeque<>();
        int end = paragraph.end();
        for (int i = paragraph.start(); i < end; i++) {
            char c = text.charAt(i);
            char before = i > paragraph.start() ? text.charAt(i - 1) : ' ';
            char after = i + 1 < end ? text.charAt(i + 1) : ' ';
            switch (c) {
                case '\u201C', '\u201E', '\u00AB' -> openDouble(text, open, i, found);
                case '\u201D', '\u00BB' -> closeDouble(text, open, i, found);
                case '"' -> straightDouble(text, open, i, 1, before, after, found);
                case '\u2018', '\u201B', '\u2039' -> {
                    if (!isWordChar(before)) {
                        open.push(new Open(Mark.SINGLE, i));
                    }
                }
                case '\u2019', '\u203A', '\'' -> {
                    if (c == '\'' && after == '\'') {
                        // two apostrophes are one double mark, as the New York Times writes them: ''It is,'' said
                        straightDouble(text, open, i, 2, before, i + 2 < end ? text.charAt(i + 2) : ' ', found);
                        i++;
                        break;
                    }
                    if (isWordChar(before) && isWordChar(after)) {
                        break; // apostrophe inside a word: don't, nation’s
                    }
                    if (c == '\'' && !isWordChar(before) && isWordChar(after) && before != '.') {
                        open.push(new Open(Mark.SINGLE, i));
                    } else if (!open.isEmpty() && open.peek().mark == Mark.SINGLE && !isWordChar(after)) {
                        Open o = open.pop();
                        emitIfTopLevel(text, open, o, i, i + 1, found);
                    }
                }
                default -> {
                }
            }
        }
        // Unclosed at the paragraph's end: double quotations run to it, single ones were apostrophes.
        Open outermostDouble = null;
        for (Open o : open) {
            if (o.mark == Mark.DOUBLE) {
                outermostDouble = o;
            }
        }
        if (outermostDouble != null && open.peekLast() == outermostDouble) {
            addQuotation(text, outermostDouble, end, end, found);
        }
    }

    /** A straight double mark, {@code width} characters from {@code at}, read as opening or closing by its neighbours. */
    private static void straightDouble(String text, Deque<Open> open, int at, int width, char before, char after,
                                       List<Quotation> found) {
        boolean opens = isOpeningContext(before, after);
        boolean closes = isClosingContext(before, after);
        boolean doubleOpen = open.stream().anyMatch(o -> o.mark == Mark.DOUBLE);
        if (opens && !closes) {
            openDouble(text, open, at, width, found);
        } else if (closes && !opens || doubleOpen) {
            closeDouble(text, open, at, width, found); // a closing mark, or an unclear one while a quotation is open
        } else {
            openDouble(text, open, at, width, found);
        }
    }

    private static void openDouble(String text, Deque<Open> open, int at, List<Quotation> found) {
        openDouble(text, open, at, 1, found);
    }

    private static void openDouble(String text, Deque<Open> open, int at, int width, List<Quotation> found) {
        // A new opening double mark while one is open: the writer left the previous one unclosed.
        while (!open.isEmpty() && open.stream().anyMatch(o -> o.mark == Mark.DOUBLE)) {
            Open o = open.pop();
            if (o.mark == Mark.DOUBLE && open.isEmpty()) {
                int innerEnd = at;
                while (innerEnd > o.at + 1 && Tokenizer.isSpace(text.charAt(innerEnd - 1))) {
                    innerEnd--;
                }
                addQuotation(text, o, innerEnd, innerEnd, found);
            }
        }
        open.push(new Open(Mark.DOUBLE, at, width));
    }

    private static void closeDouble(String text, Deque<Open> open, int at, List<Quotation> found) {
        closeDouble(text, open, at, 1, found);
    }

    private static void closeDouble(String text, Deque<Open> open, int at, int width, List<Quotation> found) {
        if (open.stream().noneMatch(o -> o.mark == Mark.DOUBLE)) {
            return; // a stray closing mark
        }
        Open o;
        do {
            o = open.pop(); // single quotations left open inside are apostrophes
        } while (o.mark != Mark.DOUBLE);
        emitIfTopLevel(text, open, o, at, at + width, found);
    }

    private static void emitIfTopLevel(String text, Deque<Open> open, Open opening, int innerEnd, int outerEnd,
                                       List<Quotation> found) {
        if (open.isEmpty()) {
            addQuotation(text, opening, innerEnd, outerEnd, found);
        }
    }

    private static void addQuotation(String text, Open opening, int innerEnd, int outerEnd, List<Quotation> found) {
        int markStart = opening.at;
        int innerStart = markStart + opening.width;
        while (innerStart < innerEnd && Tokenizer.isSpace(text.charAt(innerStart))) {
            innerStart++;
        }
        while (innerEnd > innerStart && Tokenizer.isSpace(text.charAt(innerEnd - 1))) {
            innerEnd--;
        }
        if (innerEnd > innerStart) {
            found.add(new Quotation(new Span(innerStart, innerEnd), new Span(markStart, outerEnd)));
        }
    }

    private static boolean isOpeningContext(char before, char after) {
        return (Tokenizer.isSpace(before) || "([{\u2014\u2013-/".indexOf(before) >= 0)
                && !Tokenizer.isSpace(after);
    }

    private static boolean isClosingContext(char before, char after) {
        return !Tokenizer.isSpace(before) && (Tokenizer.isSpace(after) || ".,;:!?)]}\u2014\u2013-".indexOf(after) >= 0);
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
