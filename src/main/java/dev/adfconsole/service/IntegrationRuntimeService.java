package dev.adfconsole.service;

import com.fasterxml.jackson.databind.JsonNode;
import dev.adfconsole.arm.ArmRequest;
import dev.adfconsole.model.IntegrationRuntime;
import dev.adfconsole.model.IntegrationRuntimeAuthKeys;
import dev.adfconsole.model.IntegrationRuntimeConnectionInfo;
import dev.adfconsole.model.IntegrationRuntimeMonitoringData;
import dev.adfconsole.model.IntegrationRuntimeRequests;
import dev.adfconsole.model.IntegrationRuntimeResource;
import dev.adfconsole.model.IntegrationRuntimeStatusResponse;
import dev.adfconsole.model.OutboundNetworkDependenciesEndpoints;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Integration runtimes of a factory: reading them, and every action on them. Actions go to the activity log. */
public final class IntegrationRuntimeService {

    private final ArmCalls calls;

    IntegrationRuntimeService(ArmCalls calls) {
        this.calls = calls;
    }

    public CompletableFuture<List<IntegrationRuntimeResource>> list(FactoryRef factory, Consumer<List<IntegrationRuntimeResource>> onPage) {
        return calls.list(ArmRequest.get(factory.path() + "/integrationRuntimes"), IntegrationRuntimeResource.class, onPage);
    }

    public CompletableFuture<IntegrationRuntimeResource> get(RuntimeRef runtime) {
        return calls.read(ArmRequest.get(runtime.path()), IntegrationRuntimeResource.class);
    }

    public CompletableFuture<IntegrationRuntimeStatusResponse> getStatus(RuntimeRef runtime) {
        return calls.read(ArmRequest.postRead(runtime.path() + "/getStatus", null), IntegrationRuntimeStatusResponse.class);
    }

    /** Creates or replaces a runtime; the body is {@code {"properties": …}} as IntegrationRuntimeResource. */
    public CompletableFuture<IntegrationRuntimeResource> createOrUpdate(RuntimeRef runtime, IntegrationRuntime properties) {
        String body = calls.json(Map.of("properties", properties));
        return calls.action("Create or update runtime", runtime,
                calls.read(ArmRequest.put(runtime.path(), body), IntegrationRuntimeResource.class));
    }

    /** Auto-update settings of a self-hosted runtime: autoUpdate On/Off and updateDelayOffset (ISO-8601 duration). */
    public CompletableFuture<IntegrationRuntimeResource> update(RuntimeRef runtime, IntegrationRuntimeRequests.UpdateIntegrationRuntime request) {
        return calls.action("Update auto-update settings", runtime,
                calls.read(ArmRequest.patch(runtime.path(), calls.json(request)), IntegrationRuntimeResource.class));
    }

    public CompletableFuture<Void> delete(RuntimeRef runtime) {
        return calls.action("Delete runtime", runtime, calls.discard(ArmRequest.delete(runtime.path())));
    }

    /** Starts a Managed runtime; long-running, completes when it is Started (or fails with the reason). */
    public CompletableFuture<JsonNode> start(RuntimeRef runtime) {
        var call = calls.arm().sendLongRunning(ArmRequest.post(runtime.path() + "/start", null));
        return calls.action("Start", runtime, ArmCalls.linked(call,
                call.thenApply(response -> response.body().isBlank() ? null : response.json())));
    }

    public CompletableFuture<Void> stop(RuntimeRef runtime) {
        var call = calls.arm().sendLongRunning(ArmRequest.post(runtime.path() + "/stop", null));
        return calls.action("Stop", runtime, ArmCalls.linked(call, call.thenApply(response -> null)));
    }

    public CompletableFuture<Void> upgrade(RuntimeRef runtime) {
        return calls.action("Upgrade", runtime, calls.discard(ArmRequest.post(runtime.path() + "/upgrade", null)));
    }

