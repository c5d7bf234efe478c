package dev.standpoint.analysis.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CodePointOffsetsTest {

    @Test
    void countsACharacterOutsideTheBmpAsOneCodePoint() {
        String text = "a\uD83D\uDE00b"; // a, grinning face (two UTF-16 units), b
        CodePointOffsets offsets = new CodePointOffsets(text);
        assertEquals(0, offsets.toCodePoints(0));
        assertEquals(1, offsets.toCodePoints(1));
        assertEquals(2, offsets.toCodePoints(3));
        assertEquals(3, offsets.toCodePoints(4));
    }

    @Test
    void leavesBmpTextUnchanged() {
        String text = "Belarus’s ‘Oreshnik’";
        CodePointOffsets offsets = new CodePointOffsets(text);
        for (int i = 0; i <= text.length(); i++) {
            assertEquals(i, offsets.toCodePoints(i));
        }
    }
}
