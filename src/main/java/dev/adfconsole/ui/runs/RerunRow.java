package dev.adfconsole.ui.runs;

import dev.adfconsole.service.runs.RerunItem;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One run of a bulk rerun as its table shows it: which run, and where its rerun stands (changes on the FX thread). */
public final class RerunRow {

    private final RerunItem item;
    private final StringProperty state = new SimpleStringProperty();
    private final StringProperty detail = new SimpleStringProperty("");

    RerunRow(RerunItem item, String state, String detail) {
        this.item = item;
        this.state.set(state);
        this.detail.set(detail);
    }

    public RerunItem item() { return item; }
    public String factoryName() { return item.source().factory().factoryName(); }
    public String pipelineName() { return item.source().run().pipelineName(); }
    public String failedRunId() { return item.source().run().runId(); }
    public StringProperty stateProperty() { return state; }
    public StringProperty detailProperty() { return detail; }
}
