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
                        JSON.writeValue(target.toFile(), json);
                    }
                }
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
