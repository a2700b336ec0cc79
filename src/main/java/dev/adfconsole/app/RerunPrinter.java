package dev.adfconsole.app;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.runs.BulkRerun;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RerunItem;
import dev.adfconsole.service.runs.RerunPlan;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;

/** Sends a planned bulk rerun for the command: one line per run on stdout as it ends, waits said on stderr. */
final class RerunPrinter {

    private final PrintStream out;
    private final PrintStream err;

    RerunPrinter(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** Returns how many createRuns Azure refused. */
    int send(DataFactoryServices services, RerunPlan plan, Collection<FactoryRun> known, int concurrency, Duration poll)
            throws ExecutionException, InterruptedException {
        for (RerunItem item : plan.skipped()) {
            line("SKIPPED", item, item.skipReason());
        }
        Set<Integer> toldWaiting = ConcurrentHashMap.newKeySet();
        BulkRerun.Summary summary = new BulkRerun(services, concurrency, poll).send(plan, known, progress -> {
            switch (progress.state()) {
                case SENT -> line("SENT", progress.item(), "new run " + progress.newRunId());
                case REFUSED -> line("REFUSED", progress.item(), progress.text().replaceFirst("^refused: ", ""));
                case NOT_SENT -> line("NOT SENT", progress.item(), progress.text());
                case WAITING -> {
                    if (toldWaiting.add(progress.index())) {
                        synchronized (err) {
                            err.println("adf-console runs: " + progress.item().source().run().runId() + " " + progress.text());
                        }
                    }
                }
                default -> { }
            }
        }).done().get();
        synchronized (out) {
            out.println(summary.sent() + " sent, " + summary.refused() + " refused, " + plan.skipped().size() + " skipped"
                    + (summary.notSent() > 0 ? ", " + summary.notSent() + " not sent" : ""));
        }
        return summary.refused();
    }

    private void line(String state, RerunItem item, String text) {
        FactoryRun run = item.source();
        synchronized (out) {
            out.println(String.format("%-8s  %s  %s  %s  %s", state, run.factory().factoryName(), run.run().pipelineName(),
                    run.run().runId(), text.replace('\n', ' ')));
        }
    }
}
