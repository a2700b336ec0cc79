package dev.adfconsole.ui.runs;

import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.ui.common.UiExecutor;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Opens the runs monitors (one per scope; asking again brings it to the front) and their bulk reruns. */
public final class RunsWindows {

    /** Factories asked at once, and createRuns in flight: the client's calls per host. */
    static final int CONCURRENCY = 16;
    /** How often a pipeline at its concurrency limit is asked whether its runs have ended. */
    static final Duration POLL = Duration.ofSeconds(10);

    private final UiExecutor ui;
    private final Clock clock;
    private final Map<String, Stage> open = new HashMap<>();

    public RunsWindows(UiExecutor ui, Clock clock) {
        this.ui = ui;
        this.clock = clock;
    }

    /** @param key what makes two scopes the same (the connection and its subscriptions, or the factory) */
    public RunsMonitorViewModel open(Window owner, String key, String title, List<RunsMonitorViewModel.Target> targets) {
        Stage existing = open.get(key);
        if (existing != null) {
            existing.toFront();
            return null;
        }
        RunsMonitorViewModel model = new RunsMonitorViewModel(ui, title, targets, clock, CONCURRENCY);
        Stage[] stage = new Stage[1];
        stage[0] = RunsMonitorWindow.open(owner, model, selected -> bulkRerun(stage[0], model, selected));
        stage[0].addEventHandler(javafx.stage.WindowEvent.WINDOW_HIDDEN, e -> open.remove(key));
        open.put(key, stage[0]);
        return model;
    }

    /** The selected runs, split by the connection (tenant) that reaches each. */
    private void bulkRerun(Window owner, RunsMonitorViewModel model, List<FactoryRun> selected) {
        Map<DataFactoryServices, List<FactoryRun>> byServices = new IdentityHashMap<>();
        selected.forEach(run -> byServices.computeIfAbsent(model.servicesOf(run.factory()), s -> new java.util.ArrayList<>()).add(run));
        List<FactoryRun> known = model.knownRuns();
        List<BulkRerunViewModel.Part> parts = byServices.entrySet().stream()
                .map(e -> new BulkRerunViewModel.Part(e.getKey(), e.getValue(), known)).toList();
        BulkRerunWindow.open(owner, new BulkRerunViewModel(ui, parts, CONCURRENCY, POLL));
    }
}
