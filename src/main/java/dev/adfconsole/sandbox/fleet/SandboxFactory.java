package dev.adfconsole.sandbox.fleet;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A data factory in the sandbox, with its runtimes by lower-cased name (ARM names are case-insensitive). */
public final class SandboxFactory {

    public final String subscriptionId;
    public final String resourceGroup;
    public final String name;
    public final String location;
    public final Instant createTime;
    public final String eTag;
    public final Map<String, SandboxRuntime> runtimes = new LinkedHashMap<>();

    public SandboxFactory(String subscriptionId, String resourceGroup, String name, String location, Instant createTime, String eTag) {
        this.subscriptionId = subscriptionId;
        this.resourceGroup = resourceGroup;
        this.name = name;
        this.location = location;
        this.createTime = createTime;
        this.eTag = eTag;
    }

    public String id() {
        return "/subscriptions/" + subscriptionId + "/resourceGroups/" + resourceGroup
                + "/providers/Microsoft.DataFactory/factories/" + name;
    }

    public SandboxRuntime runtime(String runtimeName) {
        return runtimes.get(runtimeName.toLowerCase(Locale.ROOT));
    }

    public void add(SandboxRuntime runtime) {
        runtimes.put(runtime.name.toLowerCase(Locale.ROOT), runtime);
    }

    public static String key(String subscriptionId, String resourceGroup, String name) {
        return (subscriptionId + "/" + resourceGroup + "/" + name).toLowerCase(Locale.ROOT);
    }
}
