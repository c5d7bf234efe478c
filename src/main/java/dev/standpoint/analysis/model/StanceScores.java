package dev.standpoint.analysis.model;

/** A probability for each stance; the four always sum to 1. */
public record StanceScores(double approval, double concern, double skepticism, double neutral) {
    private static final double TOLERANCE = 1e-6;

    public StanceScores {
        for (double p : new double[] {approval, concern, skepticism, neutral}) {
            if (!(p >= 0 && p <= 1)) {
                throw new IllegalArgumentException("score out of [0, 1]: " + p);
            }
        }
        double sum = approval + concern + skepticism + neutral;
        if (Math.abs(sum - 1) > TOLERANCE) {
            throw new IllegalArgumentException("scores must sum to 1, not " + sum);
        }
    }

    /** Normalises non-negative weights into probabilities; all-zero weights mean neutral. */
    public static StanceScores normalised(double approval, double concern, double skepticism, double neutral) {
        double sum = approval + concern + skepticism + neutral;
        if (sum <= 0) {
            return new StanceScores(0, 0, 0, 1);
        }
        double a = approval / sum, c = concern / sum, s = skepticism / sum;
        return new StanceScores(a, c, s, Math.max(0, 1 - a - c - s));
    }

    public double of(Stance stance) {
        return switch (stance) {
            case APPROVAL -> approval;
            case CONCERN -> concern;
            case SKEPTICISM -> skepticism;
            case NEUTRAL -> neutral;
        };
    }

    /** The most probable stance; a tie with neutral goes to neutral, other ties to the earlier label. */
    public Stance top() {
        Stance best = Stance.NEUTRAL;
        for (Stance s : Stance.values()) {
            if (of(s) > of(best) + TOLERANCE) {
                best = s;
            }
        }
        return best;
    }
}
