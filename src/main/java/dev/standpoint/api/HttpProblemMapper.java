package dev.standpoint.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** HTTP-level failures raised by the framework (unknown path, wrong method, unparseable JSON) as problems. */
@Provider
public class HttpProblemMapper implements ExceptionMapper<WebApplicationException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(WebApplicationException e) {
        String instance = Problems.instance(uriInfo);
        int status = e.getResponse().getStatus();
        if (status == 400 && e.getCause() instanceof JsonProcessingException json) {
            return Problems.response(Problems.malformedJson(json, instance));
        }
        Problem problem = switch (status) {
            case 404 -> Problems.notFound("no resource at " + instance, instance);
            case 405 -> new Problem(Problems.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                    "this resource does not support the request method", instance, null);
            case 406 -> new Problem(Problems.NOT_ACCEPTABLE, "Not acceptable", 406,
                    "this resource answers application/json only", instance, null);
            case 413 -> Problems.payloadTooLarge("request body exceeds quarkus.http.limits.max-body-size", instance);
            case 415 -> Problems.unsupportedMediaType("this media type is not accepted here", instance);
            default -> new Problem(Problems.HTTP_ERROR, Response.Status.fromStatusCode(status) == null ? "HTTP error"
                    : Response.Status.fromStatusCode(status).getReasonPhrase(), status,
                    status >= 500 ? "the request could not be completed" : e.getMessage(), instance, null);
        };
        return Problems.response(problem);
    }
}
