package dev.standpoint.analysis.phrases;

import dev.standpoint.analysis.text.Segmentation;

/**
 * Stage 2, the noun phrases of one article: a reader that gives the source phrase ending or starting at
 * any token ("Belarusian Defense Minister Victor Khrenin", "a senior EU official", "he"), and every person
 * and organisation the article names, speaking or not. Attribution reads sources with it; actor resolution
 * reads the names. All are fixed once built.
 */
public record NounPhrases(NounPhraseReader reader, PersonNames persons, OrganisationNames organisations) {

    public static NounPhrases read(Segmentation segmentation, SourceWords words) {
        NounPhraseReader reader = new NounPhraseReader(words, segmentation);
        return new NounPhrases(reader, PersonNames.build(segmentation, reader, words),
                OrganisationNames.build(segmentation, reader));
    }
}
