package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/** Checks a createRun body against the pipeline's parameters, as Data Factory does before it queues the run. */
final class ParameterCheck {

    private ParameterCheck() {
    }

    /** Merges the given values into {@code values}; returns the error message, or null when all is well. */
    static String apply(PipelineDef def, JsonNode body, Map<String, JsonNode> values) {
        if (!body.isObject()) {
            return "The request body must be a JSON object of parameter values.";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = body.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> given = it.next();
            PipelineDef.Parameter parameter = def.parameters.get(given.getKey());
            if (parameter == null) {
                return "Parameter '" + given.getKey() + "' is not defined in pipeline '" + def.name + "'.";
            }
            if (!fits(parameter.type(), given.getValue())) {
                return "Parameter '" + given.getKey() + "' of pipeline '" + def.name + "' is of type " + parameter.type()
                        + "; the value " + given.getValue() + " is not.";
            }
            values.put(given.getKey(), given.getValue());
        }
        for (Map.Entry<String, PipelineDef.Parameter> parameter : def.parameters.entrySet()) {
            if (!values.containsKey(parameter.getKey())) {
                return "Missing value for required parameter '" + parameter.getKey() + "' of pipeline '" + def.name + "'.";
            }
        }
        return null;
    }

    private static boolean fits(String type, JsonNode value) {
        return switch (type.toLowerCase(java.util.Locale.ROOT)) {
            case "int" -> value.isIntegralNumber() || value.asText().matches("-?\\d+");
            case "float" -> value.isNumber() || value.asText().matches("-?\\d+(\\.\\d+)?");
            case "bool" -> value.isBoolean() || value.asText().matches("(?i)true|false");
            case "array" -> value.isArray();
            case "object" -> value.isObject();
            default -> value.isTextual() || value.isValueNode();
        };
    }
}
