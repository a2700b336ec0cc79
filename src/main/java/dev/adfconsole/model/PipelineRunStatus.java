package dev.adfconsole.model;

/** Status of a pipeline run as Data Factory reports it; the spec leaves it a string, these are its values. */
public enum PipelineRunStatus implements WireEnum {
    QUEUED("Queued"),
    IN_PROGRESS("InProgress"),
    SUCCEEDED("Succeeded"),
    FAILED("Failed"),
    CANCELING("Canceling"),
    CANCELLED("Cancelled"),
    UNKNOWN("");

    private final String wire;

    PipelineRunStatus(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
