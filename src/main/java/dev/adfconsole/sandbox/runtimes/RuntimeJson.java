package dev.adfconsole.sandbox.runtimes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.fleet.SandboxFactory;
import dev.adfconsole.sandbox.fleet.SandboxNode;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;
import java.time.Instant;

/** Writes runtimes, their status and nodes as Data Factory does (field names and shapes from IntegrationRuntime.json). */
final class RuntimeJson {

    private RuntimeJson() {
    }

    static String id(SandboxFactory factory, SandboxRuntime runtime) {
        return factory.id() + "/integrationruntimes/" + runtime.name;
    }

    static ObjectNode resource(SandboxFactory factory, SandboxRuntime runtime) {
        ObjectNode json = Json.object();
        json.put("id", id(factory, runtime));
        json.put("name", runtime.name);
        json.put("type", "Microsoft.DataFactory/factories/integrationruntimes");
        json.put("etag", runtime.etag);
        ObjectNode properties = json.putObject("properties");
        properties.put("type", runtime.isManaged() ? "Managed" : "SelfHosted");
        properties.put("description", runtime.description);
        if (runtime.isManaged()) {
            properties.put("state", runtime.state());
            ObjectNode compute = properties.putObject("typeProperties").putObject("computeProperties");
            compute.put("location", runtime.location);
            if (runtime.kind == SandboxRuntime.Kind.MANAGED_SSIS) {
                compute.put("nodeSize", runtime.nodeSize);
                compute.put("numberOfNodes", runtime.nodeCount);
                compute.put("maxParallelExecutionsPerNode", 2);
                properties.with("typeProperties").putObject("ssisProperties").put("edition", "Standard").put("licenseType", "LicenseIncluded");
            } else {
                compute.putObject("dataFlowProperties").put("computeType", "General").put("coreCount", 8).put("timeToLive", 10);
            }
        } else if (runtime.kind == SandboxRuntime.Kind.LINKED) {
            properties.putObject("typeProperties").putObject("linkedInfo")
                    .put("authorizationType", "RBAC").put("resourceId", runtime.sharedRuntimeId);
        } else {
            properties.putObject("typeProperties");
        }
        return json;
    }

    static ObjectNode status(SandboxFactory factory, SandboxRuntime runtime, Instant now) {
        ObjectNode json = Json.object();
        json.put("name", runtime.name);
        ObjectNode properties = json.putObject("properties");
        properties.put("type", runtime.isManaged() ? "Managed" : "SelfHosted");
        properties.put("dataFactoryName", factory.name);
        properties.put("state", runtime.state());
        ObjectNode type = properties.putObject("typeProperties");
        if (runtime.isManaged()) {
            managedStatus(runtime, type);
        } else {
            selfHostedStatus(runtime, type, now);
        }
        return json;
    }

    private static void managedStatus(SandboxRuntime runtime, ObjectNode type) {
        type.put("createTime", Json.time(runtime.createTime));
        ArrayNode nodes = type.putArray("nodes");
        if ("Started".equals(runtime.managedState) || runtime.kind == SandboxRuntime.Kind.MANAGED_AZURE) {
            for (int i = 0; i < Math.max(1, runtime.nodeCount); i++) {
                ObjectNode node = nodes.addObject();
                node.put("nodeId", String.format("tvm-%010d_%d-%08x", 1_500_000_000L + runtime.monitoringPhase, i, runtime.name.hashCode()));
                node.put("status", "Available");
                node.putArray("errors");
            }
        }
        ArrayNode errors = type.putArray("otherErrors");
        for (String[] error : runtime.otherErrors) {
            errors.addObject().put("time", Json.time(runtime.lastOperationTime)).put("code", error[0])
                    .put("message", error[1]).putArray("parameters");
        }
        if (runtime.lastOperationType != null) {
            ObjectNode last = type.putObject("lastOperation");
            last.put("type", runtime.lastOperationType);
            last.put("startTime", Json.time(runtime.lastOperationTime));
            last.put("result", runtime.transitionEnds != null ? "InProgress" : runtime.lastOperationResult);
            last.putArray("parameters");
            last.put("activityId", Integer.toHexString(runtime.etag.hashCode()));
        }
    }

