package dev.standpoint.analysis.model;

/** A position toward the article's central issue. */
public enum Stance {
    APPROVAL, CONCERN, SKEPTICISM, NEUTRAL
}
