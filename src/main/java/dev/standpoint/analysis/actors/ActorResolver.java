package dev.standpoint.analysis.actors;

import dev.standpoint.analysis.attribution.Attribution;
import dev.standpoint.analysis.phrases.NounPhrases;
import dev.standpoint.analysis.text.Segmentation;

import java.util.List;

/** Stage 4: groups the sources of attributions into actors (names, surnames, pronouns, offices, groups). */
public interface ActorResolver {

    ActorResolution resolve(Segmentation segmentation, NounPhrases phrases, List<Attribution> attributions);
}
