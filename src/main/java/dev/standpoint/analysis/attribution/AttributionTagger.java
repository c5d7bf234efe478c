package dev.standpoint.analysis.attribution;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * A linear-chain tagger over {@link Role}s: a weight per (feature, role), a weight per role bigram, and the
 * Viterbi path through them, with inside tags allowed only after their own kind. Weights are learnt by an
 * averaged structured perceptron (src/train) and stored as sorted feature hashes with their weights.
 */
public final class AttributionTagger {

    static final int ROLES = Role.ALL.length;
    private static final int MAGIC = 0x53544154; // "STAT"

    /** Emission and transition scores, from frozen weights here or from weights being learnt in training. */
    public interface Scorer {
        /** Adds each role's weight for the features of token {@code t} of the sentence into {@code into}. */
        void emissions(int t, double[] into);

        /** The weight of role {@code next} after {@code previous}; previous -1 is the sentence start. */
        double transition(int previous, int next);
    }

    private final long[] keys;
    private final float[] weights;
    private final float[] transitions; // [(previous + 1) * ROLES + next]
    /** Added to every token's score for each role: the recall / precision trade, chosen by cross-validation. */
    private final float[] bias;

    public AttributionTagger(long[] keys, float[] weights, float[] transitions) {
        this(keys, weights, transitions, new float[ROLES]);
    }

    public AttributionTagger(long[] keys, float[] weights, float[] transitions, float[] bias) {
        if (weights.length != keys.length * ROLES || transitions.length != (ROLES + 1) * ROLES) {
            throw new IllegalArgumentException("weights do not fit the features and roles");
        }
        for (int i = 1; i < keys.length; i++) {
            if (keys[i - 1] >= keys[i]) {
                throw new IllegalArgumentException("feature hashes must be sorted and distinct");
            }
        }
        if (bias.length != ROLES) {
            throw new IllegalArgumentException("one bias per role");
        }
        this.keys = keys;
        this.weights = weights;
        this.transitions = transitions;
        this.bias = bias.clone();
    }

    /** The same weights with {@code bias} added to the scores of the content and cue roles. */
    public AttributionTagger withContentAndCueBias(float extra) {
        float[] b = bias.clone();
        for (Role r : new Role[] {Role.B_CONTENT, Role.I_CONTENT, Role.B_CUE, Role.I_CUE}) {
            b[r.ordinal()] += extra;
        }
        return new AttributionTagger(keys, weights, transitions, b);
    }

    public Role[] tag(long[][] features) {
        return tag(features, null, 0);
    }

    /**
     * The best roles with {@code weight} times {@code extra[t][role]} added to token t's scores: another
     * model's evidence (the {@link AttributionNetwork}'s log-probabilities), none where {@code extra} is null.
     */
    public Role[] tag(long[][] features, float[][] extra, float weight) {
        return viterbi(features.length, new Scorer() {
            @Override
            public void emissions(int t, double[] into) {
                for (int r = 0; r < ROLES; r++) {
                    into[r] += bias[r] + (extra == null ? 0 : weight * extra[t][r]);
                }
                for (long h : features[t]) {
                    int i = Arrays.binarySearch(keys, h);
                    if (i >= 0) {
                        for (int r = 0; r < ROLES; r++) {
                            into[r] += weights[i * ROLES + r];
                        }
                    }
                }
            }

            @Override
            public double transition(int previous, int next) {
                return transitions[(previous + 1) * ROLES + next];
            }
        });
    }

    /** The best role sequence under the scorer, obeying {@link Role#mayFollow}. */
    public static Role[] viterbi(int n, Scorer scorer) {
        Role[] path = new Role[n];
        if (n == 0) {
            return path;
        }
        double[][] best = new double[n][ROLES];
        int[][] back = new int[n][ROLES];
        double[] e = new double[ROLES];
        for (int t = 0; t < n; t++) {
            Arrays.fill(e, 0);
            scorer.emissions(t, e);
            for (int r = 0; r < ROLES; r++) {
                double top = Double.NEGATIVE_INFINITY;
                int arg = -1;
                if (t == 0) {
                    if (Role.mayFollow(Role.O, Role.ALL[r])) {
                        top = scorer.transition(-1, r);
                    }
                } else {
                    for (int p = 0; p < ROLES; p++) {
                        if (best[t - 1][p] == Double.NEGATIVE_INFINITY || !Role.mayFollow(Role.ALL[p], Role.ALL[r])) {
                            continue;
                        }
                        double s = best[t - 1][p] + scorer.transition(p, r);
                        if (s > top) {
                            top = s;
                            arg = p;
                        }
                    }
                }
                best[t][r] = top == Double.NEGATIVE_INFINITY ? top : top + e[r];
                back[t][r] = arg;
            }
        }
        int r = 0;
        for (int k = 1; k < ROLES; k++) {
            if (best[n - 1][k] > best[n - 1][r]) {
                r = k;
            }
        }
        for (int t = n - 1; t >= 0; t--) {
            path[t] = Role.ALL[r];
            r = back[t][r];
        }
        return path;
    }

    public static AttributionTagger read(InputStream in) {
        // buffered on both sides of the inflater: unbuffered, each readLong is eight one-byte reads (0.7 s at start)
        try (DataInputStream d = new DataInputStream(new BufferedInputStream(
                new GZIPInputStream(new BufferedInputStream(in, 1 << 16), 1 << 16), 1 << 16))) {
            if (d.readInt() != MAGIC || d.readInt() != ROLES) {
                throw new IllegalStateException("not an attribution tagger of " + ROLES + " roles");
            }
            int n = d.readInt();
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = d.readLong();
            }
            float[] weights = new float[n * ROLES];
            for (int i = 0; i < weights.length; i++) {
                weights[i] = d.readFloat();
            }
            float[] transitions = new float[(ROLES + 1) * ROLES];
            for (int i = 0; i < transitions.length; i++) {
                transitions[i] = d.readFloat();
            }
            float[] bias = new float[ROLES];
            for (int i = 0; i < ROLES; i++) {
                bias[i] = d.readFloat();
            }
            return new AttributionTagger(keys, weights, transitions, bias);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the attribution tagger", e);
        }
    }

    public void write(OutputStream out) throws IOException {
        try (DataOutputStream d = new DataOutputStream(new GZIPOutputStream(out))) {
            d.writeInt(MAGIC);
            d.writeInt(ROLES);
            d.writeInt(keys.length);
            for (long k : keys) {
                d.writeLong(k);
            }
            for (float w : weights) {
                d.writeFloat(w);
            }
            for (float t : transitions) {
                d.writeFloat(t);
            }
            for (float b : bias) {
                d.writeFloat(b);
            }
        }
    }

    public int features() {
        return keys.length;
    }
}
