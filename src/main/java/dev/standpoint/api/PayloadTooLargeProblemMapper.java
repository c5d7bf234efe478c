package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 413 for text longer than standpoint.text.max-chars or a batch with too many items. */
@Provider
public class PayloadTooLargeProblemMapper implements ExceptionMapper<PayloadTooLargeException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(PayloadTooLargeException e) {
        return Problems.response(Problems.payloadTooLarge(e.getMessage(), Problems.instance(uriInfo)));
    }
}