    public CompletableFuture<IntegrationRuntimeAuthKeys> listAuthKeys(RuntimeRef runtime) {
        return calls.read(ArmRequest.postRead(runtime.path() + "/listAuthKeys", null), IntegrationRuntimeAuthKeys.class);
    }

    /** Regenerates authKey1 or authKey2; nodes registered with the old key keep working, new ones need the new key. */
    public CompletableFuture<IntegrationRuntimeAuthKeys> regenerateAuthKey(RuntimeRef runtime, String keyName) {
        if (!"authKey1".equals(keyName) && !"authKey2".equals(keyName)) {
            throw new InvalidInputException("Key name", "Key name must be authKey1 or authKey2, not '" + keyName + "'.");
        }
        String body = calls.json(new IntegrationRuntimeRequests.RegenerateKey(keyName));
        return calls.action("Regenerate " + keyName, runtime,
                calls.read(ArmRequest.post(runtime.path() + "/regenerateAuthKey", body), IntegrationRuntimeAuthKeys.class));
    }

    public CompletableFuture<Void> syncCredentials(RuntimeRef runtime) {
        return calls.action("Sync credentials", runtime, calls.discard(ArmRequest.post(runtime.path() + "/syncCredentials", null)));
    }

    /** Removes the link of a shared self-hosted runtime to the named factory. */
    public CompletableFuture<Void> removeLinks(RuntimeRef runtime, String linkedFactoryName) {
        ResourceNames.factory(linkedFactoryName);
        String body = calls.json(new IntegrationRuntimeRequests.LinkedIntegrationRuntime(linkedFactoryName));
        return calls.action("Remove link to " + linkedFactoryName, runtime,
                calls.discard(ArmRequest.post(runtime.path() + "/removeLinks", body)));
    }

    public CompletableFuture<IntegrationRuntimeMonitoringData> getMonitoringData(RuntimeRef runtime) {
        return calls.read(ArmRequest.postRead(runtime.path() + "/monitoringData", null), IntegrationRuntimeMonitoringData.class);
    }

    public CompletableFuture<IntegrationRuntimeConnectionInfo> getConnectionInfo(RuntimeRef runtime) {
        return calls.read(ArmRequest.postRead(runtime.path() + "/getConnectionInfo", null), IntegrationRuntimeConnectionInfo.class);
    }

    public CompletableFuture<OutboundNetworkDependenciesEndpoints> listOutboundNetworkDependenciesEndpoints(RuntimeRef runtime) {
        return calls.read(ArmRequest.get(runtime.path() + "/outboundNetworkDependenciesEndpoints"),
                OutboundNetworkDependenciesEndpoints.class);
    }

    /** Shares this self-hosted runtime with another factory (the runtime named in the request is created there). */
    public CompletableFuture<IntegrationRuntimeStatusResponse> createLinkedIntegrationRuntime(
            RuntimeRef runtime, IntegrationRuntimeRequests.CreateLinkedIntegrationRuntime request) {
        return calls.action("Share with " + request.dataFactoryName(), runtime, calls.read(
                ArmRequest.post(runtime.path() + "/linkedIntegrationRuntime", calls.json(request)),
                IntegrationRuntimeStatusResponse.class));
    }

    /** Refreshes the SSIS object metadata of a Managed runtime (long-running). */
    public CompletableFuture<JsonNode> refreshObjectMetadata(RuntimeRef runtime) {
        return calls.action("Refresh SSIS metadata", runtime, calls.arm()
                .sendLongRunning(ArmRequest.post(runtime.path() + "/refreshObjectMetadata", null))
                .thenApply(response -> response.body().isBlank() ? null : response.json()));
    }

    public CompletableFuture<JsonNode> getObjectMetadata(RuntimeRef runtime, String metadataPath) {
        String body = calls.json(new IntegrationRuntimeRequests.GetSsisObjectMetadata(metadataPath));
        return calls.arm().send(ArmRequest.postRead(runtime.path() + "/getObjectMetadata", body)).thenApply(r -> r.json());
    }
}
