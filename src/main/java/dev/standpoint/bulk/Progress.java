package dev.standpoint.bulk;

import java.io.PrintStream;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Progress of a bulk run on stderr: on a terminal a bar redrawn in place (done/total, articles per second, ETA),
 * otherwise (a log, CI, a pipe) a plain line now and then. Rates count only this run's articles, not those a
 * resumed run skipped.
 */
public final class Progress {

    private final long total;
    private final long skipped;
    private final boolean terminal;
    private final PrintStream out;
    private final LongSupplier nanoTime;
    private final long startedAt;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();

    public Progress(long total, long skipped, boolean terminal, PrintStream out, LongSupplier nanoTime) {
        this.total = total;
        this.skipped = skipped;
        this.terminal = terminal;
        this.out = out;
        this.nanoTime = nanoTime;
        this.startedAt = nanoTime.getAsLong();
    }

    public void itemDone(boolean failed) {
        done.incrementAndGet();
        if (failed) {
            errors.incrementAndGet();
        }
    }

    public boolean terminal() {
        return terminal;
    }

    public long done() {
        return done.get();
    }

    public long errors() {
        return errors.get();
    }

    /** Articles per second so far in this run. */
    public double rate() {
        double seconds = (nanoTime.getAsLong() - startedAt) / 1e9;
        return seconds <= 0 ? 0 : done.get() / seconds;
    }

    /** Redraws the bar, or prints a plain line. */
    public synchronized void report() {
        if (terminal) {
            out.print("\r" + bar());
        } else {
            out.println(line());
        }
        out.flush();
    }

    /** The last word: a newline after the bar, and the totals. */
    public synchronized void finish() {
        if (terminal) {
            out.println("\r" + bar());
        }
        out.println(String.format(Locale.ROOT, "bulk: %d analysed, %d errors, %d skipped (already done) in %.1f s, "
                + "%.1f articles/s", done.get(), errors.get(), skipped,
                (nanoTime.getAsLong() - startedAt) / 1e9, rate()));
        out.flush();
    }

    String line() {
        long finished = skipped + done.get();
        return String.format(Locale.ROOT, "bulk: %d/%d done (%.0f%%), %.1f articles/s, ETA %s, %d errors", finished,
                total, percent(finished), rate(), eta(finished), errors.get());
    }

    String bar() {
        long finished = skipped + done.get();
        int width = 30;
        int filled = total == 0 ? width : (int) Math.min(width, finished * width / total);
        return String.format(Locale.ROOT, "[%s%s] %d/%d %3.0f%% %8.1f articles/s ETA %s%s", "#".repeat(filled),
                "-".repeat(width - filled), finished, total, percent(finished), rate(), eta(finished),
                errors.get() == 0 ? "" : "  " + errors.get() + " errors");
    }

    private double percent(long finished) {
        return total == 0 ? 100 : 100.0 * finished / total;
    }

    private String eta(long finished) {
        double rate = rate();
        if (rate <= 0) {
            return "--:--";
        }
        long seconds = Math.round((total - finished) / rate);
        return seconds >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60)
                : String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
