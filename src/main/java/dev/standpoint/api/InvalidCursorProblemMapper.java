package dev.standpoint.api;

import dev.standpoint.store.InvalidCursorException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 400 naming `cursor` for a token this list did not issue (a cursor of another list, or an edited one). */
@Provider
public class InvalidCursorProblemMapper implements ExceptionMapper<InvalidCursorException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(InvalidCursorException e) {
        return Problems.response(Problems.validation(new InvalidRequestException("cursor",
                "is not a cursor this list issued; pass nextCursor back as given"), Problems.instance(uriInfo)));
    }
}
