package dev.standpoint.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Gold label against system label over the four stances: accuracy, per-label and macro F1 as score.py computes them. */
final class Confusion {

    static final List<String> LABELS = List.of("approval", "concern", "skepticism", "neutral");

    private final Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
    private int total;
    private int right;

    void add(String gold, String system) {
        counts.computeIfAbsent(gold, k -> new LinkedHashMap<>()).merge(system, 1, Integer::sum);
        total++;
        right += gold.equals(system) ? 1 : 0;
    }

    void addAll(Confusion other) {
        other.counts.forEach((g, row) -> row.forEach((s, n) -> {
            counts.computeIfAbsent(g, k -> new LinkedHashMap<>()).merge(s, n, Integer::sum);
        }));
        total += other.total;
        right += other.right;
    }

    int total() {
        return total;
    }

    int right() {
        return right;
    }

    double accuracy() {
        return total == 0 ? 0 : right / (double) total;
    }

    /** F1 of one label; NaN when the gold has none of it. */
    double f1(String label) {
        int tp = count(label, label), fp = 0, fn = 0;
        for (var row : counts.entrySet()) {
            for (var cell : row.getValue().entrySet()) {
                if (!row.getKey().equals(label) && cell.getKey().equals(label)) {
                    fp += cell.getValue();
                }
                if (row.getKey().equals(label) && !cell.getKey().equals(label)) {
                    fn += cell.getValue();
                }
            }
        }
        if (tp + fn == 0) {
            return Double.NaN;
        }
        double p = tp + fp == 0 ? 0 : tp / (double) (tp + fp), r = tp / (double) (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The mean F1 over the labels the gold has. */
    double macroF1() {
        double sum = 0;
        int n = 0;
        for (String label : LABELS) {
            double f = f1(label);
            if (!Double.isNaN(f)) {
                sum += f;
                n++;
            }
        }
        return n == 0 ? 0 : sum / n;
    }

    int count(String gold, String system) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(system, 0);
    }

    /** The matrix, gold down, system across. */
    String table() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "  %-11s", "gold\\sys"));
        LABELS.forEach(l -> out.append(String.format(Locale.ROOT, "%11s", l)));
        out.append('\n');
        for (String g : LABELS) {
            out.append(String.format(Locale.ROOT, "  %-11s", g));
            for (String s : LABELS) {
                out.append(String.format(Locale.ROOT, "%11d", count(g, s)));
            }
            out.append('\n');
        }
        return out.toString();
    }
}
