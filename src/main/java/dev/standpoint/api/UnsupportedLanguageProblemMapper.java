package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 422 for an article in a language the engine does not read: the request is well formed, its content is not analysable. */
@Provider
public class UnsupportedLanguageProblemMapper implements ExceptionMapper<UnsupportedLanguageException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(UnsupportedLanguageException e) {
        return Problems.response(Problems.unsupportedLanguage(e.language(), Problems.instance(uriInfo)));
    }
}
