package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.model.Provenance;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * An attribution with the actor its source was joined to, and the rule that joined them; no actor when a
 * pronoun had nobody to refer to.
 */
public record ResolvedAttribution(Attribution attribution, OptionalInt actor, Provenance link) {
    public ResolvedAttribution {
        Objects.requireNonNull(attribution, "attribution");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(link, "link");
    }
}
