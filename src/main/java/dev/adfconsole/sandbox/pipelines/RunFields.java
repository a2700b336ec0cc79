package dev.adfconsole.sandbox.pipelines;

/** Which JSON field a RunQueryFilter operand or orderBy field reads; null for operands that do not apply. */
final class RunFields {

    private RunFields() {
    }

    static String pipelineRun(String operand) {
        return switch (operand) {
            case "PipelineName" -> "pipelineName";
            case "Status" -> "status";
            case "RunStart" -> "runStart";
            case "RunEnd" -> "runEnd";
            case "RunGroupId" -> "runGroupId";
            case "RunId" -> "runId";
            case "LatestOnly" -> "isLatest";
            case "TriggerName" -> "invokedByName";
            case "LastUpdated" -> "lastUpdated";
            default -> null;
        };
    }

    static String activityRun(String operand) {
        return switch (operand) {
            case "ActivityName" -> "activityName";
            case "ActivityType" -> "activityType";
            case "Status" -> "status";
            case "ActivityRunStart" -> "activityRunStart";
            case "ActivityRunEnd" -> "activityRunEnd";
            default -> null;
        };
    }
}
