package dev.adfconsole.sandbox.runtimes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;

/** What a Managed runtime in a VNet must reach, by category, as Data Factory lists it. */
final class OutboundEndpoints {

    private OutboundEndpoints() {
    }

    static ObjectNode of(SandboxRuntime runtime) {
        ObjectNode json = Json.object();
        ArrayNode value = json.putArray("value");
        category(value, "Azure Data Factory (Management)", "wu.frontend.sandbox.datafactory.local");
        category(value, "Azure Storage (Management)", "*.blob.core.windows.net", "*.table.core.windows.net");
        category(value, "Event Hub (Logging)", "*.servicebus.windows.net");
        if (runtime.kind == SandboxRuntime.Kind.MANAGED_SSIS) {
            category(value, "Azure SQL (SSISDB)", "*.database.windows.net");
        }
        return json;
    }

    private static void category(ArrayNode value, String name, String... domains) {
        ArrayNode endpoints = value.addObject().put("category", name).putArray("endpoints");
        for (String domain : domains) {
            endpoints.addObject().put("domainName", domain).putArray("endpointDetails").addObject().put("port", 443);
        }
    }
}
