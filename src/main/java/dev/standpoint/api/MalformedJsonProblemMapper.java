package dev.standpoint.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * 400 naming the field for JSON that parses but does not fit the request (a number for `text`, a bad
 * `publishedAt`). Quarkus wraps syntax errors in a 400 WebApplicationException; HttpProblemMapper
 * sends those here through Problems.malformedJson.
 */
@Provider
public class MalformedJsonProblemMapper implements ExceptionMapper<MismatchedInputException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(MismatchedInputException e) {
        return Problems.response(Problems.malformedJson(e, Problems.instance(uriInfo)));
    }
}
