package dev.standpoint.analysis.summary;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.stance.JudgedEvidence;

import java.util.Comparator;
import java.util.List;

/** Stage 7: one readable English sentence per actor: who, which stance, and the strongest evidence for it. */
public final class SummaryWriter {

    private static final int SUMMARY_MAX_CHARS = 140;

    /** 'X approves, saying "..."', from the actor's judged evidence (at least one item). */
    public String summary(String name, ActorType type, Stance label, List<JudgedEvidence> evidence) {
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
        String verb = switch (label) {
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
        return name + " " + verb + ", " + how + " \u201C" + words + "\u201D" + (closed ? "" : ".");
    }
}
