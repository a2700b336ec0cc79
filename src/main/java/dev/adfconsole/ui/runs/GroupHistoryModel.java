package dev.adfconsole.ui.runs;

import dev.adfconsole.model.PipelineRun;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.FactoryRef;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.runs.AttemptOrigins;
import dev.adfconsole.service.runs.FactoryRun;
import dev.adfconsole.service.runs.RunGroup;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The history of the selected run group: each attempt, how it was started, who invoked it and how it ended. */
public final class GroupHistoryModel {

    /** One attempt; {@code origin} is "…" until the activity runs have said how it was started. */
    public record Attempt(int number, FactoryRun run, String origin, String invokedBy) {

        public PipelineRun pipelineRun() {
            return run.run();
        }
    }

    private final UiExecutor ui;
    private final Function<FactoryRef, DataFactoryServices> services;
    private final ObservableList<Attempt> attempts = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty("Select a run group");
    private final StringProperty error = new SimpleStringProperty();
    private int shown;

    GroupHistoryModel(UiExecutor ui, Function<FactoryRef, DataFactoryServices> services) {
        this.ui = ui;
        this.services = services;
    }

    void show(GroupRow row) {
        int mine = ++shown;
        error.set(null);
        if (row == null) {
            attempts.clear();
            title.set("Select a run group");
            return;
        }
        RunGroup group = row.group();
        title.set(group.latest().pipelineName() + " · " + group.factory().factoryName() + " · " + row.attemptsText());
        attempts.setAll(lines(group, null));
        new AttemptOrigins(services.apply(group.factory())).describe(group.factory(), group)
                .whenComplete((origins, failure) -> ui.execute(() -> {
                    if (mine != shown) {
                        return;
                    }
                    if (failure != null) {
                        error.set("How each attempt was started could not be read: " + Failures.describe(failure));
                    } else {
                        attempts.setAll(lines(group, origins));
                    }
                }));
    }

    private static List<Attempt> lines(RunGroup group, List<String> origins) {
        List<Attempt> lines = new ArrayList<>();
        for (int i = 0; i < group.attempts().size(); i++) {
            PipelineRun run = group.attempts().get(i);
            PipelineRun.InvokedBy by = run.invokedBy();
            String invoked = by == null ? "—" : by.invokedByType() == null || by.invokedByType().equals(by.name())
                    ? String.valueOf(by.name()) : by.name() + " (" + by.invokedByType() + ")";
            lines.add(new Attempt(i + 1, new FactoryRun(group.factory(), run), origins == null ? "…" : origins.get(i), invoked));
        }
        return lines;
    }

    public ObservableList<Attempt> attempts() { return attempts; }
    public StringProperty titleProperty() { return title; }
    public StringProperty errorProperty() { return error; }
}
