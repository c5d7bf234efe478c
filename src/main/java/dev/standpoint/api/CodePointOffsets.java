package dev.standpoint.api;

/**
 * Converts UTF-16 offsets into one text to code point offsets, for clients (Python, Rust) that index
 * strings by code point. A character outside the BMP is two UTF-16 units but one code point.
 */
final class CodePointOffsets {
    /** codePoints[i] = number of code points in text[0, i), as String.codePointCount(0, i) counts them. */
    private final int[] codePoints;

    CodePointOffsets(String text) {
        codePoints = new int[text.length() + 1];
        for (int i = 1; i <= text.length(); i++) {
            boolean closesPair = i >= 2 && Character.isLowSurrogate(text.charAt(i - 1))
                    && Character.isHighSurrogate(text.charAt(i - 2));
            codePoints[i] = codePoints[i - 1] + (closesPair ? 0 : 1);
        }
    }

    int toCodePoint(int utf16Offset) {
        return codePoints[utf16Offset];
    }
}