    private static void selfHostedStatus(SandboxRuntime runtime, ObjectNode type, Instant now) {
        type.put("createTime", Json.time(runtime.createTime));
        type.put("taskQueueId", runtime.taskQueueId);
        type.put("internalChannelEncryption", "NotSet");
        SandboxNode first = runtime.nodes.isEmpty() ? null : runtime.nodes.get(0);
        if (first != null && first.version != null) {
            type.put("version", first.version);
            type.put("versionStatus", versionStatus(first, runtime.latestVersion, now));
        }
        ArrayNode nodes = type.putArray("nodes");
        runtime.nodes.forEach(node -> nodes.add(node(runtime, node, now)));
        type.put("updateDelayOffset", runtime.updateDelayOffset);
        type.put("localTimeZoneOffset", "PT1H");
        ObjectNode capabilities = type.putObject("capabilities");
        boolean inSync = runtime.nodes.stream().allMatch(SandboxNode::credentialsInSync);
        capabilities.put("serviceBusConnected", runtime.nodes.isEmpty() ? "False" : "True");
        capabilities.put("httpsPortEnabled", "True");
        capabilities.put("credentialInSync", inSync ? "True" : "False");
        capabilities.put("connectedToResourceManager", "True");
        capabilities.put("nodeEnabled", "True");
        type.putArray("serviceUrls").add("wu.frontend.sandbox.datafactory.local").add("*.servicebus.windows.net");
        type.put("autoUpdate", runtime.autoUpdate);
        ArrayNode links = type.putArray("links");
        for (SandboxRuntime.Link link : runtime.links) {
            links.addObject().put("name", link.name()).put("subscriptionId", link.subscriptionId())
                    .put("dataFactoryName", link.dataFactoryName()).put("dataFactoryLocation", link.dataFactoryLocation())
                    .put("createTime", Json.time(link.createTime()));
        }
        type.put("pushedVersion", runtime.latestVersion);
        type.put("latestVersion", runtime.latestVersion);
        if ("On".equals(runtime.autoUpdate)) {
            type.put("scheduledUpdateDate", Json.time(runtime.createTime.plusSeconds(86_400L * 400)));
        }
    }

    static ObjectNode node(SandboxRuntime runtime, SandboxNode node, Instant now) {
        ObjectNode json = Json.object();
        json.put("nodeName", node.name);
        json.put("machineName", node.machineName);
        json.put("hostServiceUri", "https://" + node.machineName.toLowerCase() + ".corp.local:8050/HostServiceRemote.svc/");
        json.put("status", node.status);
        ObjectNode capabilities = json.putObject("capabilities");
        node.capabilities.forEach(capabilities::put);
        json.put("versionStatus", versionStatus(node, runtime.latestVersion, now));
        json.put("version", node.version);
        json.put("registerTime", Json.time(node.registerTime));
        json.put("lastConnectTime", Json.time(node.lastConnectTime));
        if (node.expiryTime != null) {
            json.put("expiryTime", Json.time(node.expiryTime));
        }
        if (node.lastStartTime != null) {
            json.put("lastStartTime", Json.time(node.lastStartTime));
        }
        if (node.lastStopTime != null) {
            json.put("lastStopTime", Json.time(node.lastStopTime));
        }
        json.put("lastUpdateResult", node.lastUpdateResult);
        if (node.lastStartUpdateTime != null) {
            json.put("lastStartUpdateTime", Json.time(node.lastStartUpdateTime));
        }
        if (node.lastEndUpdateTime != null) {
            json.put("lastEndUpdateTime", Json.time(node.lastEndUpdateTime));
        }
        json.put("isActiveDispatcher", node.activeDispatcher);
        json.put("concurrentJobsLimit", node.concurrentJobsLimit);
        json.put("maxConcurrentJobs", node.maxConcurrentJobs);
        return json;
    }

    /**
     * Data Factory's reading of a node's version: expired once its expiry time has passed, expiring within the 90
     * days before (when the portal warns), otherwise up to date or with an update available. Nodes of fleets saved
     * before expiry times existed fall back to how many releases behind the latest they are.
     */
    static String versionStatus(SandboxNode node, String latest, Instant now) {
        if (node.expiryTime != null) {
            if (!node.expiryTime.isAfter(now)) {
                return "Expired";
            }
            if (node.expiryTime.isBefore(now.plus(java.time.Duration.ofDays(90)))) {
                return "Expiring";
            }
            return node.version.equals(latest) ? "UpToDate" : "UpdateAvailable";
        }
        if (node.version.equals(latest)) {
            return "UpToDate";
        }
        int minor = Integer.parseInt(node.version.split("\\.")[1]);
        int latestMinor = Integer.parseInt(latest.split("\\.")[1]);
        return latestMinor - minor <= 2 ? "UpdateAvailable" : latestMinor - minor <= 8 ? "Expiring" : "Expired";
    }

    /** Live load per node; CPU and memory follow the same seeded series Azure Monitor's history is drawn from. */
    static ObjectNode monitoring(SandboxRuntime runtime, Instant now, dev.adfconsole.sandbox.metrics.SeededSeries series) {
        ObjectNode json = Json.object();
        json.put("name", runtime.name);
        ArrayNode nodes = json.putArray("nodes");
        long tick = now.getEpochSecond() / 5 + runtime.monitoringPhase;
        for (SandboxNode node : runtime.nodes) {
            int wave = (int) (Math.abs(Math.sin(tick / 6.0 + node.name.hashCode())) * 70);
            int running = node.status.equals("Offline") ? 0 : (int) (tick % (node.concurrentJobsLimit + 1));
            nodes.addObject().put("nodeName", node.name).put("availableMemoryInMB", series.liveAvailableMemoryMb(node, now))
                    .put("cpuUtilization", series.liveCpu(node, now))
                    .put("concurrentJobsLimit", node.concurrentJobsLimit).put("concurrentJobsRunning", running)
                    .put("maxConcurrentJobs", node.maxConcurrentJobs)
                    .put("sentBytes", (tick % 997) * 1.5 + wave).put("receivedBytes", (tick % 991) * 3.25 + wave);
        }
        return json;
    }
}
