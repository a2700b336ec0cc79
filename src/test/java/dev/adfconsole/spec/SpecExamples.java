package dev.adfconsole.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/** Microsoft's example request/response pairs from {@code ../shared/adf-rest-spec/examples}. */
public final class SpecExamples {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecExamples() {
    }

    public static Path specDirectory() {
        String dir = System.getProperty("adf.spec.dir");
        Path path = dir != null ? Path.of(dir) : Path.of("..", "shared", "adf-rest-spec");
        if (!Files.isRegularFile(path.resolve("datafactory.json"))) {
            throw new IllegalStateException("The Data Factory spec is not at " + path.toAbsolutePath()
                    + " (set -Dadf.spec.dir)");
        }
        return path;
    }

    /** An example by its operation id, e.g. {@code IntegrationRuntimes_GetStatus}. */
    public static Example load(String operationId) {
        Path file = specDirectory().resolve("examples").resolve(operationId + ".json");
        try {
            return new Example(operationId, JSON.readTree(file.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The spec's path template and method for an operation id. */
    public static Map.Entry<String, String> operation(String operationId) {
        try {
            JsonNode paths = JSON.readTree(specDirectory().resolve("datafactory.json").toFile()).get("paths");
            for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> path = it.next();
                for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                    Map.Entry<String, JsonNode> op = ops.next();
                    // Example files are named after their operation, or listed under it in x-ms-examples.
                    boolean listed = op.getValue().path("x-ms-examples").toString().contains("/" + operationId + ".json\"");
                    if (operationId.equals(op.getValue().path("operationId").asText()) || listed) {
                        return Map.entry(op.getKey().toUpperCase(java.util.Locale.ROOT), path.getKey());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        throw new IllegalArgumentException("No operation " + operationId + " in datafactory.json");
    }

    /** One example file: its parameters and its responses by status code. */
    public record Example(String operationId, JsonNode json) {

        public JsonNode parameters() {
            return json.get("parameters");
        }

        public String parameter(String name) {
            JsonNode value = parameters().get(name);
            return value == null ? null : value.asText();
        }

        public JsonNode response(int status) {
            JsonNode response = json.path("responses").get(String.valueOf(status));
            if (response == null) {
                throw new IllegalArgumentException(operationId + " has no " + status + " response");
            }
            return response;
        }

        public JsonNode body(int status) {
            return response(status).get("body");
        }

        /** The spec path with this example's parameters filled in. */
        public String path() {
            String path = operation(operationId).getValue();
            for (Iterator<Map.Entry<String, JsonNode>> it = parameters().fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> p = it.next();
                path = path.replace("{" + p.getKey() + "}", p.getValue().asText());
            }
            return path;
        }

        public String method() {
            return operation(operationId).getKey();
        }
    }
}
