package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 422 when an Idempotency-Key comes back with a different article. */
@Provider
public class IdempotencyProblemMapper implements ExceptionMapper<IdempotencyKeyReusedException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(IdempotencyKeyReusedException e) {
        return Problems.response(Problems.idempotencyKeyReused(e.getMessage(), Problems.instance(uriInfo)));
    }
}
