package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.model.Stance;

import java.util.Objects;

/**
 * One piece of an actor's evidence before stance is judged: what the text ties to the actor, the cue
 * that ties it ("said", "warned", a continued paragraph), the stance that cue suggests on its own, and
 * the rule or model that made the attribution.
 *
 * @param actor    the actor's index in the {@link dev.standpoint.analysis.actors.ActorResolution}
 * @param cuePrior the stance the cue itself suggests ("warned": concern), NEUTRAL for plain reporting verbs
 * @param negated  the cue is negated ("did not welcome")
 */
public record EvidenceItem(int actor, EvidenceKind kind, Span span, String text, String cue, Stance cuePrior,
                           boolean negated, Provenance provenance) {
    public EvidenceItem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cuePrior, "cuePrior");
        Objects.requireNonNull(provenance, "provenance");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("evidence text does not fit its span");
        }
    }
}
