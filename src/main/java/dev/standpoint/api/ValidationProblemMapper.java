package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 for requests that parse but break a rule (empty text, bad URL, unknown enum value, bad limit). */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<InvalidRequestException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidRequestException e) {
        return Problems.response(Problems.validation(e, Problems.instance(uriInfo)));
    }
}
