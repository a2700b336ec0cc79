package dev.adfconsole.ui.pipelinerun;

/** Where a rerun starts: all activities, the failed ones (startFromFailure), or a chosen one (startActivityName). */
public enum StartFrom {
    ALL("All activities"), FAILED("Failed activities"), ACTIVITY("Chosen activity");

    private final String label;

    StartFrom(String label) {
        this.label = label;
    }

    @Override
    public String toString() {
        return label;
    }
}
