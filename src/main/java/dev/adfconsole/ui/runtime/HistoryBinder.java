package dev.adfconsole.ui.runtime;

import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;

/**
 * The Monitoring tab's history charts: the range buttons choose last hour / 24 hours / 7 days, each chart draws one
 * line per node (or for the runtime), and the history is read when the tab is opened or another runtime is shown
 * while it is open.
 */
final class HistoryBinder {

    private HistoryBinder() {
    }

    record Charts(LineChart<Number, Number> cpu, LineChart<Number, Number> memory, LineChart<Number, Number> queue,
                  LineChart<Number, Number> delay) {
        List<LineChart<Number, Number>> all() {
            return List.of(cpu, memory, queue, delay);
        }
    }

    static void bind(MetricsHistoryViewModel model, Tab tab, javafx.beans.value.ObservableValue<?> target, List<ToggleButton> buttons,
                     ProgressIndicator loading, Label summary, Label status, Charts charts) {
        ToggleGroup group = new ToggleGroup();
        MetricsHistoryViewModel.Range[] ranges = MetricsHistoryViewModel.Range.values();
        for (int i = 0; i < buttons.size(); i++) {
            buttons.get(i).setToggleGroup(group);
            buttons.get(i).setUserData(ranges[i]);
        }
        group.selectToggle(buttons.get(model.rangeProperty().get().ordinal()));
        group.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null) {
                group.selectToggle(old); // one range is always chosen
            } else {
                model.rangeProperty().set((MetricsHistoryViewModel.Range) now.getUserData());
            }
        });
        model.rangeProperty().addListener((obs, old, range) -> axes(charts, range));
        axes(charts, model.rangeProperty().get());
        loading.visibleProperty().bind(model.loadingProperty());
        summary.textProperty().bind(model.summaryProperty());
        summary.managedProperty().bind(model.summaryProperty().isNotEmpty());
        status.textProperty().bind(model.statusProperty());
        status.managedProperty().bind(model.statusProperty().isNotEmpty());
        plot(model.cpu(), charts.cpu());
        plot(model.memory(), charts.memory());
        plot(model.queue(), charts.queue());
        plot(model.pickupDelay(), charts.delay());
        tab.selectedProperty().addListener((obs, was, selected) -> {
            if (selected) {
                model.load();
            }
        });
        target.addListener((obs, old, now) -> {
            if (tab.isSelected() && now != null) {
                model.load();
            }
        });
    }

    private static void axes(Charts charts, MetricsHistoryViewModel.Range range) {
        for (LineChart<Number, Number> chart : charts.all()) {
            NumberAxis x = (NumberAxis) chart.getXAxis();
            x.setLowerBound(range.lowerBound());
            x.setUpperBound(0);
            x.setTickUnit(range.tick);
            x.setLabel(range.axisLabel());
        }
    }

    /** Lines become series; the chart's data is replaced in one change per answer. */
    private static void plot(ObservableList<MetricsHistoryViewModel.Line> lines, LineChart<Number, Number> chart) {
        lines.addListener((ListChangeListener<MetricsHistoryViewModel.Line>) change -> chart.getData().setAll(lines.stream().map(line -> {
            XYChart.Series<Number, Number> series = new XYChart.Series<>();
            series.setName(line.name());
            series.getData().setAll(line.points().stream().map(p -> new XYChart.Data<Number, Number>(p.x(), p.y())).toList());
            return series;
        }).toList()));
    }
}
