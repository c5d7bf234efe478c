package dev.standpoint.analysis;

import java.util.List;
import java.util.Random;

/**
 * Generates news-like text for property tests: sources with titles and names, reporting and reaction cues,
 * quotations with every kind of mark (some unbalanced), pronouns, abbreviations, paragraph breaks, and the
 * characters that break offset arithmetic: surrogate pairs, lone surrogates, zero-width and control
 * characters, right-to-left text, HTML. Deterministic for a seed, so a failure names the seed that replays it.
 */
final class NewsLikeText {

    private static final List<String> TITLES = List.of("", "", "Mr ", "Dr. ", "President ", "Prime Minister ",
            "Gen. ", "Sen. ", "the mayor ", "Ms ", "Foreign Minister ");
    private static final List<String> NAMES = List.of("Jane Doe", "John Smith", "Alexander Lukashenko", "Ana Silva",
            "Zo\u00EB O'Brien-M\u00FCller", "\u674E\u5F3A", "\u0412\u043B\u0430\u0434\u0438\u043C\u0438\u0440 "
                    + "\u041F\u0443\u0442\u0438\u043D", "\u05D1\u05E0\u05D9\u05DE\u05D9\u05DF", "Ng\u00F4 \u0110\u00ECnh",
            "Ann\u200BMarie", "\u0130stanbul Mayor Ekrem \u0130mamo\u011Flu", "J. R. Hartley", "\uD835\uDC00nna \uD835\uDC01ell", "Emoji \uD83D\uDE00 Person");
    private static final List<String> GROUPS = List.of("the ministry", "critics", "residents", "officials",
            "a spokesperson", "Amnesty International", "the European Union", "analysts", "some experts",
            "the Kremlin", "NATO", "people familiar with the matter", "the company");
    private static final List<String> PRONOUNS = List.of("he", "she", "they", "He", "She", "They", "it", "we", "I");
    private static final List<String> CUES = List.of("said", "says", "told reporters", "warned", "added", "argued",
            "claimed", "welcomed the decision", "criticised the plan", "expressed concern", "denied", "insisted",
            "was quoted as saying", "said in a statement", "noted", "has said", "did not say", "called for calm",
            "praised", "dismissed the report", "is said to", "stated");
    private static final List<String> CLAUSES = List.of("the plan would fail", "the bridge will open in May",
            "this is a historic day for the country", "prices rose 2.5% in Jan.", "the missiles were deployed",
            "nobody should be surprised", "it was not a good idea", "we are deeply worried", "the deal is welcome",
            "the figures are doubtful at best", "U.S. officials disagreed", "there is no evidence", "etc.",
            "\u05D6\u05D4 \u05DC\u05D0 \u05E0\u05DB\u05D5\u05DF", "\u043C\u044B \u043F\u0440\u043E\u0442\u0438\u0432",
            "\uD83D\uDE80\uD83D\uDE80 to the moon", "\u0130\u0130 \u0130yi good, bad", "<b>bold</b> &amp; <i>brave</i>");
    private static final List<String[]> MARKS = List.of(new String[] {"\"", "\""}, new String[] {"\u201C", "\u201D"},
            new String[] {"\u2018", "\u2019"}, new String[] {"\u00AB", "\u00BB"}, new String[] {"\u201E", "\u201C"},
            new String[] {"'", "'"}, new String[] {"\u300C", "\u300D"}, new String[] {"\"", ""},
            new String[] {"", "\u201D"}, new String[] {"\u201C", "\""});
    private static final List<String> NOISE = List.of("\u200B", "\u200D", "\u200E", "\u200F", "\u202E", "\u2066",
            "\uFEFF", "\u0000", "\u0007", "\u001B", "\r", "\t", "\u00A0", "\u2028", "\u2029", "\uD83D", "\uDE00",
            "\uD83C\uDDFA\uD83C\uDDE6", "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67", "\u0301", "\u2026", "--",
            "(", ")", ":", ";", "...", "!!", "??", "\n", "\n\n", "</p><p>", "&quot;", "\u00AD", "\\", "\uFFFD");

    private final Random random;

    NewsLikeText(long seed) {
        random = new Random(seed);
    }

    String article() {
        StringBuilder b = new StringBuilder();
        if (random.nextInt(3) == 0) {
            b.append(pick(CLAUSES)).append('\n');
        }
        int sentences = 1 + random.nextInt(12);
        for (int i = 0; i < sentences; i++) {
            sentence(b);
            b.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            if (random.nextInt(5) == 0) {
                b.append(pick(NOISE));
            }
        }
        return b.toString();
    }

    private void sentence(StringBuilder b) {
        String[] marks = pick(MARKS);
        String quotation = marks[0] + clause() + (random.nextBoolean() ? "," : ".") + marks[1];
        switch (random.nextInt(7)) {
            case 0 -> b.append(source()).append(' ').append(pick(CUES)).append(' ').append(quotation);
            case 1 -> b.append(quotation).append(' ').append(pick(CUES)).append(' ').append(source()).append('.');
            case 2 -> b.append(source()).append(' ').append(pick(CUES)).append(" that ").append(clause()).append('.');
            case 3 -> b.append(clause()).append(", according to ").append(source()).append('.');
            case 4 -> b.append(pick(PRONOUNS)).append(' ').append(pick(CUES)).append(": ").append(quotation);
            case 5 -> b.append(capitalised(clause())).append(random.nextBoolean() ? "." : "");
            default -> {
                for (int i = random.nextInt(8); i >= 0; i--) {
                    b.append(random.nextBoolean() ? pick(NOISE) : pick(CLAUSES)).append(' ');
                }
            }
        }
    }

    private String source() {
        return switch (random.nextInt(3)) {
            case 0 -> pick(GROUPS);
            case 1 -> pick(TITLES) + pick(NAMES) + (random.nextInt(4) == 0 ? ", a senior analyst at " + pick(GROUPS) + "," : "");
            default -> pick(TITLES) + pick(NAMES);
        };
    }

    private String clause() {
        String c = pick(CLAUSES);
        return random.nextInt(6) == 0 ? c + " " + pick(NOISE) + " " + pick(CLAUSES) : c;
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase() + s.substring(1);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
