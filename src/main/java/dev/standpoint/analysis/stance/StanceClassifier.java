package dev.standpoint.analysis.stance;

import dev.standpoint.analysis.model.EvidenceKind;
import dev.standpoint.analysis.model.Stance;
import dev.standpoint.analysis.words.LexiconFile;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/**
 * Multinomial logistic regression over a sentence embedding plus the evidence kind: the trained part of
 * stance scoring. Weights come from {@link StanceModelTraining}, which learns them from the hand-written
 * examples in stance-training.tsv; the dev articles are never part of its training.
 */
public final class StanceClassifier {

    private static final int CLASSES = Stance.values().length;
    private final double[][] weights; // [class][feature], the last feature is the bias

    StanceClassifier(double[][] weights) {
        this.weights = weights;
    }

    public static StanceClassifier load(String resource) {
        List<String[]> rows = LexiconFile.rows(resource);
        double[][] w = new double[CLASSES][];
        for (String[] row : rows) {
            Stance stance = Stance.valueOf(row[0].toUpperCase(Locale.ROOT));
            double[] v = new double[row.length - 1];
            for (int i = 1; i < row.length; i++) {
                v[i - 1] = Double.parseDouble(row[i]);
            }
            w[stance.ordinal()] = v;
        }
        for (double[] v : w) {
            if (v == null) {
                throw new IllegalStateException("stance model " + resource + " lacks a class");
            }
        }
        return new StanceClassifier(w);
    }

    /** Features: the embedding, then one-hot evidence kind, then a constant for the bias. */
    static double[] features(float[] embedding, EvidenceKind kind) {
        int kinds = EvidenceKind.values().length;
        double[] x = new double[embedding.length + kinds + 1];
        for (int i = 0; i < embedding.length; i++) {
            x[i] = embedding[i];
        }
        x[embedding.length + kind.ordinal()] = 1;
        x[x.length - 1] = 1;
        return x;
    }

    public double[] probabilities(float[] embedding, EvidenceKind kind) {
        return softmax(weights, features(embedding, kind));
    }

    static double[] softmax(double[][] w, double[] x) {
        double[] z = new double[w.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            double s = 0;
            for (int i = 0; i < x.length; i++) {
                s += w[c][i] * x[i];
            }
            z[c] = s;
            max = Math.max(max, s);
        }
        double sum = 0;
        for (int c = 0; c < z.length; c++) {
            z[c] = Math.exp(z[c] - max);
            sum += z[c];
        }
        for (int c = 0; c < z.length; c++) {
            z[c] /= sum;
        }
        return z;
    }

    /** Full-batch gradient descent with L2 regularisation, from zero weights: deterministic. */
    static StanceClassifier train(List<double[]> xs, List<Stance> ys, int epochs, double rate, double l2) {
        int dims = xs.get(0).length;
        double[][] w = new double[CLASSES][dims];
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[][] grad = new double[CLASSES][dims];
            for (int n = 0; n < xs.size(); n++) {
                double[] x = xs.get(n);
                double[] p = softmax(w, x);
                for (int c = 0; c < CLASSES; c++) {
                    double err = p[c] - (ys.get(n).ordinal() == c ? 1 : 0);
                    for (int i = 0; i < dims; i++) {
                        grad[c][i] += err * x[i];
                    }
                }
            }
            for (int c = 0; c < CLASSES; c++) {
                for (int i = 0; i < dims; i++) {
                    w[c][i] -= rate * (grad[c][i] / xs.size() + l2 * w[c][i]);
                }
            }
        }
        return new StanceClassifier(w);
    }

    double[][] weightsForTest() {
        return weights;
    }

    void write(Writer out, String header) throws IOException {
        out.write(header);
        for (Stance s : Stance.values()) {
            StringBuilder line = new StringBuilder(s.name().toLowerCase(Locale.ROOT));
            for (double v : weights[s.ordinal()]) {
                line.append('\t').append(String.format(Locale.ROOT, "%.6f", v));
            }
            out.write(line.append('\n').toString());
        }
    }
}
