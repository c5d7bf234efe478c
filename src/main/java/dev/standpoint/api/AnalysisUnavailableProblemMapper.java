package dev.standpoint.api;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** 503 with Retry-After when an analysis ran past standpoint.analysis.timeout or could not be queued. */
@Provider
public class AnalysisUnavailableProblemMapper implements ExceptionMapper<AnalysisUnavailableException> {
    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(AnalysisUnavailableException e) {
        return Problems.response(Problems.analysisUnavailable(e.getMessage(), Problems.instance(uriInfo)));
    }
}
