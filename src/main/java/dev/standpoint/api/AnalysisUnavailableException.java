package dev.standpoint.api;

/** The analysis did not finish within standpoint.analysis.timeout, or the service is too busy to start it. */
public class AnalysisUnavailableException extends RuntimeException {
    public AnalysisUnavailableException(String detail) {
        super(detail);
    }
}
