package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.model.ActorType;
import dev.standpoint.analysis.model.Span;

import java.util.Optional;

/**
 * A noun phrase the text gives as the source of a statement or reaction: "Belarusian Defense Minister
 * Victor Khrenin", "he", "the minister", "a senior EU official", "Western diplomats".
 *
 * @param span        the whole phrase in the text, role words included
 * @param name        how the source is named (the person's name without role words, or the group phrase)
 * @param nameSpan    where that name stands in the text
 * @param role        the job or affiliation the phrase gives, if any
 * @param type        the kind of source; for a lone capitalised word this is a first guess
 * @param reference   how the phrase refers: by name, by pronoun, by office ("the minister") or by description
 * @param fromToken   first token index of the phrase
 * @param toToken     token index just past the phrase
 */
public record SourcePhrase(Span span, String name, Span nameSpan, Optional<String> role, ActorType type,
                           Reference reference, int fromToken, int toToken) {

    public enum Reference { NAME, PRONOUN, OFFICE, DESCRIPTION }

    public SourcePhrase withRole(Optional<String> newRole) {
        return new SourcePhrase(span, name, nameSpan, newRole, type, reference, fromToken, toToken);
    }

    public boolean isPronoun() {
        return reference == Reference.PRONOUN;
    }
}
