package dev.adfconsole.ui.runmonitor;

import dev.adfconsole.model.PipelineResource;
import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.FxDialogService;
import dev.adfconsole.ui.common.UiExecutor;
import dev.adfconsole.ui.pipelinerun.RunPipelineDialog;
import dev.adfconsole.ui.pipelinerun.RunPipelineViewModel;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javafx.scene.control.ChoiceDialog;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Opens the run dialogs and run monitors and links them: a monitor's "Rerun…" opens a prefilled dialog, a dialog's
 * "Open in monitor" brings up its factory's monitor on the new run. One monitor per factory; asking again brings it
 * to the front.
 */
public final class RunWindows {

    private final UiExecutor ui;
    private final Supplier<Window> mainWindow;
    private final DialogService mainDialogs;
    private final Clock clock;
    private final Map<FactoryRef, Stage> monitors = new HashMap<>();
    private final Map<FactoryRef, RunMonitorViewModel> monitorModels = new HashMap<>();

    public RunWindows(UiExecutor ui, Supplier<Window> mainWindow, DialogService mainDialogs, Clock clock) {
        this.ui = ui;
        this.mainWindow = mainWindow;
        this.mainDialogs = mainDialogs;
        this.clock = clock;
    }

    /** The run dialog for one pipeline, owned by {@code owner}. */
    public Stage runDialog(Window owner, DataFactoryServices services, FactoryRef factory, PipelineResource pipeline,
                           PipelineRun rerunOf, boolean fromFailure) {
        RunPipelineViewModel model = new RunPipelineViewModel(ui, services, factory, pipeline);
        model.onOpenInMonitor(runId -> monitor(services, factory, runId));
        if (rerunOf != null) {
            model.rerun(rerunOf, fromFailure);
        }
        return RunPipelineDialog.open(owner, model);
    }

    /** From a factory: pick one of its pipelines, then the run dialog. */
    public void pickAndRun(DataFactoryServices services, FactoryRef factory) {
        services.pipelines().list(factory, page -> { }).whenComplete((pipelines, failure) -> ui.execute(() -> {
            if (failure != null) {
                mainDialogs.showError("Cannot list pipelines", Failures.describe(failure));
                return;
            }
            if (pipelines.isEmpty()) {
                mainDialogs.showError("No pipelines", "Factory " + factory.factoryName() + " has no pipelines to run.");
                return;
            }
            List<String> names = pipelines.stream().map(PipelineResource::name).sorted().toList();
            ChoiceDialog<String> pick = new ChoiceDialog<>(names.get(0), names);
            pick.initOwner(mainWindow.get());
            pick.setTitle("Run pipeline");
            pick.setHeaderText("Run a pipeline of " + factory.factoryName());
            pick.setContentText("Pipeline:");
            pick.resultProperty().addListener((obs, old, name) -> pipelines.stream().filter(p -> p.name().equals(name))
                    .findFirst().ifPresent(p -> runDialog(mainWindow.get(), services, factory, p, null, false)));
            pick.show();
        }));
    }

    /** The factory's run monitor; with {@code runId}, showing that run. */
    public RunMonitorViewModel monitor(DataFactoryServices services, FactoryRef factory, String runId) {
        Stage open = monitors.get(factory);
        RunMonitorViewModel model = monitorModels.get(factory);
        if (open == null) {
            Stage[] stage = new Stage[1];
            model = new RunMonitorViewModel(ui, services, factory, new FxDialogService(() -> stage[0]), clock,
                    (run, fromFailure) -> rerun(stage[0], services, factory, run, fromFailure));
            stage[0] = RunMonitorWindow.open(mainWindow.get(), model, clock);
            stage[0].setOnHiding(e -> {
                monitors.remove(factory);
                monitorModels.remove(factory);
            });
            monitors.put(factory, stage[0]);
            monitorModels.put(factory, model);
        } else {
            open.toFront();
        }
        model.runIdProperty().set(runId == null ? "" : runId);
        model.search();
        return model;
    }

    private void rerun(Window owner, DataFactoryServices services, FactoryRef factory, PipelineRun run, boolean fromFailure) {
        DialogService dialogs = new FxDialogService(() -> owner);
        services.pipelines().get(factory, run.pipelineName()).whenComplete((pipeline, failure) -> ui.execute(() -> {
            if (failure != null) {
                dialogs.showError("Cannot rerun " + run.pipelineName(), Failures.describe(failure));
            } else {
                runDialog(owner, services, factory, pipeline, run, fromFailure);
            }
        }));
    }
}
