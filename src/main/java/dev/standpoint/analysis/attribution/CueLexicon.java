package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.words.LexiconFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The attribution cues of news copy ("said", "warned", "welcomed", "are worried"), loaded from cues.tsv. */
public final class CueLexicon {

    /**
     * SPEECH reports words or thoughts, REACTION describes a reaction, STATE is an adjective of reaction after
     * "be"; ACTION is a cue the lexicon does not know, read by the tagger ("filed", "removed"): something the
     * source did, which on its own shows no view.
     */
    public enum Kind { SPEECH, REACTION, STATE, ACTION;

        /** Whether an attribution by such a cue expresses its source's own view or reaction. */
        public boolean expressesView() {
            return this != ACTION;
        }
    }

    public record Cue(String form, String lemma, Kind kind, Stance prior) {
        public boolean isParticiple() {
            return form.endsWith("ing");
        }
    }

    private final Map<String, Cue> byForm = new HashMap<>();

    /** The hand-compiled cues (cues.tsv): what the rules read and the tagger's features were trained with. */
    public CueLexicon() {
        this("cues.tsv");
    }

    private CueLexicon(String... files) {
        for (String file : files) {
            for (String[] row : LexiconFile.rows(file)) {
                Cue cue = new Cue(row[0], row[1], Kind.valueOf(row[2]), Stance.valueOf(row[3].toUpperCase(Locale.ROOT)));
                byForm.putIfAbsent(cue.form(), cue);
            }
        }
    }

    /**
     * cues.tsv, the cues counted in PolNeAR's train split (cues-polnear.tsv) and verbs of judgement and siding
     * (cues-reactions.tsv): for typing the cues the trained tagger finds ("tweeted", "wants", "assailed"), which
     * would otherwise count as actions that show no view.
     */
    public static CueLexicon withPolnearCues() {
        return new CueLexicon("cues.tsv", "cues-polnear.tsv", "cues-reactions.tsv");
    }

    public Optional<Cue> lookup(String lowerCaseWord) {
        return Optional.ofNullable(byForm.get(lowerCaseWord));
    }
}
