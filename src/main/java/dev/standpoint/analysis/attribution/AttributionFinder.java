package dev.standpoint.analysis.attribution;

import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.text.Segmentation;

import java.util.List;

/** Stage 3: who said or felt what, as attributions (cue, source, content), in text order. */
public interface AttributionFinder {

    List<Attribution> find(Segmentation segmentation, NounPhrases phrases);
}
