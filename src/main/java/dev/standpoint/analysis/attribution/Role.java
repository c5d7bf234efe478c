package dev.standpoint.analysis.attribution;

/** The part a token plays in an attribution, as the tagger reads it: begin or inside a source, cue or content. */
public enum Role {
    O, B_SOURCE, I_SOURCE, B_CUE, I_CUE, B_CONTENT, I_CONTENT;

    static final Role[] ALL = values();

    /** Whether a tag may follow another: an inside tag continues a span of its own kind. */
    static boolean mayFollow(Role previous, Role next) {
        return switch (next) {
            case I_SOURCE -> previous == B_SOURCE || previous == I_SOURCE;
            case I_CUE -> previous == B_CUE || previous == I_CUE;
            case I_CONTENT -> previous == B_CONTENT || previous == I_CONTENT;
            default -> true;
        };
    }

    public boolean isSource() {
        return this == B_SOURCE || this == I_SOURCE;
    }

    public boolean isCue() {
        return this == B_CUE || this == I_CUE;
    }

    boolean isContent() {
        return this == B_CONTENT || this == I_CONTENT;
    }

    public boolean begins() {
        return this == B_SOURCE || this == B_CUE || this == B_CONTENT;
    }
}
