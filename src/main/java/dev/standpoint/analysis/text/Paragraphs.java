package dev.standpoint.analysis.text;

import dev.standpoint.analysis.model.Span;

import java.util.ArrayList;
import java.util.List;

/** Splits text into paragraphs: runs of text between line breaks, trimmed of surrounding whitespace. */
public final class Paragraphs {
    private Paragraphs() {
    }

    public static List<Span> of(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            while (i < n && Tokenizer.isSpace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            while (i < n && text.charAt(i) != '\n' && text.charAt(i) != '\r') {
                i++;
            }
            int end = i;
            while (end > start && Tokenizer.isSpace(text.charAt(end - 1))) {
                end--;
            }
            paragraphs.add(new Span(start, end));
        }
        return paragraphs;
    }

    /** Index of the paragraph that contains the offset, or of the last one that starts before it. */
    public static int indexAt(List<Span> paragraphs, int offset) {
        int lo = 0, hi = paragraphs.size() - 1, found = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (paragraphs.get(mid).start() <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }
}
