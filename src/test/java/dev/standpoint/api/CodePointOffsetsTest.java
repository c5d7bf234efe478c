package dev.standpoint.api;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodePointOffsetsTest {

    @Test
    void countsASurrogatePairAsOneCodePoint() {
        String text = "a\uD83D\uDE00b";
        CodePointOffsets offsets = new CodePointOffsets(text);
        assertEquals(0, offsets.toCodePoint(0));
        assertEquals(1, offsets.toCodePoint(1));
        assertEquals(2, offsets.toCodePoint(3));
        assertEquals(3, offsets.toCodePoint(4));
    }

    @Test
    void leavesBasicMultilingualPlaneTextUnchanged() {
        String text = "Belarus’s ‘Oreshnik’";
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(i, offsets.toCodePoint(i));
        }
    }
}
