package dev.adfconsole.sandbox.pipelines;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.adfconsole.sandbox.Json;
import dev.adfconsole.sandbox.http.SandboxResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** RunFilterParameters applied to runs: time window, filters, order and continuationToken paging. */
final class RunQuery {

    private RunQuery() {
    }

    /** Filters, orders and pages {@code rows} (already JSON); operands are read from each row by {@code field}. */
    static SandboxResponse answer(JsonNode body, List<ObjectNode> rows, Function<String, String> fieldName, int pageSize) {
        Instant after;
        Instant before;
        try {
            after = Instant.parse(body.path("lastUpdatedAfter").asText());
            before = Instant.parse(body.path("lastUpdatedBefore").asText());
        } catch (DateTimeParseException e) {
            return SandboxResponse.error(400, "BadRequest", "lastUpdatedAfter and lastUpdatedBefore are required ISO 8601 times.",
                    "filterParameters");
        }
        List<ObjectNode> matching = new ArrayList<>();
        for (ObjectNode row : rows) {
            Instant updated = Instant.parse(row.path(row.has("lastUpdated") ? "lastUpdated" : "activityRunStart").asText());
            if (updated.isBefore(after) || updated.isAfter(before)) {
                continue;
            }
            boolean keep = true;
            for (JsonNode filter : body.path("filters")) {
                String field = fieldName.apply(filter.path("operand").asText());
                if (field == null) {
                    return SandboxResponse.error(400, "BadRequest", "Unsupported filter operand '" + filter.path("operand").asText() + "'.");
                }
                String value = row.path(field).asText("");
                List<String> values = new ArrayList<>();
                filter.path("values").forEach(v -> values.add(v.asText().toLowerCase(Locale.ROOT)));
                boolean in = values.contains(value.toLowerCase(Locale.ROOT));
                keep &= switch (filter.path("operator").asText("Equals")) {
                    case "Equals", "In" -> in;
                    case "NotEquals", "NotIn" -> !in;
                    default -> false;
                };
            }
            if (keep) {
                matching.add(row);
            }
        }
        Comparator<ObjectNode> order = null;
        for (JsonNode orderBy : body.path("orderBy")) {
            String field = fieldName.apply(orderBy.path("orderBy").asText());
            if (field == null) {
                return SandboxResponse.error(400, "BadRequest", "Unsupported orderBy '" + orderBy.path("orderBy").asText() + "'.");
            }
            Comparator<ObjectNode> next = Comparator.comparing(row -> row.path(field).asText(""));
            if (orderBy.path("order").asText("ASC").equalsIgnoreCase("DESC")) {
                next = next.reversed();
            }
            order = order == null ? next : order.thenComparing(next);
        }
        if (order != null) {
            matching.sort(order);
        }
        int offset = offset(body.path("continuationToken").asText(null));
        ObjectNode answer = Json.object();
        ArrayNode value = answer.putArray("value");
        matching.stream().skip(offset).limit(pageSize).forEach(value::add);
        if (offset + pageSize < matching.size()) {
            answer.put("continuationToken", "+RID:~sbx" + (offset + pageSize));
        }
        return SandboxResponse.json(200, answer.toString());
    }

    private static int offset(String token) {
        if (token == null || !token.startsWith("+RID:~sbx")) {
            return 0;
        }
        try {
            return Integer.parseInt(token.substring("+RID:~sbx".length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
