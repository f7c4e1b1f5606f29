package kz.socialservices.checker.api.cli;

import java.io.PrintStream;
import java.util.function.LongConsumer;

/**
 * Progress of a long run on stderr: on a terminal a bar redrawn in place (rows done, rate, time
 * left), otherwise a plain line every few seconds, so a log file is not flooded.
 */
final class Progress implements LongConsumer {

    private static final long PLAIN_EVERY_NANOS = 5_000_000_000L;
    private static final long BAR_EVERY_NANOS = 200_000_000L;
    private static final int WIDTH = 30;

    private final PrintStream err;
    private final long total;
    private final boolean terminal;
    private final long started = System.nanoTime();
    private long shown = started;

    Progress(PrintStream err, long total, boolean terminal) {
        this.err = err;
        this.total = total;
        this.terminal = terminal;
    }

    @Override
    public void accept(long done) {
        long now = System.nanoTime();
        if (now - shown < (terminal ? BAR_EVERY_NANOS : PLAIN_EVERY_NANOS) && done < total) {
            return;
        }
        shown = now;
        double seconds = Math.max((now - started) / 1e9, 1e-3);
        double rate = done / seconds;
        long left = rate > 0 && total > done ? Math.round((total - done) / rate) : 0;
        if (terminal) {
            int filled = total <= 0 ? 0 : (int) Math.min(WIDTH, WIDTH * done / total);
            err.printf("\r[%s%s] %3d%% %,d/%,d rows, %,.0f rows/s, %d s left ", "#".repeat(filled), ".".repeat(WIDTH - filled),
                    total <= 0 ? 0 : 100 * done / total, done, total, rate, left);
        } else {
            err.printf("%,d of %,d rows, %,.0f rows/s, about %d s left%n", done, total, rate, left);
        }
    }

    /** Ends the bar's line. */
    void finish() {
        if (terminal) {
            err.print("\r" + " ".repeat(WIDTH + 70) + "\r");
        }
    }
}
