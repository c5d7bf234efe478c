package dev.standpoint.analysis.text;

/**
 * Converts UTF-16 offsets (Java and JavaScript string indices) into code point offsets (Python string
 * indices). Built once per text; each lookup is O(1).
 */
public final class CodePointOffsets {
    private final int[] codePointAt;

    public CodePointOffsets(String text) {
        codePointAt = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            codePointAt[i] = cp;
            boolean highSurrogateOfPair = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (!highSurrogateOfPair) {
                cp++;
            }
        }
        codePointAt[text.length()] = cp;
    }

    /** The code point offset of a UTF-16 offset; an offset inside a surrogate pair maps to its code point. */
    public int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset >= codePointAt.length) {
            throw new IndexOutOfBoundsException("offset " + utf16Offset + " outside text of length " + (codePointAt.length - 1));
        }
        return codePointAt[utf16Offset];
    }
}
