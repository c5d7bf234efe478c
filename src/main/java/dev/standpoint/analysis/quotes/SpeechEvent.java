package dev.standpoint.analysis.quotes;

import dev.standpoint.analysis.actors.SourcePhrase;
import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Span;

import java.util.List;
import java.util.Optional;

/**
 * One attribution in the text: a source, the cue that ties something to it, and what it ties: reported
 * words or a described reaction ({@code content}) and the quotations the cue governs.
 *
 * @param sentence   index of the sentence the cue stands in
 * @param negated    the cue is negated ("not all experts are convinced")
 */
public record SpeechEvent(SourcePhrase source, CueLexicon.Cue cue, Span cueSpan, int sentence,
                          Optional<Span> content, EvidenceKind contentKind, List<Integer> quotations,
                          boolean negated) {
    public SpeechEvent {
        quotations = List.copyOf(quotations);
    }
}
