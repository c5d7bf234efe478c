package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.actors.ResolvedAttribution;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.text.Paragraphs;
import dev.standpoint.analysis.text.Quotation;
import dev.standpoint.analysis.text.Segmentation;
import dev.standpoint.analysis.text.Token;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

/**
 * Decides which quotations are speech and who said each one.
 *
 * <p>A quotation a cue governs goes to the cue's source. One no cue governs continues the last speaker
 * when it stands in the same paragraph, or opens the next paragraph (the convention of quotations
 * running across paragraphs); otherwise it stays unattributed rather than guessed. Short quotations
 * ("desperate", "firm but fair") count as speech only when a cue governs them, and capitalised names
 * in quotation marks ("‘Oreshnik’", "'Veritas'") never do.
 */
final class QuoteSpeakers {

    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?;:,]\\s");
    private static final int SHORT_QUOTE_WORDS = 3;
    private static final double GOVERNED_CONFIDENCE = 0.9;
    private static final double CONTINUED_CONFIDENCE = 0.7;
    static final String CONTINUATION = "continuation";

    /** Someone speaking at an offset: a cue with a resolved source, or a quotation already attributed. */
    private record SpeechAct(int offset, int actor, int paragraph) {
    }

    List<AttributedQuote> attribute(Segmentation segmentation, List<ResolvedAttribution> attributions) {
        String text = segmentation.text();
        List<Quotation> quotations = segmentation.quotations();
        Map<Integer, ResolvedAttribution> governing = new HashMap<>();
        for (ResolvedAttribution r : attributions) {
            for (int q : r.attribution().quotations()) {
                governing.putIfAbsent(q, r);
            }
        }
        boolean[] opensParagraph = new boolean[quotations.size()];
        for (Token t : segmentation.tokens()) {
            if (t.kind() == Token.Kind.QUOTE) {
                opensParagraph[t.quotation()] = t.breakBefore();
            }
        }
        // Speech acts in text order, to continue the last speaker.
        List<SpeechAct> acts = new ArrayList<>();
        for (ResolvedAttribution r : attributions) {
            if (r.actor().isPresent()) {
                int at = Math.max(r.attribution().cueSpan().start(), r.attribution().source().span().end());
                acts.add(new SpeechAct(at, r.actor().getAsInt(), Paragraphs.indexAt(segmentation.paragraphs(), at)));
            }
        }
        acts.sort((a, b) -> Integer.compare(a.offset(), b.offset()));

        List<AttributedQuote> result = new ArrayList<>();
        int nextAct = 0;
        SpeechAct lastAct = null;
        for (int q = 0; q < quotations.size(); q++) {
            Quotation quotation = quotations.get(q);
            int at = quotation.outer().start();
            while (nextAct < acts.size() && acts.get(nextAct).offset() < at) {
                lastAct = acts.get(nextAct++);
            }
            String words = quotation.inner().of(text);
            ResolvedAttribution governed = governing.get(q);
            Optional<AttributedQuote> attributed;
            if (governed != null) {
                attributed = isSpeech(words, text, true)
                        ? Optional.of(new AttributedQuote(q, governed.actor(), governed.attribution().cue().form(),
                                governed.actor().isPresent() ? GOVERNED_CONFIDENCE : 0.0,
                                governed.attribution().provenance()))
                        : Optional.empty();
            } else if (!isSpeech(words, text, false)) {
                attributed = Optional.empty();
            } else {
                int paragraph = Paragraphs.indexAt(segmentation.paragraphs(), at);
                boolean continues = lastAct != null && (lastAct.paragraph() == paragraph
                        || (lastAct.paragraph() == paragraph - 1 && opensParagraph[q]));
                attributed = Optional.of(continues
                        ? new AttributedQuote(q, OptionalInt.of(lastAct.actor()), CONTINUATION, CONTINUED_CONFIDENCE,
                                Provenance.rule("continuation", CONTINUED_CONFIDENCE))
                        : new AttributedQuote(q, OptionalInt.empty(), "", 0.0, Provenance.rule("unattributed", 0.0)));
            }
            if (attributed.isPresent()) {
                AttributedQuote a = attributed.get();
                result.add(a);
                if (a.actor().isPresent()) {
                    lastAct = new SpeechAct(at, a.actor().getAsInt(), Paragraphs.indexAt(segmentation.paragraphs(), at));
                }
            }
        }
        return result;
    }

    static boolean isSpeech(String words, String text, boolean governed) {
        String[] parts = words.trim().split("\\s+");
        int count = 0;
        boolean allCapitalised = true;
        for (String p : parts) {
            if (p.isEmpty() || !Character.isLetterOrDigit(p.codePointAt(0)) && p.length() == 1) {
                continue;
            }
            count++;
            boolean minorWord = p.equals("of") || p.equals("the") || p.equals("and") || p.equals("for");
            allCapitalised &= minorWord || Character.isUpperCase(p.codePointAt(0));
        }
        if (count == 0) {
            return false;
        }
        boolean sentenceLike = SENTENCE_PUNCTUATION.matcher(words + " ").find() && count > 1;
        if (allCapitalised && (count == 1 || occursMoreThanOnce(text, words)) && !sentenceLike) {
            return false; // a name in quotation marks: 'Veritas', ‘Oreshnik’
        }
        if (count > SHORT_QUOTE_WORDS || sentenceLike) {
            return governed || !allCapitalised;
        }
        return governed;
    }

    private static boolean occursMoreThanOnce(String text, String words) {
        int first = text.indexOf(words);
        return first >= 0 && text.indexOf(words, first + words.length()) >= 0;
    }
}
