package dev.standpoint.analysis.model;

/** The kinds of source the annotation guide distinguishes. */
public enum ActorType {
    PERSON, ORGANIZATION, GROUP, ANONYMOUS
}
