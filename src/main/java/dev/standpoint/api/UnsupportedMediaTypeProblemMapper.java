package dev.standpoint.api;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 415 for a body in a media type the endpoint does not read. */
@Provider
public class UnsupportedMediaTypeProblemMapper implements ExceptionMapper<NotSupportedException> {
    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(NotSupportedException e) {
        String sent = headers == null || headers.getMediaType() == null ? "none" : headers.getMediaType().toString();
        return Problems.response(Problems.unsupportedMediaType("Content-Type '" + sent
                + "' is not accepted here; send application/json or text/plain", Problems.instance(uriInfo)));
    }
}
