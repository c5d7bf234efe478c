package dev.standpoint.analysis.summary;

import dev.standpoint.analysis.model.ActorStance;
import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.stance.JudgedEvidence;

import java.util.Comparator;
import java.util.List;

/** Stage 7: one readable English sentence per actor: who, which stance, and the strongest evidence for it. */
public final class SummaryWriter {

    private static final int SUMMARY_MAX_CHARS = 140;
    /** Below this probability of its label the summary hedges: calibrated, it is right less often than not. */
    static final double HEDGE_BELOW = 0.5;

    /**
     * 'X approves, saying "..."', from the actor's judged evidence (at least one item). An uncertain label reads
     * 'X seems to approve'; a single piece of evidence is said so, for a reader to weigh.
     */
    public String summary(String name, ActorType type, ActorStance stance, List<JudgedEvidence> evidence) {
        var label = stance.label();
        JudgedEvidence strongest = evidence.stream()
                .filter(s -> s.label() == label)
                .max(Comparator.comparingDouble(JudgedEvidence::score))
                .orElse(evidence.get(0));
        String words = strongest.item().text().replaceAll("\\s+", " ").strip().replaceAll("[,;:]+$", "");
        if (words.length() > SUMMARY_MAX_CHARS) {
            int cut = SUMMARY_MAX_CHARS - 3;
            if (Character.isHighSurrogate(words.charAt(cut - 1))) {
                cut--; // never split a character outside the BMP
            }
            words = words.substring(0, cut).strip() + "...";
        }
        boolean plural = type == ActorType.GROUP;
        boolean hedged = stance.confidence() < HEDGE_BELOW;
        String seem = plural ? "seem" : "seems";
        String verb = hedged ? switch (label) {
            case APPROVAL -> seem + " to approve";
            case CONCERN -> seem + " concerned";
            case SKEPTICISM -> seem + " skeptical";
            case NEUTRAL -> seem + " to take no clear side";
        } : switch (label) {
            case APPROVAL -> plural ? "approve" : "approves";
            case CONCERN -> plural ? "are concerned" : "is concerned";
            case SKEPTICISM -> plural ? "are skeptical" : "is skeptical";
            case NEUTRAL -> plural ? "take no clear side" : "takes no clear side";
        };
        String how = switch (strongest.item().kind()) {
            case DIRECT_QUOTE -> "saying";
            case REPORTED -> "reportedly saying";
            case DESCRIPTION -> "as the article puts it,";
        };
        boolean closed = words.endsWith(".") || words.endsWith("!") || words.endsWith("?");
        String thin = evidence.size() == 1 ? " (one piece of evidence)" : "";
        return name + " " + verb + ", " + how + " \u201C" + words + "\u201D" + thin + (closed && thin.isEmpty() ? "" : ".");
    }
}
