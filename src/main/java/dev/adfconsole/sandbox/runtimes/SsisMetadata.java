package dev.adfconsole.sandbox.runtimes;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.fleet.SandboxRuntime;

/** The SSIS catalog of an Azure-SSIS runtime: one folder with a project, its packages and an environment. */
final class SsisMetadata {

    private SsisMetadata() {
    }

    static ObjectNode of(SandboxRuntime runtime) {
        ObjectNode json = Json.object();
        ArrayNode value = json.putArray("value");
        value.addObject().put("type", "Folder").put("id", 1).put("name", "Finance").put("description", "Lifted SSIS packages");
        ObjectNode project = value.addObject().put("type", "Project").put("id", 2).put("name", "LoadLedger")
                .put("folderId", 1).put("version", 3).put("description", "Nightly ledger load");
        project.putArray("environmentRefs").addObject().put("id", 1).put("environmentFolderName", "Finance")
                .put("environmentName", "Prod").put("referenceType", "Absolute");
        project.putArray("parameters");
        ObjectNode pkg = value.addObject().put("type", "Package").put("id", 3).put("name", "LoadLedger.dtsx")
                .put("folderId", 1).put("projectVersion", 3).put("projectId", 2);
        pkg.putArray("parameters");
        value.addObject().put("type", "Environment").put("id", 4).put("name", "Prod").put("folderId", 1).putArray("variables");
        return json;
    }
}
