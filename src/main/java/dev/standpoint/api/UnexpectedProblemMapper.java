package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.jboss.logging.Logger;

/** Anything unforeseen: logged with its stack trace, answered as a 500 problem without one. */
@Provider
public class UnexpectedProblemMapper implements ExceptionMapper<Exception> {
    private static final Logger LOG = Logger.getLogger(UnexpectedProblemMapper.class);

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception e) {
        String instance = Problems.instance(uriInfo);
        LOG.errorf(e, "unexpected failure at %s", instance);
        return Problems.response(Problems.internal(instance));
    }
}
