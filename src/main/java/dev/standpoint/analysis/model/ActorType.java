package dev.standpoint.analysis.model;

/** The kinds of source the annotation guide distinguishes. */
public enum ActorType {
    PERSON, ORGANIZATION, GROUP, ANONYMOUS;

    /**
     * Whether an actor of this type so named is someone else in every article: groups and unnamed sources, and
     * any name without a capital letter ("the ministry"). Timelines file such an actor per analysis.
     */
    public boolean isGeneric(String name) {
        return this == GROUP || this == ANONYMOUS || name.equals(name.toLowerCase(java.util.Locale.ROOT));
    }
}
