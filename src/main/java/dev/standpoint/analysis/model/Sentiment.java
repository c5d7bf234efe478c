package dev.standpoint.analysis.model;

/** Polarity in [-1, 1] (negative to positive) and magnitude >= 0 (how much feeling, either way). */
public record Sentiment(double score, double magnitude) {
    public Sentiment {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("sentiment score out of [-1, 1]: " + score);
        }
        if (!(magnitude >= 0)) {
            throw new IllegalArgumentException("magnitude must be >= 0: " + magnitude);
        }
    }

    public static final Sentiment NONE = new Sentiment(0, 0);
}
