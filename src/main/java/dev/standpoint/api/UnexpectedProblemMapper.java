package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/**
 * Anything unforeseen: logged with its stack trace, answered as a 500 problem without one. A database
 * that cannot be reached is foreseen: 503 with Retry-After, logged in one line.
 */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception e) {
        String instance = Problems.instance(uriInfo);
        if (e instanceof java.io.IOException && "Request too large".equals(e.getMessage())) {
            // Vert.x has already answered a bare 413 to a chunked body over max-body-size; nothing went wrong here
            return Problems.response(Problems.payloadTooLarge("request body exceeds quarkus.http.limits.max-body-size",
                    instance));
        }
        if (DatabaseFailures.isUnavailable(e)) {
            LOG.warnf("database unavailable at %s: %s", instance, e.toString());
            return Problems.response(Problems.databaseUnavailable(instance));
        }
        LOG.errorf(e, "unexpected failure at %s", instance);
        return Problems.response(Problems.internal(instance));
    }
}
