package dev.standpoint.analysis;

import dev.standpoint.analysis.model.Analysis;
import dev.standpoint.analysis.model.Article;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostile texts the engine must survive: it answers, every span still slices to its text, and the time
 * grows linearly with the length. The time guard compares a 1 MB text with a 100 KB text of the same
 * pattern and only fails on a blow-up far beyond noise (a quadratic stage makes the ratio ~100, linear ~10).
 * It counts the CPU time of the analysing thread, not the wall clock: the engine runs on the caller's thread,
 * and a busy CI machine or the collector's own threads then add nothing (wall time once read 771 ms against
 * under 25 ms on a loaded two-core runner, where this thread's own work is ~10x).
 */
class PathologicalArticlesTest {

    /** 10x the text may take at most this many times as long; linear is ~10, quadratic ~100. */
    private static final double MAX_RATIO_FOR_TEN_TIMES_THE_TEXT = 30;
    /** Below this a baseline is timer noise; ratios are taken against at least this much. */
    private static final long BASELINE_FLOOR_NANOS = 25_000_000;

    private static final Analyzer ANALYZER = new Analyzer();
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @BeforeAll
    static void warmUp() {
        for (int i = 0; i < 3; i++) {
            ANALYZER.analyze(Article.of(repeat("The mayor said \"we will build it.\" Critics warned it was costly. ", 50_000)));
        }
    }

    static Stream<Arguments> hostileTexts() {
        return Stream.of(
                Arguments.of("100,000 straight quote marks", repeat("\"", 100_000)),
                Arguments.of("100,000 curly opening quote marks", repeat("\u201C", 100_000)),
                Arguments.of("unbalanced quotes", repeat("He said \"yes. She said \u201Cno. ", 200_000)),
                Arguments.of("nested quotes", repeat("\u201CShe said \u2018he said \u00ABno\u00BB\u2019\u201D ", 100_000)),
                Arguments.of("1 MB without punctuation", repeat("lorem ipsum dolor sit amet ", 1_000_000)),
                Arguments.of("1 MB of capitalised words", repeat("Lorem Ipsum Dolor Sit Amet ", 1_000_000)),
                Arguments.of("one 50,000-character sentence of cues", repeat("Minister Smith said that Jones warned ", 50_000)),
                Arguments.of("mixed scripts", repeat("Prime Minister \u039A\u03CE\u03C3\u03C4\u03B1\u03C2 said \u201C\u4F60\u597D\u201D; "
                        + "\u041F\u0443\u0442\u0438\u043D warned \"\u043D\u0435\u0442\". ", 200_000)),
                Arguments.of("right-to-left text", repeat("\u05D0\u05DE\u05E8 \u05E9\u05E8 \u201C\u05DB\u05DF\u201D. "
                        + "\u0642\u0627\u0644 \u0627\u0644\u0648\u0632\u064A\u0631 \u00AB\u0646\u0639\u0645\u00BB. ", 200_000)),
                Arguments.of("emoji and other supplementary characters", repeat("\uD83D\uDE00 Ana \uD835\uDC00 said "
                        + "\u201C\uD83D\uDE80 go \uD83C\uDDFA\uD83C\uDDE6\u201D. ", 200_000)),
                Arguments.of("lone surrogates", repeat("\uD83D Mr Li said \"\uDE00 fine\uD83D\". ", 200_000)),
                Arguments.of("zero-width and control characters", repeat("Jo\u200Bhn\u200D Sm\u0000ith said\u0007 "
                        + "\"n\u00ADo\u202E\u2066\". \u200F\uFEFF\r\f\u000B", 200_000)),
                Arguments.of("HTML pasted as text", repeat("<p class=\"lead\">The <b>mayor</b> said &quot;yes&quot;.</p>"
                        + "<script>alert('x')</script>\n", 200_000)),
                Arguments.of("only newlines", repeat("\n", 200_000)),
                Arguments.of("only periods", repeat(".", 200_000)),
                Arguments.of("cue words without sources", repeat("said according to warned ", 200_000)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileTexts")
    void answersWithSpansThatSliceToTheirTextForHostileInput(String name, String text) {
        Analysis analysis = ANALYZER.analyze(Article.of(text));
        AnalysisInvariants.check(text, analysis);
    }

    @Test
    void aQuotationWithSupplementaryCharactersKeepsExactOffsets() {
        String text = "Dr Ana Silva said \u201C\uD83D\uDE80 we launch \uD83C\uDDFA\uD83C\uDDE6 today\u201D.";
        Analysis analysis = ANALYZER.analyze(Article.of(text));
        AnalysisInvariants.check(text, analysis);
        assertEquals(1, analysis.quotes().size());
        assertEquals("\uD83D\uDE80 we launch \uD83C\uDDFA\uD83C\uDDE6 today", analysis.quotes().get(0).text());
    }

    @Test
    void manyQuotationsAttributedToOneSpeakerStayLinear() {
        assertLinear("\uD83D\uDE00 Ana said \u201C\uD83D\uDE80 go\u201D. ");
    }

    @Test
    void oneEnormousSentenceOfReportingCuesStaysLinear() {
        assertLinear("the minister said that ");
    }

    @Test
    void capitalisedWordsWithoutPunctuationStayLinear() {
        assertLinear("Lorem Ipsum Dolor Sit Amet ");
    }

    @Test
    void quoteMarksAndNewsProseStayLinear() {
        assertLinear("Prime Minister Jane Doe said: \"We will not back down.\" Opposition leader John Smith "
                + "warned that the plan was reckless, \u201Cand \u2018dangerous\u2019. ");
    }

    private static void assertLinear(String unit) {
        String small = repeat(unit, 100_000);
        String large = repeat(unit, 1_000_000);
        long smallNanos = Math.max(BASELINE_FLOOR_NANOS, Math.min(time(small), time(small)));
        long largeNanos = time(large);
        // up to two retries, keeping the fastest: a cold compiler is not a blow-up; a quadratic stage fails every try
        for (int retry = 0; retry < 2 && largeNanos > MAX_RATIO_FOR_TEN_TIMES_THE_TEXT * smallNanos; retry++) {
            largeNanos = Math.min(largeNanos, time(large));
        }
        double ratio = (double) largeNanos / smallNanos;
        long fastestLarge = largeNanos;
        assertTrue(ratio <= MAX_RATIO_FOR_TEN_TIMES_THE_TEXT, () -> String.format(
                "1 MB took %.1fx as long as 100 KB (%d ms vs %d ms); linear is ~10x", ratio,
                fastestLarge / 1_000_000, smallNanos / 1_000_000));
    }

    /** CPU nanoseconds this thread spent analysing the text. */
    private static long time(String text) {
        long start = THREADS.getCurrentThreadCpuTime();
        Analysis analysis = ANALYZER.analyze(Article.of(text));
        long nanos = THREADS.getCurrentThreadCpuTime() - start;
        AnalysisInvariants.check(text, analysis);
        return nanos;
    }

    static String repeat(String unit, int length) {
        StringBuilder b = new StringBuilder(length + unit.length());
        while (b.length() < length) {
            b.append(unit);
        }
        return b.toString();
    }
}
