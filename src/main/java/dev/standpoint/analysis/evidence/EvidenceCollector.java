package dev.standpoint.analysis.evidence;

import dev.standpoint.analysis.actors.ActorResolution;
import dev.standpoint.analysis.text.Segmentation;

/** Stage 5: each actor's evidence from its attributions and the quotations attributed to it. */
public interface EvidenceCollector {

    CollectedEvidence collect(Segmentation segmentation, ActorResolution actors);
}
