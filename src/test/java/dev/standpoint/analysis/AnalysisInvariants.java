package dev.standpoint.analysis;

import dev.standpoint.analysis.model.Actor;
import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Evidence;
import dev.standpoint.analysis.model.Mention;
import dev.standpoint.analysis.model.Quote;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.StanceScores;

import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What must hold for any text whatsoever: every span lies inside the text, slices to the text it reports
 * and does not cut a surrogate pair (so code point offsets stay exact); stance scores sum to 1; every
 * quote's speaker is one of the actors.
 */
public final class AnalysisInvariants {

    private AnalysisInvariants() {
    }

    public static void check(String text, Analysis analysis) {
        Offsets offsets = new Offsets(text);
        analysis.topic().span().ifPresent(span -> assertSlices(offsets, span, analysis.topic().text(), "topic"));
        Set<String> actorIds = new HashSet<>();
        for (Actor actor : analysis.actors()) {
            assertTrue(actorIds.add(actor.id()), () -> "duplicate actor id " + actor.id());
            for (Mention m : actor.mentions()) {
                assertSlices(offsets, m.span(), m.text(), "mention of " + actor.id());
            }
            for (Evidence e : actor.evidence()) {
                assertSlices(offsets, e.span(), e.text(), "evidence of " + actor.id());
                assertTrue(e.score() >= 0 && e.score() <= 1, "evidence score in [0, 1]");
            }
            assertSumsToOne(actor.stance().scores(), actor.id());
        }
        for (Quote q : analysis.quotes()) {
            assertSlices(offsets, q.span(), q.text(), "quote");
            q.speakerId().ifPresent(id -> assertTrue(actorIds.contains(id), () -> "quote speaker " + id
                    + " is not an actor"));
        }
    }

    private static void assertSlices(Offsets offsets, Span span, String reported, String what) {
        String text = offsets.text;
        assertTrue(span.end() <= text.length(), () -> what + " " + span + " ends past the text (" + text.length() + ")");
        assertEquals(span.of(text), reported, () -> what + " " + span + " does not slice to its text");
        assertFalse(splitsSurrogatePair(text, span.start()), () -> what + " " + span + " starts inside a surrogate pair");
        assertFalse(splitsSurrogatePair(text, span.end()), () -> what + " " + span + " ends inside a surrogate pair");
        // code point offsets: the same slice by code points gives the same text
        int cpStart = offsets.codePoints[span.start()], cpEnd = offsets.codePoints[span.end()];
        assertEquals(reported, text.substring(offsets.utf16[cpStart], offsets.utf16[cpEnd]),
                () -> what + " " + span + " does not slice by code points");
    }

    /** Both directions between UTF-16 and code point offsets, computed independently of the engine's own. */
    private static final class Offsets {
        final String text;
        final int[] codePoints;
        final int[] utf16;

        Offsets(String text) {
            this.text = text;
            codePoints = new int[text.length() + 1];
            utf16 = new int[text.codePointCount(0, text.length()) + 1];
            int cp = 0;
            for (int i = 0; i < text.length(); ) {
                utf16[cp] = i;
                int width = Character.charCount(text.codePointAt(i));
                for (int k = 0; k < width; k++) {
                    codePoints[i + k] = cp; // inside a pair: the pair's code point
                }
                i += width;
                cp++;
            }
            codePoints[text.length()] = cp;
            utf16[cp] = text.length();
        }
    }

    private static boolean splitsSurrogatePair(String text, int offset) {
        return offset > 0 && offset < text.length() && Character.isHighSurrogate(text.charAt(offset - 1))
                && Character.isLowSurrogate(text.charAt(offset));
    }

    private static void assertSumsToOne(StanceScores s, String actor) {
        double sum = s.approval() + s.concern() + s.skepticism() + s.neutral();
        assertEquals(1.0, sum, 1e-6, () -> "stance scores of " + actor + " sum to " + sum);
    }
}
