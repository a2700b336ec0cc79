package dev.adfconsole.ui.runtime;

import dev.adfconsole.model.IntegrationRuntimeRequests.UpdateIntegrationRuntime;
import dev.adfconsole.model.IntegrationRuntimeResource;
import dev.adfconsole.model.IntegrationRuntimeStatus;
import dev.adfconsole.service.DataFactoryServices;
import dev.adfconsole.service.Failures;
import dev.adfconsole.service.RuntimeRef;
import dev.adfconsole.ui.common.AsyncAction;
import dev.adfconsole.ui.common.Confirmation;
import dev.adfconsole.ui.common.DialogService;
import dev.adfconsole.ui.common.UiExecutor;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A self-hosted runtime's settings on the Overview tab: auto-update on/off and the hour of the day it happens
 * ({@code updateDelayOffset}, PT3H = 03:00), and Remove link for each factory sharing the runtime.
 */
public final class RuntimeSettingsViewModel {

    /** A factory the runtime is shared with, and the action that removes its link. */
    public record Link(IntegrationRuntimeStatus.LinkedIntegrationRuntime link, AsyncAction<Void> remove) {

        public String factoryName() {
            return link.dataFactoryName();
        }

        /** "adf-finance-neu-01 · northeurope · subscription 4f08… · linked 2025-09-21" */
        public String describe() {
            return link.dataFactoryName() + " · " + link.dataFactoryLocation()
                    + (link.subscriptionId() == null ? "" : " · subscription " + link.subscriptionId())
                    + (link.createTime() == null ? "" : " · linked " + link.createTime().toString().substring(0, 10));
        }
    }

    private static final Pattern HOURS = Pattern.compile("^PT(\\d{1,2})H$");

    private final UiExecutor ui;
    private final DialogService dialogs;
    private final Supplier<DataFactoryServices> services;
    private final Supplier<RuntimeRef> runtime;
    private final Runnable onChanged;
    private final BooleanProperty autoUpdate = new SimpleBooleanProperty();
    private final StringProperty updateHour = new SimpleStringProperty("");
    private final StringBinding updateHourError;
    private final AsyncAction<IntegrationRuntimeResource> applyAutoUpdate;
    private final ObservableList<Link> links = FXCollections.observableArrayList();
    private final BooleanProperty shown = new SimpleBooleanProperty();

    public RuntimeSettingsViewModel(UiExecutor ui, DialogService dialogs, Supplier<DataFactoryServices> services,
                                    Supplier<RuntimeRef> runtime, Runnable onChanged) {
        this.ui = ui;
        this.dialogs = dialogs;
        this.services = services;
        this.runtime = runtime;
        this.onChanged = onChanged;
        updateHourError = Bindings.createStringBinding(() -> shown.get() && hour() == null
                ? "Update hour: a whole hour from 0 to 23 (Data Factory's updateDelayOffset, PT0H to PT23H)." : null, updateHour, shown);
        applyAutoUpdate = new AsyncAction<>(ui, this::sendAutoUpdate, shown.and(updateHourError.isNull()), Failures::describe)
                .onSuccess(done -> onChanged.run());
    }

    /** What the last status said; a self-hosted runtime only. */
    public void show(String autoUpdateValue, String updateDelayOffset, List<IntegrationRuntimeStatus.LinkedIntegrationRuntime> shared) {
        shown.set(true);
        autoUpdate.set("On".equalsIgnoreCase(autoUpdateValue));
        Matcher m = updateDelayOffset == null ? null : HOURS.matcher(updateDelayOffset);
        updateHour.set(m != null && m.matches() ? String.valueOf(Integer.parseInt(m.group(1))) : "");
        links.setAll(shared.stream().map(l -> new Link(l, new AsyncAction<Void>(ui,
                () -> confirmRemove(l.dataFactoryName()), new SimpleBooleanProperty(true), Failures::describe)
                .onSuccess(done -> onChanged.run()))).toList());
    }

    public void hide() {
        shown.set(false);
        links.clear();
    }

    private Integer hour() {
        String text = updateHour.get() == null ? "" : updateHour.get().trim();
        if (!text.matches("\\d{1,2}")) {
            return null;
        }
        int hour = Integer.parseInt(text);
        return hour <= 23 ? hour : null;
    }

    private CompletableFuture<IntegrationRuntimeResource> sendAutoUpdate() {
        return services.get().runtimes().update(runtime.get(),
                new UpdateIntegrationRuntime(autoUpdate.get() ? "On" : "Off", "PT" + hour() + "H"));
    }

    private CompletableFuture<Void> confirmRemove(String factoryName) {
        RuntimeRef ref = runtime.get();
        return dialogs.confirm(new Confirmation("Remove the link to " + factoryName + "?", "Factory " + factoryName
                        + " can no longer use " + ref.name() + ": its linked runtime stops working and pipelines there that "
                        + "use it fail until it is linked again.", "Remove link", factoryName))
                .thenCompose(yes -> yes ? services.get().runtimes().removeLinks(ref, factoryName)
                        : CompletableFuture.failedFuture(new CancellationException()));
    }

    public BooleanProperty autoUpdateProperty() { return autoUpdate; }
    public StringProperty updateHourProperty() { return updateHour; }
    public StringBinding updateHourErrorProperty() { return updateHourError; }
    public AsyncAction<IntegrationRuntimeResource> applyAutoUpdate() { return applyAutoUpdate; }
    public ObservableList<Link> links() { return links; }
    public BooleanProperty shownProperty() { return shown; }
}
