package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.words.LexiconFile;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The attribution cues of news copy ("said", "warned", "welcomed", "are worried"), loaded from cues.tsv. */
public final class CueLexicon {

    public enum Kind { SPEECH, REACTION, STATE }

    public record Cue(String form, String lemma, Kind kind, Stance prior) {
        public boolean isParticiple() {
            return form.endsWith("ing");
        }
    }

    private final Map<String, Cue> byForm = new HashMap<>();

    public CueLexicon() {
        for (String[] row : LexiconFile.rows("cues.tsv")) {
            Cue cue = new Cue(row[0], row[1], Kind.valueOf(row[2]), Stance.valueOf(row[3].toUpperCase(Locale.ROOT)));
            byForm.putIfAbsent(cue.form(), cue);
        }
    }

    public Optional<Cue> lookup(String lowerCaseWord) {
        return Optional.ofNullable(byForm.get(lowerCaseWord));
    }
}
