package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import java.util.List;

/**
 * The pipelines every sandbox factory starts with: typed parameters of every kind, activities chained by
 * {@code dependsOn}, and one pipeline that fails by its own definition until rerun with a looser tolerance.
 */
final class PipelineCatalog {

    static final String FAIL_PARAMETER = "failActivity";

    private PipelineCatalog() {
    }

    static List<ObjectNode> definitions(String factoryId) {
        return List.of(ingest(factoryId), reconcile(factoryId), refresh(factoryId));
    }

    private static ObjectNode ingest(String factoryId) {
        ObjectNode pipeline = pipeline(factoryId, "pl_ingest_sales_daily", "Loads yesterday's sales into the warehouse");
        ObjectNode params = pipeline.with("properties").putObject("parameters");
        params.putObject("runDate").put("type", "String");
        params.putObject("batchSize").put("type", "Int").put("defaultValue", 500);
        params.putObject("sampleRatio").put("type", "Float").put("defaultValue", 0.25);
        params.putObject("fullLoad").put("type", "Bool").put("defaultValue", false);
        params.putObject("tables").put("type", "Array").putArray("defaultValue").add("orders").add("customers");
        params.putObject("options").put("type", "Object").putObject("defaultValue").put("mode", "incremental");
        params.putObject("sqlPassword").put("type", "SecureString").put("defaultValue", "sandbox-secret");
        params.putObject(FAIL_PARAMETER).put("type", "String").put("defaultValue", "");
        ArrayNode activities = pipeline.with("properties").putArray("activities");
        activity(activities, "LookupWatermark", "Lookup");
        activity(activities, "CopyOrders", "Copy", "LookupWatermark", "Succeeded");
        activity(activities, "CopyCustomers", "Copy", "LookupWatermark", "Succeeded");
        activity(activities, "MergeStaging", "SqlServerStoredProcedure", "CopyOrders", "Succeeded", "CopyCustomers", "Succeeded");
        activity(activities, "SetNewWatermark", "SetVariable", "MergeStaging", "Succeeded");
        activity(activities, "NotifyFailure", "WebActivity", "MergeStaging", "Failed");
        return pipeline;
    }

    private static ObjectNode reconcile(String factoryId) {
        ObjectNode pipeline = pipeline(factoryId, "pl_reconcile_ledger", "Checks the ledger balances; fails while the tolerance is below 0.5");
        ObjectNode params = pipeline.with("properties").putObject("parameters");
        params.putObject("period").put("type", "String").put("defaultValue", "2026-10");
        params.putObject("tolerance").put("type", "Float").put("defaultValue", 0.1);
        // One run at a time, as a ledger check should be: more are queued by Data Factory until the slot frees.
        pipeline.with("properties").put("concurrency", 1);
        ArrayNode activities = pipeline.with("properties").putArray("activities");
        activity(activities, "ExtractLedger", "Copy");
        activity(activities, "CheckBalances", "IfCondition", "ExtractLedger", "Succeeded");
        activity(activities, "PublishReport", "ExecutePipeline", "CheckBalances", "Succeeded");
        return pipeline;
    }

    private static ObjectNode refresh(String factoryId) {
        ObjectNode pipeline = pipeline(factoryId, "pl_refresh_dim_tables", "Refreshes the dimension tables");
        pipeline.with("properties").putObject("parameters").putObject("tables").put("type", "Array")
                .putArray("defaultValue").add("dim_date").add("dim_store");
        ArrayNode activities = pipeline.with("properties").putArray("activities");
        activity(activities, "ForEachTable", "ForEach");
        activity(activities, "RebuildIndexes", "SqlServerStoredProcedure", "ForEachTable", "Completed");
        return pipeline;
    }

    private static ObjectNode pipeline(String factoryId, String name, String description) {
        ObjectNode pipeline = Json.object();
        pipeline.put("id", factoryId + "/pipelines/" + name);
        pipeline.put("name", name);
        pipeline.put("type", "Microsoft.DataFactory/factories/pipelines");
        pipeline.put("etag", Integer.toHexString((factoryId + name).hashCode()));
        pipeline.putObject("properties").put("description", description).putArray("annotations").add("sandbox");
        return pipeline;
    }

    private static void activity(ArrayNode activities, String name, String type, String... dependencies) {
        ObjectNode activity = activities.addObject().put("name", name).put("type", type);
        ArrayNode dependsOn = activity.putArray("dependsOn");
        for (int i = 0; i < dependencies.length; i += 2) {
            dependsOn.addObject().put("activity", dependencies[i]).putArray("dependencyConditions").add(dependencies[i + 1]);
        }
        activity.putObject("policy").put("timeout", "0.02:00:00").put("retry", 0);
        activity.putObject("typeProperties");
    }
}
