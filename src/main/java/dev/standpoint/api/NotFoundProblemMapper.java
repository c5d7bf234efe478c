package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 404 for an analysis or actor that does not exist. */
@Provider
public class NotFoundProblemMapper implements ExceptionMapper<ResourceNotFoundException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ResourceNotFoundException e) {
        return Problems.response(Problems.notFound(e.getMessage(), Problems.instance(uriInfo)));
    }
}
