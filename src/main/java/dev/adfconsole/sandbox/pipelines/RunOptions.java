package dev.adfconsole.sandbox.pipelines;

import java.util.Map;

/** The recovery options of createRun, and Data Factory's rules for combining them. */
record RunOptions(String referenceRunId, boolean isRecovery, String startActivityName, boolean startFromFailure, String error) {

    static RunOptions read(Map<String, String> query) {
        String reference = blankToNull(query.get("referencePipelineRunId"));
        boolean recovery = Boolean.parseBoolean(query.getOrDefault("isRecovery", "false"));
        String activity = blankToNull(query.get("startActivityName"));
        boolean fromFailure = Boolean.parseBoolean(query.getOrDefault("startFromFailure", "false"));
        String error = null;
        if (reference == null && (recovery || activity != null || fromFailure)) {
            error = "isRecovery, startActivityName and startFromFailure need a referencePipelineRunId.";
        } else if (reference != null && !reference.matches("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$")) {
            error = "referencePipelineRunId '" + reference + "' is not a run id (a GUID).";
        }
        // Data Factory: a start activity wins over start-from-failure.
        return new RunOptions(reference, recovery, activity, fromFailure && activity == null, error);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
