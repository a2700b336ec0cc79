package dev.adfconsole.ui.runtime;

import dev.adfconsole.ui.common.TextColumns;
import dev.adfconsole.model.IntegrationRuntimeMonitoringData.NodeMonitoringData;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** The Monitoring tab's chart and table; it polls every {@value #POLL_SECONDS} s while the tab is selected. */
final class MonitoringBinder {

    static final int POLL_SECONDS = 5;

    private MonitoringBinder() {
    }

    static void bind(MonitoringViewModel model, Tab tab, LineChart<Number, Number> chart, TableView<NodeMonitoringData> table,
                     Label error) {
        Timeline timer = new Timeline(new KeyFrame(javafx.util.Duration.seconds(POLL_SECONDS), e -> {
            if (tab.getTabPane() != null && tab.getTabPane().getScene() != null && tab.getTabPane().getScene().getWindow() != null
                    && tab.getTabPane().getScene().getWindow().isShowing()) {
                model.poll();
            }
        }));
        timer.setCycleCount(Animation.INDEFINITE);
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                model.poll();
                timer.play();
            } else {
                timer.stop();
            }
        });
        error.textProperty().bind(model.errorProperty());
        table.setItems(model.latest());
        table.getColumns().setAll(java.util.List.of(
                TextColumns.of("Node", NodeMonitoringData::nodeName, 120),
                TextColumns.of("CPU %", n -> number(n.cpuUtilization()), 120),
                TextColumns.of("Available memory", n -> n.availableMemoryInMB() == null ? "—" : n.availableMemoryInMB() + " MB", 120),
                TextColumns.of("Jobs running", n -> number(n.concurrentJobsRunning()) + " of " + number(n.concurrentJobsLimit()), 120),
                TextColumns.of("Sent", n -> megabytes(n.sentBytes()), 120),
                TextColumns.of("Received", n -> megabytes(n.receivedBytes()), 120)));
        model.seriesProperty().addListener((MapChangeListener<String, ObservableList<MonitoringViewModel.Sample>>) change -> {
            if (change.wasAdded()) {
                XYChart.Series<Number, Number> series = new XYChart.Series<>();
                series.setName(change.getKey());
                chart.getData().add(series);
                ObservableList<MonitoringViewModel.Sample> samples = change.getValueAdded();
                samples.addListener((javafx.collections.ListChangeListener<MonitoringViewModel.Sample>) c -> plot(series, samples));
                plot(series, samples);
            } else if (change.wasRemoved() && !change.wasAdded()) {
                chart.getData().removeIf(series -> series.getName().equals(change.getKey()));
            }
        });
    }

    /** CPU over the last five minutes, the newest reading at 0. */
    private static void plot(XYChart.Series<Number, Number> series, ObservableList<MonitoringViewModel.Sample> samples) {
        if (samples.isEmpty()) {
            series.getData().clear();
            return;
        }
        Instant newest = samples.get(samples.size() - 1).time();
        series.getData().setAll(samples.stream().filter(s -> s.data().cpuUtilization() != null)
                .map(s -> new XYChart.Data<Number, Number>(-Duration.between(s.time(), newest).toSeconds(), s.data().cpuUtilization()))
                .toList());
    }


    private static String number(Integer value) {
        return value == null ? "—" : value.toString();
    }

    /** Sent and received as Data Factory reports them, in bytes, shown in the unit that reads best. */
    private static String megabytes(Double bytes) {
        if (bytes == null) {
            return "—";
        }
        return bytes < 1_000 ? String.format(Locale.ROOT, "%.0f B", bytes)
                : bytes < 1_000_000 ? String.format(Locale.ROOT, "%.1f kB", bytes / 1_000)
                : String.format(Locale.ROOT, "%.2f MB", bytes / 1_000_000);
    }
}
