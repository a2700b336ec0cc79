package dev.adfconsole.ui.common;

/** Every FXML view of the app, named once so a typo in a path fails in one place. */
public enum FxmlFile {
    MAIN_WINDOW("/fxml/main-window.fxml"),
    RUNTIME_DETAILS("/fxml/runtime-details.fxml"),
    RUN_PIPELINE("/fxml/run-pipeline-dialog.fxml"),
    RUN_MONITOR("/fxml/run-monitor.fxml"),
    SIGN_IN("/fxml/sign-in-dialog.fxml"),
    CLOUDS("/fxml/clouds-dialog.fxml"),
    FLEET("/fxml/fleet-view.fxml"),
    CHOOSE_SUBSCRIPTIONS("/fxml/choose-subscriptions.fxml"),
    RUNS_MONITOR("/fxml/runs-monitor.fxml"),
    BULK_RERUN("/fxml/bulk-rerun.fxml"),
    STALE_NODES("/fxml/stale-nodes.fxml"),
    NOTIFICATIONS("/fxml/notifications.fxml"),
    SCOPE_SUMMARY("/fxml/scope-summary.fxml");

    private final String resource;

    FxmlFile(String resource) {
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
