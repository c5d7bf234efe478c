package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.text.Segmentation;

import java.util.List;
import java.util.Optional;

/** Stage 3: who said or felt what, as attributions (cue, source, content), in text order. */
public interface AttributionFinder {

    List<Attribution> find(Segmentation segmentation, NounPhrases phrases);

    /** The trained models' name and version where a model finds ("attribution-tagger-1+attribution-minilm-1"). */
    default Optional<String> modelName() {
        return Optional.empty();
    }
}
