package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Provenance;
import dev.standpoint.analysis.model.Span;
import dev.standpoint.analysis.phrases.SourcePhrase;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One attribution in the text: a source, the cue that ties something to it, and what it ties: reported
 * words or a described reaction ({@code content}) and the quotations the cue governs.
 *
 * @param sentence    index of the sentence the cue stands in
 * @param contentKind REPORTED for reported speech, DESCRIPTION for a narrator's account of a reaction
 * @param quotations  indices of the quotations (in the segmentation) the cue governs
 * @param negated     the cue is negated ("not all experts are convinced")
 * @param provenance  the rule or model that found it
 */
public record Attribution(SourcePhrase source, CueLexicon.Cue cue, Span cueSpan, int sentence,
                          Optional<Span> content, EvidenceKind contentKind, List<Integer> quotations,
                          boolean negated, Provenance provenance) {
    public Attribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(cue, "cue");
        Objects.requireNonNull(cueSpan, "cueSpan");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(contentKind, "contentKind");
        quotations = List.copyOf(quotations);
        Objects.requireNonNull(provenance, "provenance");
    }
}
