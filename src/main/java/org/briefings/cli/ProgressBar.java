package org.briefings.cli;

import java.io.PrintStream;
import java.util.function.Consumer;
import org.briefings.engine.ReconcileProgress;

/**
 * A one-line progress bar on stderr for runs over a second, redrawn at most ten times a second.
 * Only drawn on a terminal: logs and pipes get the closing summary alone.
 */
final class ProgressBar implements Consumer<ReconcileProgress> {

    private final PrintStream out;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    ProgressBar(PrintStream out, boolean enabled) {
        this.out = out;
        this.enabled = enabled;
    }

    @Override
    public synchronized void accept(ReconcileProgress p) {
        if (!enabled || p.total() == 0) {
            return;
        }
        long now = System.nanoTime();
        boolean finished = !p.running();
        if ((now - started) < 1_000_000_000L && !drawn) {
            return;
        }
        if (!finished && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        drawn = true;
        int width = 30;
        int filled = (int) ((long) p.done() * width / p.total());
        out.printf(
                "\r[%s%s] %d/%d files%s",
                "#".repeat(filled),
                " ".repeat(width - filled),
                p.done(),
                p.total(),
                p.failed() > 0 ? ", " + p.failed() + " failed" : "");
        if (finished) {
            out.println();
        }
        out.flush();
    }
}
