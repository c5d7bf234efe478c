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
            case 405 -> Problems.methodNotAllowed(instance);
            case 406 -> Problems.notAcceptable(instance);
            case 413 -> Problems.payloadTooLarge("request body exceeds quarkus.http.limits.max-body-size", instance);
            case 415 -> Problems.unsupportedMediaType("this media type is not accepted here", instance);
            default -> Problems.httpError(status, status >= 500 ? "the request could not be completed" : e.getMessage(),
                    instance);
        };
        return Problems.response(problem);
    }
}
