package dev.adfconsole.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A copy of the spec the Swagger parser can load. swagger-parser's 2.0 → 3.0 converter turns each value of a
 * discriminator's {@code enum} into a reference to a definition of that name, but Azure names its subtypes
 * differently ({@code x-ms-discriminator-value: "Folder"} on {@code SsisFolder}). The copy drops those enums on
 * discriminator properties only (inline or referenced); every schema, and the discriminators themselves, stay as
 * published.
 */
final class SpecCopy {

    private static final ObjectMapper JSON = new ObjectMapper();

    private SpecCopy() {
    }

    static Path adaptedFor(Path spec) {
        try {
            Path copy = Files.createTempDirectory("adf-spec-");
            copy.toFile().deleteOnExit();
            try (Stream<Path> files = Files.walk(spec)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
                    Path target = copy.resolve(spec.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    if (file.getParent().endsWith("examples")) {
                        Files.copy(file, target);
                    } else {
                        JsonNode json = JSON.readTree(file.toFile());
                        dropDiscriminatorEnums(json.path("definitions"));
                        openBareObjects(json);
                        JSON.writeValue(target.toFile(), json);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * In Azure's specs a bare {@code {"type": "object"}} means "any JSON value" (AutoRest's AnyObject: parameter
     * values, annotations, activity input and output). JSON Schema reads it as "an object with nothing in it", so
     * such schemas become {@code {}} here.
     */
    private static void openBareObjects(JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = (ObjectNode) node;
            if (isBare(object)) {
                object.remove("type");
                object.put("x-nullable", true);
            }
            // ARM writes null for read-only fields that have no value yet (runEnd of a running run).
            if (object.path("readOnly").asBoolean(false)) {
                object.put("x-nullable", true);
            }
            // The converter types a schema-less map value as object again; "true" is any value in both versions.
            if (object.get("additionalProperties") instanceof ObjectNode map && (isBare(map) || map.isEmpty())) {
                object.put("additionalProperties", true);
            }
            object.elements().forEachRemaining(SpecCopy::openBareObjects);
        } else if (node.isArray()) {
            node.elements().forEachRemaining(SpecCopy::openBareObjects);
        }
    }

    private static boolean isBare(ObjectNode schema) {
        return "object".equals(schema.path("type").asText(null)) && !schema.has("properties")
                && !schema.has("additionalProperties") && !schema.has("allOf") && !schema.has("$ref");
    }

    private static void dropDiscriminatorEnums(JsonNode definitions) {
        for (Iterator<Map.Entry<String, JsonNode>> it = definitions.fields(); it.hasNext(); ) {
            JsonNode definition = it.next().getValue();
            String discriminator = definition.path("discriminator").asText(null);
            if (discriminator != null && definition.path("properties").path(discriminator).isObject()) {
                ObjectNode property = (ObjectNode) definition.path("properties").path(discriminator);
                property.remove("enum");
                if (property.has("$ref")) {
                    // The enum lives in a definition of its own (SsisObjectMetadataType): keep the property a string.
                    property.remove("$ref");
                    property.put("type", "string");
                }
            }
        }
    }
}
