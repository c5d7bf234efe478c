package dev.standpoint.api;

/** A well-formed language tag for a language the engine does not read (it reads English only). */
public class UnsupportedLanguageException extends RuntimeException {
    private final String language;

    public UnsupportedLanguageException(String language) {
        super("language '" + language + "' is not supported");
        this.language = language;
    }

    public String language() {
        return language;
    }
}
