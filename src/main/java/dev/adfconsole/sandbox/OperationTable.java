package dev.adfconsole.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which operation a request is, by method and path template, named as the spec names it ({@code
 * IntegrationRuntimes_GetStatus}). Faults are scripted and the request log is read by these names.
 */
public final class OperationTable {

    private record Entry(String method, Pattern path, String operationId) {
    }

    private static final String F = "/subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.DataFactory/factories/{f}";
    private static final String IR = F + "/integrationRuntimes/{ir}";
    private static final String[] OPERATIONS = {
            "GET /tenants Tenants_List",
            "GET /subscriptions Subscriptions_List",
            "GET /subscriptions/{s} Subscriptions_Get",
            "GET /subscriptions/{s}/resourcegroups ResourceGroups_List",
            "POST /providers/Microsoft.ResourceGraph/resources Resources",
            "GET /subscriptions/{s}/providers/Microsoft.DataFactory/factories Factories_List",
            "GET /subscriptions/{s}/resourceGroups/{rg}/providers/Microsoft.DataFactory/factories Factories_ListByResourceGroup",
            "GET " + F + " Factories_Get",
            "GET " + F + "/integrationRuntimes IntegrationRuntimes_ListByFactory",
            "GET " + IR + " IntegrationRuntimes_Get",
            "PUT " + IR + " IntegrationRuntimes_CreateOrUpdate",
            "PATCH " + IR + " IntegrationRuntimes_Update",
            "DELETE " + IR + " IntegrationRuntimes_Delete",
            "POST " + IR + "/getStatus IntegrationRuntimes_GetStatus",
            "GET " + IR + "/outboundNetworkDependenciesEndpoints IntegrationRuntimes_ListOutboundNetworkDependenciesEndpoints",
            "POST " + IR + "/getConnectionInfo IntegrationRuntimes_GetConnectionInfo",
            "POST " + IR + "/regenerateAuthKey IntegrationRuntimes_RegenerateAuthKey",
            "POST " + IR + "/listAuthKeys IntegrationRuntimes_ListAuthKeys",
            "POST " + IR + "/start IntegrationRuntimes_Start",
            "POST " + IR + "/stop IntegrationRuntimes_Stop",
            "POST " + IR + "/syncCredentials IntegrationRuntimes_SyncCredentials",
            "POST " + IR + "/monitoringData IntegrationRuntimes_GetMonitoringData",
            "POST " + IR + "/upgrade IntegrationRuntimes_Upgrade",
            "POST " + IR + "/removeLinks IntegrationRuntimes_RemoveLinks",
            "POST " + IR + "/linkedIntegrationRuntime IntegrationRuntimes_CreateLinkedIntegrationRuntime",
            "POST " + IR + "/refreshObjectMetadata IntegrationRuntimeObjectMetadata_Refresh",
            "POST " + IR + "/getObjectMetadata IntegrationRuntimeObjectMetadata_Get",
            "GET " + IR + "/nodes/{n} IntegrationRuntimeNodes_Get",
            "DELETE " + IR + "/nodes/{n} IntegrationRuntimeNodes_Delete",
            "PATCH " + IR + "/nodes/{n} IntegrationRuntimeNodes_Update",
            "POST " + IR + "/nodes/{n}/ipAddress IntegrationRuntimeNodes_GetIpAddress",
            "GET " + F + "/pipelines Pipelines_ListByFactory",
            "PUT " + F + "/pipelines/{p} Pipelines_CreateOrUpdate",
            "GET " + F + "/pipelines/{p} Pipelines_Get",
            "DELETE " + F + "/pipelines/{p} Pipelines_Delete",
            "POST " + F + "/pipelines/{p}/createRun Pipelines_CreateRun",
            "POST " + F + "/queryPipelineRuns PipelineRuns_QueryByFactory",
            "GET " + F + "/pipelineruns/{r} PipelineRuns_Get",
            "POST " + F + "/pipelineruns/{r}/queryActivityruns ActivityRuns_QueryByPipelineRun",
            "POST " + F + "/pipelineruns/{r}/cancel PipelineRuns_Cancel",
            "GET " + F + "/operationStatuses/{o} Sandbox_OperationStatus",
            "GET " + F + "/operationResults/{o} Sandbox_OperationResult",
            "GET " + F + "/providers/Microsoft.Insights/metrics Metrics_List"};

    private final List<Entry> entries = new ArrayList<>();

    public OperationTable() {
        for (String line : OPERATIONS) {
            String[] parts = line.split(" ");
            String regex = "^" + parts[1].replace(".", "\\.").replaceAll("\\{[a-z]+\\}", "[^/]+") + "$";
            entries.add(new Entry(parts[0], Pattern.compile(regex, Pattern.CASE_INSENSITIVE), parts[2]));
        }
    }

    public Optional<String> operationId(String method, String path) {
        return entries.stream().filter(e -> e.method.equals(method) && e.path.matcher(path).matches())
                .map(Entry::operationId).findFirst();
    }

    /** True for Azure Monitor's metrics of a resource, whose api-versions are Azure Monitor's. */
    public static boolean isMetrics(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith("/providers/microsoft.insights/metrics");
    }

    /** True for the Data Factory provider's paths, which take api-version 2018-06-01. */
    public static boolean isDataFactory(String path) {
        return path.toLowerCase(java.util.Locale.ROOT).contains("/providers/microsoft.datafactory/");
    }
}
