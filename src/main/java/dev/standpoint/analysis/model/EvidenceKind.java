package dev.standpoint.analysis.model;

/** How the article conveys an actor's view. */
public enum EvidenceKind {
    /** Words inside quotation marks attributed to the actor. */
    DIRECT_QUOTE,
    /** Reported speech or paraphrase: "X said that ...", "according to X". */
    REPORTED,
    /** The narrator's description of a reaction: "X welcomed", "X expressed concern". */
    DESCRIPTION
}
